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
        try CaseHasErrors.gate(loaded)
        let clock = ContinuousClock()
        let start = clock.now
        self.filter = filter
        warningCount = loaded.warningCount
        let filtered = filter.apply(to: loaded.evidence)
        omitted = filtered.omitted
        let lineage = LineageGraph(filtered.evidence)
        let built = clock.now
        custody = CustodyGraph(lineage)
        graphTime = built - start
        custodyTime = clock.now - built
    }
}

/// A case that cannot be queried, drawn or exported: it has errors, listed in ``diagnostics``.
package struct CaseHasErrors: Error, Sendable {
    package var diagnostics: [Diagnostic]

    /// The one error gate: a case with errors answers nothing, is drawn as nothing and is exported as nothing,
    /// since every answer would come from evidence that is not what the investigator wrote. Warnings pass:
    /// real evidence contradicts itself, and the answers say where.
    ///
    /// - Throws: `CaseHasErrors` with the error diagnostics, when `loaded` has any.
    package static func gate(_ loaded: CaseLoader.Result) throws(CaseHasErrors) {
        guard loaded.errorCount == 0 else {
            throw CaseHasErrors(diagnostics: loaded.diagnostics.filter { $0.severity == .error })
        }
    }
}
