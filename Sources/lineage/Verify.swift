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
                "A hash noted earlier (from verify or log) that must still be an entry's: 64 hex digits, with or "
                    + "without verify's 'sha256 ' before them. Repeatable.",
                valueName: "sha256"))
        var anchor: [AnchorArgument] = []

        func run() throws {
            let verification = try CaseStore(opening: store, readOnly: true).verify(anchors: anchor.map(\.hash))
            if !verification.isIntact, let head = verification.head {
                print("\(store): entries 1–\(head.sequence) are intact")
            }
            print("\(store): \(verification)")
            if !verification.isIntact { throw ExitCode.failure }
        }
    }
}

/// `--anchor`: an entry's SHA-256 as `verify` prints it (`sha256 3f2a…`) or bare, in either case of hex. Anything
/// else is a usage error (64), not a hash that no entry has: a typo must not read as tampering.
struct AnchorArgument: ExpressibleByArgument {
    /// The 64 hex digits, lowercase, as the store keeps them.
    let hash: String

    init?(argument: String) {
        var digits = Substring(argument)
        if digits.hasPrefix("sha256 ") { digits = digits.dropFirst("sha256 ".count) }
        guard digits.utf8.count == 64, digits.allSatisfy(\.isHexDigit) else { return nil }
        hash = digits.lowercased()
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
