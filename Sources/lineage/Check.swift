import ArgumentParser
import Foundation
import LineageAnswers
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
                Notes say which files in a folder were skipped (their root is not <evidence>). Every rule, with an \
                example and its fix, is in docs/errors.md. \
                \(ExitStatus.help) With errors, the status is 66 when an input could not be read at all, \
                else 1.
                """
        )

        @OptionGroup var input: EvidenceOptions

        @Flag(help: "Print the report as JSON on standard output.")
        var json = false

        @Flag(help: "Print errors only, not warnings and notes (the summary still counts them).")
        var errorsOnly = false

        @Flag(help: "Before the diagnostics, list the files read, one a line.")
        var listFiles = false

        func run() throws {
            var result = try input.load()
            defer { KeptUntilExit.keep(result) }
            // check only reports: let the graph the checks built go before the report is written.
            result.lineage = nil
            let report = CheckReport(result)
            if errorsOnly { result.diagnostics.removeAll { $0.severity != .error } }
            if json {
                var report = report
                report.diagnostics = result.diagnostics
                try JSONOutput.print(report)
            } else {
                if listFiles { for file in result.files { print("read \(file)") } }
                for diagnostic in result.diagnostics { print(diagnostic) }
                print(report.summary)
            }
            if result.errorCount > 0 { throw ExitCode(result.failureStatus) }
        }
    }
}

enum JSONOutput {
    /// Prints `value` as ``AnswerJSON`` encodes it, and a newline.
    static func print(_ value: some Encodable) throws {
        StandardOutput.write(try AnswerJSON.encode(value))
        StandardOutput.write("\n")
    }
}
