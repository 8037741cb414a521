import ArgumentParser
import LineageStore

extension Lineage {
    /// `lineage init`: creates an empty case store.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an empty case store.",
            discussion: """
                A case store keeps a case as an append-only, hash-chained log in one SQLite file, readable by \
                its owner only. Name it with the .lineage extension (case.lineage). An existing file is never \
                overwritten. \(ExitStatus.help)
                """
        )

        @Argument(
            help: ArgumentHelp("The store to create, such as case.lineage.", valueName: "case"),
            completion: .file(extensions: ["lineage"]))
        var store: String

        func run() throws {
            _ = try CaseStore.create(at: store)
            print("created \(store): an empty case store, readable by you only")
        }
    }
}
