package import LineageCore
package import LineageXML

/// A case that cannot be used: it has errors, listed in ``diagnostics``.
package struct CaseHasErrors: Error, Sendable {
    package var diagnostics: [Diagnostic]

    /// The error gate, the one home of the rule "a case with errors answers nothing", for a case's diagnostics
    /// however they were found: a case read from files (`CaseLoader.Result.evidenceWithoutErrors()`) or the part of
    /// a store a query reads (`PreparedCase(part:filter:)`). Warnings pass: real evidence contradicts itself.
    ///
    /// - Throws: ``CaseHasErrors`` with the error diagnostics, in their order, when any diagnostic is an error.
    package static func unlessAnyIsAnError(_ diagnostics: [Diagnostic]) throws(CaseHasErrors) {
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw CaseHasErrors(diagnostics: errors) }
    }
}

extension CaseLoader.Result {
    /// The error gate (`CaseHasErrors.unlessAnyIsAnError`) for a case read from files: queries (`PreparedCase`),
    /// diagrams and exports all pass through it.
    ///
    /// - Returns: the evidence read, when no diagnostic is an error.
    /// - Throws: ``CaseHasErrors`` with the error diagnostics, in the order read: an answer, a drawing or an
    ///   export of a case with errors would show evidence that is not what the investigator wrote.
    package func evidenceWithoutErrors() throws(CaseHasErrors) -> EvidenceCase {
        try CaseHasErrors.unlessAnyIsAnError(diagnostics)
        return evidence
    }
}
