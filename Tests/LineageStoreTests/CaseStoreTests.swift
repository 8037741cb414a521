import Foundation
import GRDB
import LineageCore
import LineageStore
import LineageXML
import Testing

@Suite("A case store")
struct CaseStoreTests {
    @Test func isCreatedReadableByItsOwnerOnlyAndNeverOverwritten() throws {
        let test = try TestStore()
        let attributes = try FileManager.default.attributesOfItem(atPath: test.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(CaseStore.isStore(at: test.path))
        #expect(throws: StoreError.self) { try CaseStore.create(at: test.path) }
        #expect(try test.store.entries().isEmpty)
    }

    @Test func digestsAFileAsSHA256Does() throws {
        let test = try TestStore()
        let file = test.folder.appendingPathComponent("abc.txt")
        try Data("abc".utf8).write(to: file)
        #expect(
            FileDigest.sha256(ofFileAt: file.path) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        )
        let empty = test.folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        #expect(
            FileDigest.sha256(ofFileAt: empty.path)
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(FileDigest.sha256(ofFileAt: test.folder.appendingPathComponent("missing").path) == nil)
    }

    @Test func refusesAnSQLiteDatabaseThatIsNotACaseStore() throws {
        let test = try TestStore()
        let other = test.folder.appendingPathComponent("other.sqlite").path
        try GRDBHelpers.createPlainDatabase(at: other)
        #expect(CaseStore.isStore(at: other), "by its header, it is a database")
        let error = try #require(throws: StoreError.self) { try CaseStore(opening: other) }
        #expect(error.code == .notAStore)
        let missing = try #require(throws: StoreError.self) {
            try CaseStore(opening: test.folder.appendingPathComponent("missing.lineage").path)
        }
        #expect(missing.code == .unreadable)
        // The library says what is wrong and what would help, as data; the CLI words it as `lineage init`.
        #expect(missing.message == "no such case store")
        #expect(missing.remedy == .createStore(at: test.folder.appendingPathComponent("missing.lineage").path))
        #expect(error.remedy == nil || error.remedy == .createStoreElsewhere)
        #expect(!missing.message.contains("lineage init") && !error.message.contains("lineage init"))
    }

    /// SQLite's own error stays with the store error that reports it, for a caller that wants its code.
    @Test func aDatabaseErrorKeepsSQLitesError() throws {
        let test = try TestStore()
        let readOnly = try CaseStore(opening: test.path, readOnly: true)
        let file = test.folder.appendingPathComponent("basics.xml")
        try TestStore.document(TestStore.basics).write(to: file, atomically: true, encoding: .utf8)
        let loader = CaseLoader(schema: try EvidenceSchema())
        let error = try #require(throws: StoreError.self) {
            try readOnly.add(origin: file.path, digest: nil, by: "tester") { current in
                let result = loader.load([file.path], onto: current)
                return (result.evidence, result.diagnostics)
            }
        }
        #expect(error.code == .database)
        let underlying = try #require(error.underlyingError as? DatabaseError)
        #expect(underlying.resultCode == .SQLITE_READONLY)
    }

    @Test func loadsWhatWasAddedFromRowsWithEachItemAtItsEntry() throws {
        let test = try TestStore()
        let first = try test.add("basics.xml", TestStore.basics)
        #expect(first.isAdded, "\(first.diagnostics)")
        #expect(first.counts == StoreEntry.ItemCounts(sources: 1, parties: 2, datasets: 1))
        let second = try test.add("claims.xml", TestStore.transfer("t1"), by: "alice")
        #expect(second.isAdded, "references into the store resolve: \(second.diagnostics)")
        let evidence = try test.store.loadCase()
        #expect(evidence.count == 5)
        let claim = try #require(evidence.claims["t1"])
        #expect(
            claim.action
                == .transfer(dataset: "list", from: "broker", to: "buyer", records: RecordCount(2_570_000), price: nil))
        #expect(claim.cites.first?.quotes == [Cite.Quote("名簿を取得。", language: "ja")])
        #expect(claim.location == SourceLocation(file: test.path, line: 2))
        #expect(evidence.parties["broker"]?.aliases == [Party.Alias("名簿業者", language: "ja")])
        #expect(evidence.datasets["list"]?.fields == ["name-kana"])
        let entries = try test.store.entries()
        #expect(entries.map(\.sequence) == [1, 2])
        #expect(entries[1].recordedBy == "alice")
        #expect(entries[1].previousHash == entries[0].hash)
        #expect(try test.store.verify().isIntact)
    }

    @Test func aFileWithAnErrorAddsNothingAndSaysWhy() throws {
        let test = try TestStore()
        try test.add("basics.xml", TestStore.basics)
        let bad = try test.add(
            "bad.xml",
            TestStore.transfer("t-good") + """
                <transfer id="t-bad" dataset="list" from="broker" to="nobody" when="2014-05"><cite source="s1" credibility="2"/></transfer>
                """)
        #expect(!bad.isAdded)
        #expect(bad.diagnostics.contains { $0.code == .unknownReference && $0.message.contains("nobody") })
        #expect(try test.store.loadCase().claims.isEmpty, "not even the good claim of the bad file")
        #expect(try test.store.entries().count == 1)
        let duplicate = try test.add("again.xml", #"<party id="broker" kind="person" name="Again"/>"#)
        #expect(!duplicate.isAdded)
        #expect(duplicate.diagnostics.first?.code == .duplicateID)
        #expect(duplicate.diagnostics.first?.notes.first?.location == SourceLocation(file: test.path, line: 1))
    }

    @Test func addsAFileWithWarningsAndReportsThem() throws {
        let test = try TestStore()
        try test.add("basics.xml", TestStore.basics)
        let added = try test.add("counts.xml", TestStore.transfer("t1", records: 760))
        #expect(added.isAdded)
        #expect(added.diagnostics.map(\.code) == [.conflictingCounts])
    }

    @Test func aRetractedClaimLeavesTheCaseButNotTheLogAndItsIDIsNeverReused() throws {
        let test = try TestStore()
        try test.add("basics.xml", TestStore.basics)
        try test.add("claims.xml", TestStore.transfer("t1") + TestStore.transfer("t2"))
        let retraction = try test.store.retract("t1", reason: "the invoice was forged", by: "bob")
        #expect(retraction.sequence == 3)
        #expect(retraction.change == .retraction(claim: "t1", reason: "the invoice was forged"))
        #expect(Set(try test.store.loadCase().claims.keys) == ["t2"])
        #expect(try test.store.entries().count == 3)
        #expect(try test.store.verify().isIntact)

        let again = try #require(throws: StoreError.self) { try test.store.retract("t1", reason: "again", by: "bob") }
        #expect(again.code == .cannotRetract && again.message.contains("entry 3"))
        let party = try #require(throws: StoreError.self) { try test.store.retract("broker", reason: "x", by: "bob") }
        #expect(party.message.contains("is a party"))
        #expect(throws: StoreError.self) { try test.store.retract("nothing", reason: "x", by: "bob") }

        let reuse = try test.add("reuse.xml", TestStore.transfer("t1"))
        #expect(!reuse.isAdded)
        #expect(reuse.diagnostics.contains { $0.code == .duplicateID && $0.message.contains("retracted in entry 3") })
    }

    @Test func seesWhatAnotherWriterAppendedSinceItsOwnLastAdd() throws {
        let test = try TestStore()
        try test.add("basics.xml", TestStore.basics)
        let other = try CaseStore(opening: test.path)
        let loader = CaseLoader(schema: try EvidenceSchema())
        let file = test.folder.appendingPathComponent("t1.xml")
        try TestStore.document(TestStore.transfer("t1")).write(to: file, atomically: true, encoding: .utf8)
        let byOther = try other.add(origin: file.path, digest: nil, by: "other") { current in
            let result = loader.load([file.path], onto: current)
            return (result.evidence, result.diagnostics)
        }
        #expect(byOther.isAdded)
        let again = try test.add(file: file.path)
        #expect(!again.isAdded, "the first instance must not trust its cache of entry 1")
        #expect(again.diagnostics.first?.code == .duplicateID)
        #expect(try test.store.verify().isIntact)
    }
}

enum GRDBHelpers {
    static func createPlainDatabase(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        try queue.close()
    }
}
