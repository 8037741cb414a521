import ArgumentParser
import LineageAnswers
import LineageCore

extension Lineage {
    /// `lineage gaps`: what an investigator should chase next.
    struct Gaps: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List what to chase next: broken chains, unnamed parties, thin or disputed support, conflicts.",
            discussion: """
                Holdings no claim explains, batches and lists nothing makes, unidentified parties, claims resting \
                on one source or only on sources that cannot be judged (F or 6), disputed claims with both sides, \
                and claims of the same hop whose counts or dates disagree, side by side with their sources. \
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
            let gaps = prepared.custody.gaps()
            if json {
                try JSONOutput.print(GapsJSON(gaps, prepared))
            } else {
                print(AnswerText.gaps(gaps, prepared), terminator: "")
            }
        }
    }
}
