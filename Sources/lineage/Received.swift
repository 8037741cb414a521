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
            let prepared = try prepare()
            let answer = try prepared.custody.recipients(of: DatasetID(dataset))
            if json {
                try JSONOutput.print(ReceivedJSON(answer, prepared))
            } else {
                print(AnswerText.received(answer, prepared), terminator: "")
            }
        }

        /// Reads only the part of a case store the answer depends on, when the evidence is one store
        /// (`CaseReading.receivedPart`); else, or when that part does not check, the whole case as every query does.
        private func prepare() throws -> PreparedCase {
            guard let part = try CaseReading.receivedPart(input.evidence, of: DatasetID(dataset), filter: filter.filter),
                let prepared = try? PreparedCase(part: part, filter: filter.filter)
            else { return try input.prepare(filter) }
            EvidenceOptions.noteWarnings(of: prepared)
            return prepared
        }
    }
}
