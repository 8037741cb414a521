import Foundation
import Testing
import LineageTestSupport

/// The case store commands as an investigator runs them: init, add, check, retract, log, verify, export.
@Suite("Case store commands")
struct StoreCommandTests {
    /// A fresh folder with an empty store `case.lineage` in it.
    struct Folder {
        /// Removed when the last copy of this folder goes: these folders were most of what the suite left in /tmp.
        private let scratch: Scratch
        var url: URL { scratch.url }
        var store: String { url.appendingPathComponent("case.lineage").path }

        init() throws {
            scratch = try Scratch("lineage-cli")
            let created = try LineageBinary.run(["init", "case.lineage"], in: url)
            #expect(created.status == 0, "\(created.standardError)")
        }

        /// Runs `lineage arguments...` in this folder.
        func run(_ arguments: [String]) throws -> LineageBinary.Outcome {
            try LineageBinary.run(arguments, in: url)
        }

        /// The last line `lineage check` prints for `paths`.
        func summary(_ paths: [String]) throws -> String {
            let outcome = try run(["check"] + paths)
            return String(outcome.standardOutput.split(separator: "\n").last ?? "")
        }
    }

    static func fixture(_ name: String) -> String {
        LineageBinary.fixtures.appendingPathComponent("store/\(name)").path
    }

    @Test func initCreatesAStoreForItsOwnerOnlyAndNeverOverwritesOne() throws {
        let folder = try Folder()
        let mode = try FileManager.default.attributesOfItem(atPath: folder.store)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let again = try folder.run(["init", "case.lineage"])
        #expect(again.status == 64, "it would overwrite a store")
        #expect(again.standardError.contains("already exists"))
    }

    @Test func addedEvidenceIsCheckedFromTheStoreAsFromItsFiles() throws {
        let folder = try Folder()
        let added = try folder.run([
            "add", "case.lineage", Self.fixture("basics.xml"), Self.fixture("claims.xml"), "--by", "alice",
        ])
        #expect(added.status == 0, "\(added.standardOutput)\(added.standardError)")
        #expect(added.standardOutput.hasSuffix("added 2 files, 7 items (entries 1–2); rejected 0 files\n"))
        #expect(
            try folder.summary(["case.lineage"])
                == "checked 1 file: 2 sources, 2 parties, 1 datasets, 2 claims; 0 errors, 0 warnings")
        #expect(
            try folder.summary([Self.fixture("basics.xml"), Self.fixture("claims.xml")]).hasSuffix(
                "2 claims; 0 errors, 0 warnings"))
        let log = try folder.run(["log", "case.lineage"])
        #expect(
            log.standardOutput.contains("alice  added \(Self.fixture("basics.xml")): 2 sources, 2 parties, 1 dataset"))
    }

    @Test func theSameFileAddedTwiceIsRefusedInOneLine() throws {
        let folder = try Folder()
        _ = try folder.run(["add", "case.lineage", Self.fixture("basics.xml")])
        let again = try folder.run(["add", "case.lineage", Self.fixture("basics.xml")])
        #expect(again.status == 1)
        #expect(
            again.standardOutput == """
                \(Self.fixture("basics.xml")): error: this file was already added, as entry 1 (same SHA-256); \
                nothing was added again [already-added]
                added 0 files; rejected 1 file

                """)
    }

    @Test func filesMayBeNamedInAnyOrder() throws {
        let folder = try Folder()
        let added = try folder.run(["add", "case.lineage", Self.fixture("claims.xml"), Self.fixture("basics.xml")])
        #expect(added.status == 0, "\(added.standardOutput)")
        let log = try folder.run(["log", "case.lineage"]).standardOutput.split(separator: "\n")
        #expect(log.count == 2)
        #expect(log.first?.contains("basics.xml") == true, "the file the other refers to goes in first")
    }

    @Test func aFileWithAnErrorAddsNothingAndTheOthersStillGoIn() throws {
        let folder = try Folder()
        let bad = Self.fixture("bad.xml")
        let malformed = LineageBinary.fixtures.appendingPathComponent("invalid/malformed.xml").path
        let outcome = try folder.run(["add", "case.lineage", bad, Self.fixture("basics.xml"), malformed])
        #expect(outcome.status == 1)
        #expect(
            outcome.standardOutput.contains(
                "\(bad):7:3: error: holding 'h-nobody': 'party' names unknown party 'nobody' [unknown-reference]"))
        #expect(outcome.standardOutput.contains("\(malformed):10:14: error: "))
        #expect(outcome.standardOutput.hasSuffix("added 1 file, 5 items (entry 1); rejected 2 files\n"))
        #expect(try folder.summary(["case.lineage"]).contains("0 claims"), "not even the bad file's good claim")
        #expect(try folder.run(["verify", "case.lineage"]).status == 0)
    }

    @Test func addsOneItemFromTheCommandLine() throws {
        let folder = try Folder()
        _ = try folder.run(["add", "case.lineage", Self.fixture("basics.xml")])
        let transfer = try folder.run([
            "add", "case.lineage", "transfer", "--id", "t-cli", "--dataset", "list-js", "--from", "bunkensha",
            "--to", "justsystems", "--when", "2014-05", "--records", "2570000", "--cite", "s-tsuhan:2",
            "--cite", "s-release:5:disputes", "--quote", "名簿を取得。", "--quote-lang", "ja", "--by", "carol",
        ])
        #expect(transfer.status == 0, "\(transfer.standardOutput)\(transfer.standardError)")
        #expect(transfer.standardOutput == "added transfer 't-cli' (entry 2)\n")
        let party = try folder.run([
            "add", "party", "case.lineage", "--id", "dealer", "--kind", "organization", "--name", "Unnamed dealer",
            "--unidentified",
        ])
        #expect(party.standardOutput == "added party 'dealer' (entry 3)\n", "the kind may also come first")
        let exported = try folder.run(["export", "case.lineage"]).standardOutput
        #expect(
            exported.contains(
                #"<transfer id="t-cli" dataset="list-js" from="bunkensha" to="justsystems" when="2014-05" records="2570000"><cite source="s-tsuhan" credibility="2"><quote xml:lang="ja">名簿を取得。</quote></cite><cite source="s-release" credibility="5" stance="disputes"/></transfer>"#
            ))
        #expect(
            exported.contains(#"<party id="dealer" kind="organization" name="Unnamed dealer" identified="false"/>"#))
        #expect(try folder.run(["log", "case.lineage"]).standardOutput.contains("carol  added command line: 1 claim"))

        let refused = try folder.run([
            "add", "case.lineage", "holding", "--id", "h-x", "--dataset", "list-js", "--party", "nobody", "--when",
            "2014",
            "--cite", "s-tsuhan:3",
        ])
        #expect(refused.status == 1)
        #expect(
            refused.standardOutput == """
                command line: error: holding 'h-x': 'party' names unknown party 'nobody' [unknown-reference]
                rejected holding 'h-x'; nothing was added

                """)
        let noCite = try folder.run([
            "add", "case.lineage", "holding", "--id", "h-y", "--dataset", "list-js", "--party", "bunkensha", "--when",
            "2014",
        ])
        #expect(noCite.status == 64)
        #expect(noCite.standardError.contains("--cite"))
    }

    /// An item typed in is checked where it is made, not by writing it to a file for the schema: a bad id, a
    /// text too long or a character XML cannot hold is refused with the schema's and the parser's own words, as
    /// in a file, and a date the format cannot hold is a usage error naming the accepted forms.
    @Test func aBadValueTypedInIsRefusedAsInAFile() throws {
        let folder = try Folder()
        _ = try folder.run(["add", "case.lineage", Self.fixture("basics.xml")])
        let badID = try folder.run(["add", "case.lineage", "party", "--id", "1bad", "--kind", "person", "--name", "x"])
        #expect(badID.status == 1)
        #expect(
            badID.standardOutput == """
                command line: error: Element 'party', attribute 'id': '1bad' is not a valid value of the atomic type 'Identifier'. [schema]
                rejected party '1bad'; nothing was added

                """)
        let badOwners = try folder.run([
            "add", "case.lineage", "dataset", "--id", "d-x", "--kind", "list", "--name", "x", "--owner", "q:r",
            "--field", "2c",
        ])
        #expect(badOwners.status == 1)
        #expect(
            badOwners.standardOutput == """
                command line: error: Element 'dataset', attribute 'owner': 'q:r' is not a valid value of the atomic type 'Identifier'. [schema]
                command line: error: Element 'dataset', attribute 'owner': 'q:r' is not a valid value of the list type 'IdentifierList'. [schema]
                command line: error: Element 'field': '2c' is not a valid value of the atomic type 'xs:NCName'. [schema]
                rejected dataset 'd-x'; nothing was added

                """)
        let control = try folder.run(["add", "case.lineage", "party", "--id", "p-x", "--kind", "person", "--name", "a\u{7}b"])
        #expect(control.status == 1)
        #expect(control.standardOutput.hasPrefix("command line: error: xmlParseCharRef: invalid xmlChar value 7 [malformed-xml]\n"))
        let badDate = try folder.run([
            "add", "case.lineage", "holding", "--id", "h-x", "--dataset", "list-js", "--party", "bunkensha", "--when",
            "2014/13", "--cite", "s-tsuhan:3",
        ])
        #expect(badDate.status == 64)
        #expect(badDate.standardError.contains("'2014/13' is not an EDTF date or interval"))
        #expect(try folder.summary(["case.lineage"]).contains("0 claims"), "nothing was added")
    }

    @Test func aRetractedClaimLeavesTheCaseButStaysInTheLog() throws {
        let folder = try Folder()
        _ = try folder.run(["add", "case.lineage", Self.fixture("basics.xml"), Self.fixture("claims.xml")])
        let retracted = try folder.run([
            "retract", "case.lineage", "t-bk-js", "--reason", "the article misread the police statement", "--by",
            "dave",
        ])
        #expect(retracted.status == 0, "\(retracted.standardError)")
        #expect(retracted.standardOutput == "retracted claim 't-bk-js' (entry 3)\n")
        #expect(try folder.summary(["case.lineage"]).contains("1 claims"))
        #expect(!(try folder.run(["export", "case.lineage"]).standardOutput.contains("t-bk-js\"")))
        let log = try folder.run(["log", "case.lineage"]).standardOutput
        #expect(log.contains("dave  retracted claim 't-bk-js': the article misread the police statement"))
        #expect(log.contains("claims.xml: 2 claims"), "the addition still says what it brought")
        let again = try folder.run(["retract", "case.lineage", "t-bk-js", "--reason", "again"])
        #expect(again.status == 64, "the case no longer has the claim")
        #expect(again.standardError.contains("already retracted in entry 3"))
        #expect(try folder.run(["retract", "case.lineage", "u-js"]).status == 64, "a reason is required")
        #expect(try folder.run(["verify", "case.lineage"]).status == 0)
    }

    @Test func logFiltersByDayAndSpeaksJSON() throws {
        let folder = try Folder()
        _ = try folder.run(["add", "case.lineage", Self.fixture("basics.xml")])
        #expect(try folder.run(["log", "case.lineage", "--until", "2000"]).standardOutput.isEmpty)
        #expect(try folder.run(["log", "case.lineage", "--since", "2000-01"]).standardOutput.hasPrefix("#1  "))
        let json = try folder.run(["log", "case.lineage", "--json"])
        let entries = try #require(
            JSONValue(json: json.standardOutput).array)
        #expect(entries.count == 1)
        #expect(entries.first?["kind"]?.string == "add")
        #expect(entries.first?["sources"]?.int == 2)
        #expect((entries.first?["hash"]?.string)?.count == 64)
        #expect((entries.first?["digest"]?.string)?.count == 64, "the SHA-256 of the file added")
        #expect(try folder.run(["log", "case.lineage", "--since", "yesterday"]).status == 64)
    }

    @Test func aStoreAndFilesMakeOneCase() throws {
        let folder = try Folder()
        _ = try folder.run(["add", "case.lineage", Self.fixture("basics.xml")])
        let mixed = try folder.run(["check", "case.lineage", Self.fixture("claims.xml")])
        #expect(mixed.status == 0, "\(mixed.standardOutput)")
        #expect(
            mixed.standardOutput.hasSuffix(
                "checked 2 files: 2 sources, 2 parties, 1 datasets, 2 claims; 0 errors, 0 warnings\n"))
        let twice = try folder.run(["check", "case.lineage", Self.fixture("basics.xml")])
        #expect(twice.status == 0, "the file the store holds is read once")
        #expect(twice.standardOutput.contains("warning: already in the store as entry 1 (case.lineage:1)"))
    }

    @Test func anEditWithTheSQLiteShellIsFoundAtItsEntry() throws {
        let sqlite3 = try #require(
            ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "the sqlite3 shell is missing: bash scripts/install-dependencies.sh installs it")
        let folder = try Folder()
        _ = try folder.run(["add", "case.lineage", Self.fixture("basics.xml"), Self.fixture("claims.xml")])
        _ = try folder.run(["retract", "case.lineage", "u-js", "--reason", "duplicate"])
        let head = try folder.run(["verify", "case.lineage"])
        #expect(head.status == 0)
        let anchor = try #require(head.standardOutput.split(separator: " ").last.map { String($0.dropLast()) })

        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: sqlite3)
        shell.arguments = [
            folder.store,
            "DROP TRIGGER claim_no_update; UPDATE claim SET records = 2600000 WHERE id = 't-bk-js';",
        ]
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)

        let verified = try folder.run(["verify", "case.lineage"])
        #expect(verified.status == 1)
        #expect(verified.standardOutput.contains("case.lineage: entries 1–1 are intact\n"))
        #expect(verified.standardOutput.contains("case.lineage: entry 2 was edited: "))
        let anchored = try folder.run(["verify", "case.lineage", "--anchor", anchor])
        #expect(anchored.status == 1)
    }

    @Test func exportedEvidenceReimportedGivesTheSameCase() throws {
        let folder = try Folder()
        let benesse = LineageBinary.packageRoot.appendingPathComponent("Graphs/benesse").path
        let added = try folder.run(["add", "case.lineage", benesse])
        #expect(added.status == 0, "\(added.standardOutput)")
        let exported = try folder.run(["export", "case.lineage", "-o", "export.xml"])
        #expect(exported.status == 0)
        let export = folder.url.appendingPathComponent("export.xml").path
        let original = try folder.summary([benesse]).replacingOccurrences(of: "9 files", with: "1 file")
        #expect(original.hasSuffix("; 0 errors, 7 warnings"))
        #expect(try folder.summary([export]) == original)
        _ = try folder.run(["init", "again.lineage"])
        #expect(try folder.run(["add", "again.lineage", "export.xml"]).status == 0)
        #expect(try folder.summary(["again.lineage"]) == folder.summary(["case.lineage"]))
        #expect(try folder.summary(["again.lineage"]) == original)
        let body = { (text: String) in text.split(separator: "\n").filter { !$0.hasPrefix("<!--") } }
        #expect(
            body(try folder.run(["export", "again.lineage"]).standardOutput)
                == body(try String(contentsOfFile: export, encoding: .utf8)))
    }

    @Test(
        "the Benesse case gives the same received answers from its files, its store and a store of its export",
        arguments: ["db-benesse-customers", "batch-2014-06-27", "list-js"])
    func answersTheSameFromFilesStoreAndReimport(_ dataset: String) throws {
        let folder = try Folder()
        let benesse = LineageBinary.packageRoot.appendingPathComponent("Graphs/benesse").path
        #expect(try folder.run(["add", "case.lineage", benesse]).status == 0)
        _ = try folder.run(["export", "case.lineage", "-o", "export.xml"])
        _ = try folder.run(["init", "again.lineage"])
        #expect(try folder.run(["add", "again.lineage", "export.xml"]).status == 0)
        let fromFiles = try folder.run(["received", dataset, benesse])
        #expect(fromFiles.status == 0, "\(fromFiles.standardError)")
        #expect(fromFiles.standardOutput.contains("recipient"))
        #expect(try folder.run(["received", dataset, "case.lineage"]).standardOutput == fromFiles.standardOutput)
        #expect(try folder.run(["received", dataset, "again.lineage"]).standardOutput == fromFiles.standardOutput)
    }
}
