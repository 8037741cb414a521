import Foundation
import GRDB
import LineageCore
import LineageStore
import Testing

/// Edits made behind the store's back, with SQLite itself (as someone with the `sqlite3` shell would), and the
/// entry `verify` must name for each.
@Suite("Verifying a case store")
struct VerificationTests {
    /// A store of four entries: basics, two claim files, and a retraction.
    static func fourEntries() throws -> TestStore {
        let test = try TestStore()
        try test.add("basics.xml", TestStore.basics)
        try test.add("one.xml", TestStore.transfer("t1"))
        try test.add("two.xml", TestStore.transfer("t2"))
        _ = try test.store.retract("t1", reason: "forged", by: "bob")
        #expect(try test.store.verify().isIntact)
        return test
    }

    @Test func anIntactStoreVerifiesAndNamesItsHead() throws {
        let test = try Self.fourEntries()
        let verification = try test.store.verify()
        #expect(verification.intactEntries == 4)
        #expect(verification.head?.sequence == 4)
        #expect(verification.description.hasPrefix("4 entries, chain intact; head: entry 4, sha256 "))
    }

    @Test func refusesEditsThroughItsTriggers() throws {
        let test = try Self.fourEntries()
        let queue = try GRDB.DatabaseQueue(path: test.path)
        #expect(throws: (any Error).self) {
            try queue.write { db in try db.execute(sql: "UPDATE claim SET records = 1 WHERE id = 't2'") }
        }
        try queue.close()
        #expect(try test.store.verify().isIntact)
    }

    static let edits: [(sql: String, expected: StoreVerification.Break)] = [
        ("UPDATE claim SET records = 2600000 WHERE id = 't2'", .edited(sequence: 3, detail: "")),
        ("UPDATE quote SET text = '名簿' WHERE claim = 't1'", .edited(sequence: 2, detail: "")),
        ("UPDATE cite SET credibility = 1 WHERE claim = 't2'", .edited(sequence: 3, detail: "")),
        ("UPDATE alias SET lang = NULL", .edited(sequence: 1, detail: "")),
        ("UPDATE entry SET recorded_by = 'mallory' WHERE sequence = 2", .edited(sequence: 2, detail: "")),
        ("UPDATE entry SET reason = 'typo' WHERE sequence = 4", .edited(sequence: 4, detail: "")),
        ("DELETE FROM quote WHERE claim = 't2'", .edited(sequence: 3, detail: "")),
        ("INSERT INTO field VALUES ('list', 1, 'phone')", .edited(sequence: 1, detail: "")),
        ("UPDATE claim SET entry = 3 WHERE id = 't1'", .edited(sequence: 2, detail: "")),
        ("UPDATE claim SET records = 'many' WHERE id = 't2'", .edited(sequence: 3, detail: "")),
        ("DELETE FROM entry WHERE sequence = 2", .removed(sequence: 2)),
        (
            "UPDATE entry SET sequence = sequence + 10 WHERE sequence IN (2, 3); "
                + "UPDATE entry SET sequence = 3 WHERE sequence = 12; UPDATE entry SET sequence = 2 WHERE sequence = 13",
            .outOfOrder(sequence: 2)
        ),
        ("UPDATE entry SET hash = '00' || substr(hash, 3) WHERE sequence = 3", .edited(sequence: 3, detail: "")),
        (
            "UPDATE entry SET previous_hash = '00' || substr(previous_hash, 3) WHERE sequence = 3",
            .outOfOrder(sequence: 3)
        ),
        ("DELETE FROM entry WHERE sequence = 3", .removed(sequence: 3)),
    ]

    @Test("an edit made with SQLite is found at the entry it changed", arguments: edits.indices)
    func findsTheEditedEntry(_ index: Int) throws {
        let (sql, expected) = Self.edits[index]
        let test = try Self.fourEntries()
        try test.tamper(sql)
        let found = try #require(try test.store.verify().firstBreak, "\(sql) went unnoticed")
        switch (found, expected) {
        case (.edited(let sequence, _), .edited(let wanted, _)),
            (.removed(let sequence), .removed(let wanted)),
            (.outOfOrder(let sequence), .outOfOrder(let wanted)):
            #expect(sequence == wanted, "\(sql): \(found)")
        default:
            Issue.record("\(sql): found \(found), expected \(expected)")
        }
    }

    @Test func removingTheLastAdditionLeavesItsRowsAsStrays() throws {
        let test = try Self.fourEntries()
        try test.tamper("DELETE FROM entry WHERE sequence >= 3")
        let verification = try test.store.verify()
        #expect(verification.firstBreak == .strayRows(table: "claim", count: 1))
        #expect(verification.intactEntries == 2)
    }

    @Test func truncatingTheLogIsFoundOnlyAgainstAnAnchorWrittenDownBefore() throws {
        let test = try Self.fourEntries()
        let anchor = try #require(try test.store.verify().head?.hash)
        #expect(try test.store.verify(anchors: [anchor]).isIntact)
        try test.tamper("DELETE FROM entry WHERE sequence = 4")
        #expect(try test.store.verify().isIntact, "a log cut short is still a valid chain")
        #expect(try test.store.verify(anchors: [anchor]).firstBreak == .missingAnchor(hash: anchor))
    }
}
