import Foundation
import Testing

/// `lineage received` on one case store reads only the part of the store its answer depends on (docs/store.md,
/// "Answering `received` from a store"): standard output is the answer from the files, byte for byte, and the note on
/// standard error says that its count of warnings is the part's.
@Suite struct ReceivedFromStoreTests {
    @Test(arguments: [
        ["received", "db-benesse-customers"], ["received", "--json", "list-js"],
        ["received", "--merge-identities", "F6", "batch-2014-06-27"],
    ])
    func aStoreAloneAnswersAsItsFilesDo(_ arguments: [String]) throws {
        let folder = try StoreCommandTests.Folder()
        let benesse = LineageBinary.packageRoot.appendingPathComponent("Graphs/benesse").path
        #expect(try folder.run(["add", "case.lineage", benesse]).status == 0)
        let fromFiles = try folder.run(arguments + [benesse])
        let fromStore = try folder.run(arguments + ["case.lineage"])
        #expect(fromFiles.status == 0 && fromStore.status == 0, "\(fromStore.standardError)")
        #expect(fromStore.standardOutput == fromFiles.standardOutput)
        #expect(fromFiles.standardError.contains("note: the evidence has 7 warnings (lineage check lists them)"))
        #expect(
            fromStore.standardError.contains(
                "note: the part of the evidence this answer reads has 6 warnings (lineage check lists them)"),
            "\(fromStore.standardError)")
    }

    /// `--as-of` counts the claims it leaves out over the whole case, so such a query reads the whole store, and
    /// its note is the whole case's.
    @Test func aFilterThatCountsWhatItLeavesOutReadsTheWholeStore() throws {
        let folder = try StoreCommandTests.Folder()
        let benesse = LineageBinary.packageRoot.appendingPathComponent("Graphs/benesse").path
        #expect(try folder.run(["add", "case.lineage", benesse]).status == 0)
        let arguments = ["received", "--as-of", "2014-06-30", "db-benesse-customers"]
        let fromStore = try folder.run(arguments + ["case.lineage"])
        #expect(fromStore.standardOutput == (try folder.run(arguments + [benesse])).standardOutput)
        #expect(fromStore.standardOutput.contains("after --as-of 2014-06-30 left out"))
        #expect(fromStore.standardError.contains("note: the evidence has"), "\(fromStore.standardError)")
    }
}
