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

    /// Whether the case is only the part of a store that the query reads (`init(part:filter:)`): `warningCount`
    /// then counts the part's warnings.
    package let readsPart: Bool

    package var evidence: EvidenceCase { custody.graph.evidence }

    /// Prepares a case that was read, or throws its errors.
    ///
    /// - Throws: ``CaseHasErrors`` with the error diagnostics, when the case has any: a query on a case with
    ///   errors would answer from evidence that is not what the investigator wrote.
    package init(_ loaded: CaseLoader.Result, filter: CaseFilter) throws(CaseHasErrors) {
        let evidence = try loaded.evidenceWithoutErrors()
        // With no filter the case is the one the loader checked, whose graph it kept: built once for both.
        self.init(evidence, lineage: loaded.lineage, warningCount: loaded.warningCount, filter: filter, readsPart: false)
    }

    /// Prepares the part of a case store that a query reads (`CaseStore.receivedPart(of:)`), after the case-wide
    /// checks of that part. A store holds only evidence that checked when it was added, so the part has errors only
    /// if the store was changed behind `lineage`'s back, or if the part left out something a check needs; either
    /// way the caller reads the whole store instead, which reports as before.
    ///
    /// - Throws: ``CaseHasErrors`` when the part's checks find an error.
    package init(part: EvidenceCase, filter: CaseFilter) throws(CaseHasErrors) {
        let lineage = LineageGraph(part)
        let diagnostics = part.check(in: lineage)
        try CaseHasErrors.unlessAnyIsAnError(diagnostics)
        self.init(
            part, lineage: lineage, warningCount: diagnostics.count { $0.severity == .warning }, filter: filter,
            readsPart: true)
    }

    /// `lineage` is a graph of `evidence` when given, to be used when the filter leaves the case as it is.
    private init(
        _ evidence: EvidenceCase, lineage: LineageGraph?, warningCount: Int, filter: CaseFilter, readsPart: Bool
    ) {
        let clock = ContinuousClock()
        let start = clock.now
        self.filter = filter
        self.warningCount = warningCount
        self.readsPart = readsPart
        let filtered = filter.apply(to: evidence)
        omitted = filtered.omitted
        let lineage = filter.isEmpty ? lineage ?? LineageGraph(filtered.evidence) : LineageGraph(filtered.evidence)
        let built = clock.now
        custody = CustodyGraph(lineage)
        graphTime = built - start
        custodyTime = clock.now - built
    }
}
