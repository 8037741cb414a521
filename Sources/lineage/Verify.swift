import ArgumentParser
import LineageCore
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
            for note in Self.notes(verification, store: store) { StandardError.line(note.description) }
            if !verification.isIntact { throw ExitCode.failure }
        }

        /// What the store holds that the chain does not cover, one note each: not a failure (a store from an
        /// earlier release is as it was made), but what the investigator cannot rely on `verify` for.
        static func notes(_ verification: StoreVerification, store: String) -> [Diagnostic] {
            let place = SourceLocation(file: store, line: 0)
            var notes: [Diagnostic] = []
            let files = verification.unchainedRecordFiles
            if !files.isEmpty {
                let one = files.count == 1
                let which = files.map(String.init).joined(separator: ", ")
                let message =
                    "record file\(one ? "" : "s") \(which) \(one ? "was" : "were") registered before registrations "
                    + "were entries of the chain, so \(one ? "its" : "their") dataset, role and counts are not "
                    + "covered (their fingerprints are checked against their digest)"
                notes.append(.note(.notCovered, message, at: place))
            }
            if verification.isRecordKeyUnchained {
                notes.append(
                    .note(
                        .notCovered,
                        "the record key was made before it was recorded in the chain, so a replaced key would go "
                            + "unnoticed; the next registration records it", at: place))
            }
            return notes
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
