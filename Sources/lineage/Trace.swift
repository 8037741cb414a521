import ArgumentParser
import LineageAnswers
import LineageCore

extension Lineage {
    /// `lineage trace`: where a dataset, or what a party holds, came from.
    struct Trace: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Trace a dataset, or every dataset a party holds, back to where the evidence begins.",
            discussion: """
                Lists every path that respects time, from a database (or from a batch or list whose making is \
                not in the evidence) to the dataset or to the party's copy, one hop a line with its date, count, \
                grade and [sources]. Hops dated too late to lead on are left out and listed. Parties that trade \
                in cycles are followed once per path. See docs/queries.md. \
                \(ExitStatus.help)
                """
        )

        @Argument(help: "The dataset or party to trace.")
        var subject: String

        @OptionGroup var input: EvidenceOptions
        @OptionGroup var filter: FilterOptions

        // Unconditional, so that `--limit -1` reaches the range check rather than reading as a missing value.
        @Option(parsing: .unconditional, help: "List at most this many paths for each dataset.")
        var limit = 100

        @Flag(help: "Print the answer as JSON on standard output.")
        var json = false

        func validate() throws {
            guard limit > 0 else { throw ValidationError("--limit must be a positive number of paths.") }
        }

        func run() throws {
            try ArgumentOrder.checkIDFirst(id: subject, paths: input.evidence, idNoun: "dataset or party")
            let prepared = try input.prepare(filter)
            let answer: Provenance
            switch try Provenance.Subject(resolving: subject, in: prepared.evidence) {
            case .dataset(let dataset): answer = try prepared.custody.provenance(of: dataset, limit: limit)
            case .party(let party): answer = try prepared.custody.provenance(of: party, limit: limit)
            }
            if json {
                try JSONOutput.print(TraceJSON(answer, prepared))
            } else {
                print(AnswerText.trace(answer, prepared), terminator: "")
            }
        }
    }
}
