import ArgumentParser
import Foundation
import LineageCore
import LineageStore

extension Lineage {
    /// `lineage retract`: withdraws a claim that turned out wrong, without erasing that it was once believed.
    struct Retract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Retract a claim from a case store, with the reason.",
            discussion: """
                Appends a retraction entry. The claim leaves every answer and diagram from then on, but stays in \
                the store and in lineage log; its id is never used again. \(ExitStatus.help) A claim the store \
                does not hold, or one already retracted, is bad usage.
                """
        )

        @Argument(
            help: ArgumentHelp("The case store.", valueName: "case"), completion: .file(extensions: ["lineage"]))
        var store: String

        @Argument(help: "The id of the claim to retract.")
        var claim: String

        @Option(help: "Why the claim is withdrawn, for the log.")
        var reason: String

        @OptionGroup var recorder: RecorderOption

        func validate() throws {
            guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError("--reason must say why the claim is withdrawn.")
            }
        }

        func run() throws {
            try ArgumentOrder.checkStoreFirst(store: store, others: [claim])
            let entry = try CaseStore(opening: store).retract(ClaimID(claim), reason: reason, by: recorder.name)
            print("retracted claim '\(claim)' (entry \(entry.sequence))")
        }
    }
}
