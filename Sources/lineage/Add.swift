import ArgumentParser
import LineageCore

extension Lineage {
    /// `lineage add`: appends evidence to a case store, from files or from the command line.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add evidence to a case store: files, or one item from the command line.",
            discussion: """
                lineage add <case> <evidence>... adds files (or directories of *.xml files), each as one entry. \
                lineage add <case> <kind> --id ... adds one item, where <kind> is one of: \
                \(Add.kinds.joined(separator: ", ")). Each is checked like lineage check, against what the store \
                already holds, and added whole or not at all. \(ExitStatus.help)
                """,
            subcommands: [
                Files.self, Source.self, Party.self, Dataset.self, Extraction.self, Transfer.self, Derivation.self,
                Use.self, Holding.self, Deletion.self, Delegation.self, Containment.self, Event.self, Identity.self,
            ],
            defaultSubcommand: Files.self
        )

        /// The kinds of item `add` takes on the command line, named as the evidence format names their elements
        /// (each subcommand but `files` is named after its type, and so after the element).
        static let kinds = ["source", "party", "dataset"] + Claim.Kind.allCases.map(\.rawValue)

        /// `add <case> <kind> ...` rewritten as `add <kind> <case> ...`. Investigators name the case first, as for
        /// files; the argument parser wants a subcommand right after `add`. Both orders work. A file that is
        /// really named like a kind can still be added as `./transfer`.
        static func kindFirst(_ arguments: [String]) -> [String] {
            guard arguments.count >= 3, arguments[0] == "add", !arguments[1].hasPrefix("-"),
                kinds.contains(arguments[2])
            else { return arguments }
            var reordered = arguments
            reordered.swapAt(1, 2)
            return reordered
        }
    }
}
