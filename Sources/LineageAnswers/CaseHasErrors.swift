package import LineageCore
package import LineageXML

/// A case that cannot be used: it has errors, listed in ``diagnostics``.
package struct CaseHasErrors: Error, Sendable {
    package var diagnostics: [Diagnostic]
}

extension CaseLoader.Result {
    /// The error gate, the one home of the rule "a case with errors answers nothing": queries (`PreparedCase`),
    /// diagrams and exports all pass through it. Warnings pass: real evidence contradicts itself.
    ///
    /// - Returns: the evidence read, when no diagnostic is an error.
    /// - Throws: ``CaseHasErrors`` with the error diagnostics, in the order read: an answer, a drawing or an
    ///   export of a case with errors would show evidence that is not what the investigator wrote.
    package func evidenceWithoutErrors() throws(CaseHasErrors) -> EvidenceCase {
        guard errorCount == 0 else {
            throw CaseHasErrors(diagnostics: diagnostics.filter { $0.severity == .error })
        }
        return evidence
    }
}
