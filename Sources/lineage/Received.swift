import ArgumentParser
import LineageAnswers
import LineageCore

extension Lineage {
    /// `lineage received`: every party that can have received a dataset, or data made from it.
    struct Received: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every party that can have received a dataset, or data made from it.",
            discussion: """
                For each party: the earliest day it can have held the data, and for each dataset it holds the \
                path that gets it there soonest, one hop a line with its date, count, grade and [sources]. \
                Paths respect time: a hop counts if it can have happened after the data reached its sender, and \
                is marked "order only possible" when the dates overlap. Hops that cannot fit are left out and \
                listed. A party shown holding data with no claim saying how it got it "holds" it from the day \
                the data existed; a database's owner is never its recipient. Where the best-supported path (the \
                one whose weakest hop is strongest) differs from the earliest, it is shown too. See \
                docs/queries.md. \
                \(ExitStatus.help)
                """
        )

        @Argument(help: "The dataset whose recipients to list.")
        var dataset: String

        @OptionGroup var input: EvidenceOptions
        @OptionGroup var filter: FilterOptions

        @Flag(help: "Print the answer as JSON on standard output.")
        var json = false

        func run() throws {
            try ArgumentOrder.checkIDFirst(id: dataset, paths: input.evidence, idNoun: "dataset")
            let prepared = try input.prepare(filter)
            let answer = try prepared.custody.recipients(of: DatasetID(dataset))
            if json {
                try JSONOutput.print(ReceivedJSON(answer, prepared))
            } else {
                print(AnswerText.received(answer, prepared), terminator: "")
            }
        }
    }
}
