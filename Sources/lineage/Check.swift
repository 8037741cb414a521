import ArgumentParser
import Foundation
import LineageCore
import LineageFiles
import LineageXML

extension Lineage {
    /// `lineage check`: reads a case and reports everything wrong with it.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate evidence files against the schema and the case's rules.",
            discussion: """
                Prints one diagnostic per line in the compiler form path:line:column: error: message [rule], \
                then a summary. Errors (malformed XML, schema violations, unknown references, duplicate ids, \
                claims with no cite, derivation cycles) make the case unusable; warnings (events dated before \
                their dataset can exist, conflicting counts) flag evidence that contradicts itself. \
                Exit status: 0 when there is no error, 1 when there is one.
                """
        )

        @OptionGroup var input: EvidenceOptions

        @Flag(help: "Print the report as JSON on standard output.")
        var json = false

        func run() throws {
            let result = try input.load()
            if json {
                try JSONOutput.print(CheckReport(result))
            } else {
                for diagnostic in result.diagnostics { print(diagnostic) }
                print(CheckReport(result).summary)
            }
            if result.errorCount > 0 { throw ExitCode.failure }
        }
    }
}

/// The result of `lineage check`, as `--json` prints it.
struct CheckReport: Encodable {
    var files: Int
    var bytes: Int
    var sources: Int
    var parties: Int
    var datasets: Int
    var claims: Int
    var errors: Int
    var warnings: Int
    var semanticChecksRan: Bool
    var diagnostics: [Diagnostic]

    init(_ result: CaseLoader.Result) {
        files = result.files.count
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
    var summary: String {
        var text = "checked \(files) file\(files == 1 ? "" : "s"): \(sources) sources, \(parties) parties, "
            + "\(datasets) datasets, \(claims) claims; \(errors) error\(errors == 1 ? "" : "s"), "
            + "\(warnings) warning\(warnings == 1 ? "" : "s")"
        if !semanticChecksRan {
            text += " (case-wide checks skipped until the files read without errors)"
        }
        return text
    }
}

enum JSONOutput {
    /// Prints `value` as pretty, key-sorted JSON, so output is stable across runs.
    static func print(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        StandardOutput.write(try encoder.encode(value))
        StandardOutput.write("\n")
    }
}
