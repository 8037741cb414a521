import ArgumentParser
import LineageAnswers
import LineageCore

extension Lineage {
    /// `lineage timeline`: every claim in event-time order, with when it became known.
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every claim in event-time order, with its sources and the day it became known.",
            discussion: """
                Events are ordered by the first day their date allows (open starts first), then the last. \
                "known by" is the first day by which a supporting source was certainly published (the first \
                --known-by day that keeps the event): event time and knowledge time side by side, never mixed. \
                See docs/queries.md. \
                \(ExitStatus.help)
                """
        )

        @OptionGroup var input: EvidenceOptions
        @OptionGroup var filter: FilterOptions

        @Flag(help: "Print the answer as JSON on standard output.")
        var json = false

        func run() throws {
            let prepared = try input.prepare(filter)
            let events = prepared.evidence.timeline()
            if json {
                try JSONOutput.print(TimelineJSON(events, prepared))
            } else {
                print(AnswerText.timeline(events, prepared), terminator: "")
            }
        }
    }
}
