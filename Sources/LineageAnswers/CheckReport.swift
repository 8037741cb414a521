package import LineageCore
package import LineageXML

/// The result of `lineage check`, as `--json` prints it.
package struct CheckReport: Encodable {
    package var files: Int
    /// The files read, stores first, then evidence files in the order read. Named apart from `files`, which
    /// has counted them since the first version of this report.
    package var filesRead: [String]
    package var bytes: Int
    package var sources: Int
    package var parties: Int
    package var datasets: Int
    package var claims: Int
    package var errors: Int
    package var warnings: Int
    package var semanticChecksRan: Bool
    package var diagnostics: [Diagnostic]

    package init(_ result: CaseLoader.Result) {
        files = result.files.count
        filesRead = result.files
        bytes = result.bytes
        sources = result.evidence.sources.count
        parties = result.evidence.parties.count
        datasets = result.evidence.datasets.count
        claims = result.evidence.claims.count
        errors = result.errorCount
        warnings = result.warningCount
        semanticChecksRan = result.ranSemanticChecks
        diagnostics = result.diagnostics
    }

    /// `checked 5 files: 12 sources, 9 parties, 8 datasets, 31 claims; 0 errors, 2 warnings`.
    package var summary: String {
        var text = "checked \(files) file\(files == 1 ? "" : "s"): \(sources) sources, \(parties) parties, "
            + "\(datasets) datasets, \(claims) claims; \(errors) error\(errors == 1 ? "" : "s"), "
            + "\(warnings) warning\(warnings == 1 ? "" : "s")"
        if !semanticChecksRan {
            text += " (case-wide checks skipped until the files read without errors)"
        }
        return text
    }
}
