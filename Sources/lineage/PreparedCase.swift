import ArgumentParser
import LineageCore
import LineageXML

/// What every query does before it asks: read the case, stop if it has errors, apply the filter, and build the
/// custody graph. Warnings do not stop a query: real evidence contradicts itself, and the answers say where.
struct PreparedCase {
    let custody: CustodyGraph
    let filter: CaseFilter
    /// What the filter left out, so every answer can say so.
    let omitted: CaseFilter.Omissions
    /// How long reading (and checking) the files took, then building the lineage graph and the custody graph.
    let readTime: Duration
    let graphTime: Duration
    let custodyTime: Duration

    var evidence: EvidenceCase { custody.graph.evidence }

    /// Reads the case, or prints its errors to standard error and exits 1.
    init(input: EvidenceOptions, filter options: FilterOptions) throws {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try input.load()
        let read = clock.now
        guard result.errorCount == 0 else {
            for diagnostic in result.diagnostics where diagnostic.severity == .error {
                StandardError.line(diagnostic.description)
            }
            let errors = result.errorCount
            StandardError.line(
                "the evidence has \(errors) error\(errors == 1 ? "" : "s"); queries need a case without errors "
                    + "(lineage check lists every problem)")
            throw ExitCode.failure
        }
        if result.warningCount > 0 {
            let warnings = result.warningCount
            StandardError.line(
                "note: the evidence has \(warnings) warning\(warnings == 1 ? "" : "s") (lineage check lists them); "
                    + "hops that contradict the time order are left out of paths")
        }
        filter = options.filter
        let filtered = filter.apply(to: result.evidence)
        omitted = filtered.omitted
        let lineage = LineageGraph(filtered.evidence)
        let built = clock.now
        custody = CustodyGraph(lineage)
        readTime = read - start
        graphTime = built - read
        custodyTime = clock.now - built
    }
}
