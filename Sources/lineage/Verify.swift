import ArgumentParser
import LineageStore

extension Lineage {
    /// `lineage verify`: recomputes a case store's hash chain.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that nothing in a case store was edited, removed or reordered since it was added.",
            discussion: """
                Recomputes every entry's hash from what the store's rows say now and names the first entry \
                edited, removed or reordered. The last line gives the head's hash: write it down (in a report, a \
                filing) and pass it later with --anchor, which also catches a log cut short or rewritten from \
                some entry on. \(ExitStatus.help) Status 1 means the store is not intact.
                """
        )

        @Argument(
            help: ArgumentHelp("The case store.", valueName: "case"), completion: .file(extensions: ["lineage"]))
        var store: String

        @Option(
            help: ArgumentHelp(
                "A hash noted earlier (from verify or log) that must still be an entry's. Repeatable.",
                valueName: "sha256"))
        var anchor: [String] = []

        func run() throws {
            let verification = try CaseStore(opening: store, readOnly: true).verify(anchors: anchor)
            if !verification.isIntact, let head = verification.head {
                print("\(store): entries 1–\(head.sequence) are intact")
            }
            print("\(store): \(verification)")
            if !verification.isIntact { throw ExitCode.failure }
        }
    }
}
