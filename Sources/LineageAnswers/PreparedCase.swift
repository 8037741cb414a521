package import LineageCore
package import LineageXML

/// What every query does before it asks: stop if the case has errors, apply the filter, and build the custody
/// graph. Warnings do not stop a query: real evidence contradicts itself, and the answers say where.
package struct PreparedCase: Sendable {
    package let custody: CustodyGraph
    package let filter: CaseFilter
    /// What the filter left out, so every answer can say so.
    package let omitted: CaseFilter.Omissions
    /// How many warnings the case has, so a front end can say that hops contradicting the time order are left
    /// out of paths.
    package let warningCount: Int
    /// How long building the lineage graph and the custody graph took.
    package let graphTime: Duration
    package let custodyTime: Duration

    package var evidence: EvidenceCase { custody.graph.evidence }

    /// Prepares a case that was read, or throws its errors.
    ///
    /// - Throws: ``CaseHasErrors`` with the error diagnostics, when the case has any: a query on a case with
    ///   errors would answer from evidence that is not what the investigator wrote.
    package init(_ loaded: CaseLoader.Result, filter: CaseFilter) throws(CaseHasErrors) {
        let evidence = try loaded.evidenceWithoutErrors()
        let clock = ContinuousClock()
        let start = clock.now
        self.filter = filter
        warningCount = loaded.warningCount
        let filtered = filter.apply(to: evidence)
        omitted = filtered.omitted
        // With no filter the case is the one the loader checked, whose graph it kept: built once for both.
        let lineage = filter.isEmpty ? loaded.lineage ?? LineageGraph(filtered.evidence) : LineageGraph(filtered.evidence)
        let built = clock.now
        custody = CustodyGraph(lineage)
        graphTime = built - start
        custodyTime = clock.now - built
    }
}
