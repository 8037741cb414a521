import Foundation
import Testing
import LineageTestSupport

/// How a folder becomes a case, how a new case starts, and a `lineage` that works wherever it is copied (issue 20).
@Suite("Folders, new cases and set-up")
struct FoldersAndNewCaseTests {
    /// A case folder with a scratch subfolder of exports and a non-evidence XML file beside the evidence.
    static func messyFolder() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("case/evidence.xml", evidence())
        try scratch.write("case/out/evidence-copy.xml", evidence())
        try scratch.write("case/notes.xml", "<?xml version=\"1.0\"?>\n<notes>to do</notes>\n")
        return scratch
    }

    @Test func aFolderIsReadWithoutItsSubfoldersAndSkipsFilesThatAreNotEvidence() throws {
        let scratch = try Self.messyFolder()
        let outcome = try scratch.run(["check", "--list-files", "case"])
        #expect(outcome.status == 0)
        #expect(
            outcome.standardOutput == """
                read case/evidence.xml
                case/notes.xml: note: skipped: its root element is <notes>, not <evidence> [not-evidence]
                checked 1 file: 1 sources, 3 parties, 2 datasets, 2 claims; 0 errors, 0 warnings

                """)
    }

    @Test func recursiveReadsSubfoldersToo() throws {
        let scratch = try Self.messyFolder()
        let outcome = try scratch.run(["check", "-r", "--errors-only", "case"])
        #expect(outcome.status == 1, "the copy in out/ repeats every id")
        #expect(
            outcome.standardOutput.hasSuffix(
                "checked 2 files: 1 sources, 3 parties, 2 datasets, 2 claims; 8 errors, 0 warnings\n"))
    }

    @Test func checkJSONListsTheFilesRead() throws {
        let scratch = try Self.messyFolder()
        let outcome = try scratch.run(["check", "--json", "case"])
        let report = try #require(
            try JSONValue(json: outcome.standardOutput).object)
        #expect(report["filesRead"]?.strings == ["case/evidence.xml"])
        #expect(report["files"]?.int == 1)
    }

    @Test func newWritesASkeletonThatChecksAndRefusesAFolderThatIsNotEmpty() throws {
        let scratch = try Scratch()
        let created = try scratch.run(["new", "my-case"])
        #expect(created.status == 0)
        #expect(created.standardOutput == "created my-case/evidence.xml: fill it in, then run lineage check my-case\n")
        let check = try scratch.run(["check", "my-case"])
        #expect(check.status == 0)
        #expect(
            check.standardOutput
                == "checked 1 file: 1 sources, 2 parties, 2 datasets, 2 claims; 0 errors, 0 warnings\n")
        let again = try scratch.run(["new", "my-case"])
        #expect(again.status == 64)
        #expect(
            again.standardError
                == "lineage: error: my-case: the folder is not empty; name a new or empty folder (nothing is overwritten)\n"
        )
    }

    /// A copy of the binary in another folder validates against the schema. (While the build folder exists, a
    /// resource bundle would still be found at its build path, so this alone cannot show the schema is compiled
    /// in: `EmbeddedSchemaTests` does.)
    @Test func aCopiedBinaryChecksEvidenceAgainstTheSchema() throws {
        let scratch = try Scratch()
        let copy = scratch.url.appendingPathComponent("lineage")
        try FileManager.default.copyItem(at: LineageBinary.url, to: copy)
        try scratch.copy(fixture: "invalid/missing-cite.xml", to: "evidence.xml")
        let process = Process()
        process.executableURL = copy
        process.arguments = ["check", "evidence.xml"]
        process.currentDirectoryURL = scratch.url
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "the schema found the missing cite")
        #expect(text.contains("[missing-cite]"))
    }
}

extension FoldersAndNewCaseTests {
    /// The README's sample `check` output is what the shipped case gives, word for word.
    @Test func theReadmesSampleCheckOutputIsTheShippedCases() throws {
        let readme = try String(
            contentsOf: LineageBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let outcome = try LineageBinary.run(
            ["check", "--errors-only", "Graphs/benesse"], in: LineageBinary.packageRoot)
        #expect(outcome.status == 0)
        #expect(readme.contains("$ lineage check --errors-only Graphs/benesse\n" + outcome.standardOutput + "```"))
    }
}

extension FoldersAndNewCaseTests {
    @Test func aFolderWithEvidenceOnlyInSubfoldersSaysHowToReadThem() throws {
        let scratch = try Scratch()
        try scratch.write("case/sub/evidence.xml", evidence())
        let outcome = try scratch.run(["check", "case"])
        #expect(outcome.status == 66)
        #expect(
            outcome.standardOutput.hasPrefix(
                "case: error: the folder holds no evidence (*.xml) files (its subfolders are read only when asked to "
                    + "recurse) [unreadable]\n"))
        #expect(try scratch.run(["check", "--recursive", "case"]).status == 0)
    }

    @Test func aJapaneseDateInEvidenceIsTranslated() throws {
        let scratch = try Scratch()
        try scratch.write(
            "evidence.xml",
            evidence().replacingOccurrences(
                of: "when=\"2014-06\">\n    <cite source=\"s-police\" credibility=\"2\"/>\n  </transfer>",
                with: "when=\"2014年6月\">\n    <cite source=\"s-police\" credibility=\"2\"/>\n  </transfer>"))
        let outcome = try scratch.run(["check", "evidence.xml"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.contains("write 2014年6月 as 2014-06"), "\(outcome.standardOutput)")
    }
}
