import ArgumentParser
import Foundation
import LineageAnswers
import LineageCore
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

enum JSONOutput {
    /// Prints `value` as ``AnswerJSON`` encodes it, and a newline.
    static func print(_ value: some Encodable) throws {
        FileHandle.standardOutput.write(try AnswerJSON.encode(value))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
