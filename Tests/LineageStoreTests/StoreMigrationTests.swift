import Foundation
import GRDB
import LineageStore
import Testing

/// The store's versions as GRDB migrations, and registrations as entries of the hash chain, through the store API.
@Suite("Store migrations and chained registrations")
struct StoreMigrationTests {
    /// The migration identifiers, oldest first: a contract with every store ever written, never renamed.
    static let identifiers = [
        "v1-evidence", "v2-records", "v3-format-1.1", "v4-chained-records", "v5-claim-inputs",
    ]

    /// The migrations a store's `grdb_migrations` records, in order.
    static func migrations(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
    }

    @Test func aNewStoreHoldsEveryMigration() throws {
        let test = try TestStore()
        #expect(try Self.migrations(test.path) == Self.identifiers)
        let queue = try DatabaseQueue(path: test.path)
        defer { try? queue.close() }
        // What builds from before the migrator read, so that they refuse a store they would misread.
        #expect(try queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 5)
    }

    @Test func refusesAStoreANewerBuildMigrated() throws {
        let test = try TestStore()
        let queue = try DatabaseQueue(path: test.path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v5-from-the-future')") }
        try queue.close()
        let refused = try #require(throws: StoreError.self) { try CaseStore(opening: test.path) }
        #expect(refused.code == .unsupportedVersion)
    }

    @Test func keepsSQLitesErrorAsTheCause() throws {
        let test = try TestStore()
        try test.add("basics.xml", TestStore.basics)
        let queue = try DatabaseQueue(path: test.path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER record_file_no_update")
            try db.execute(
                sql: "CREATE TRIGGER refuse BEFORE INSERT ON record_file BEGIN SELECT RAISE(ABORT, 'no'); END")
        }
        try queue.close()
        let failed = try #require(throws: StoreError.self) {
            try test.store.register(
                NewRecordFile(
                    dataset: "list", role: .records, origin: "a.csv", digest: "d", rows: 1, rowsWithoutKey: 0),
                fingerprints: [:], by: "tester")
        }
        #expect(failed.code == .database)
        #expect((failed.underlyingError as? DatabaseError)?.resultCode == .SQLITE_CONSTRAINT)
    }

    /// A store with a record key and one file registered: entry 1 added the case, 2 recorded the key, 3 the file.
    private func registered() throws -> (TestStore, RecordFileEntry) {
        let test = try TestStore()
        try test.add("basics.xml", TestStore.basics)
        _ = try test.store.recordSecret(creating: true, by: "tester")
        let file = try test.store.register(
            NewRecordFile(dataset: "list", role: .records, origin: "a.csv", digest: "d1", rows: 5, rowsWithoutKey: 1),
            fingerprints: ["phone": [7, 9]], by: "tester")
        return (test, file)
    }

    @Test func aRegistrationIsAnEntryOfTheChain() throws {
        let (test, file) = try registered()
        let entries = try test.store.entries()
        #expect(entries.count == 3)
        guard case .recordKey = entries[1].change else {
            Issue.record("entry 2 records the key")
            return
        }
        #expect(entries[2].change == .registration(file: file.id, dataset: "list", role: .records, origin: "a.csv"))
        #expect(file.entry == 3)
        let verification = try test.store.verify()
        #expect(verification.isIntact && verification.intactEntries == 3)
        #expect(verification.unchainedRecordFiles.isEmpty && !verification.isRecordKeyUnchained)
    }

    @Test func anEditToARegistrationOrTheKeyIsFound() throws {
        for (sql, expected) in [
            ("UPDATE record_file SET role = 'seeds'", 3),
            ("UPDATE record_file SET dataset = 'other'", 3),
            ("UPDATE record_file SET rows_without_key = 0", 3),
            ("UPDATE record_file SET entry = 2", 3),
            ("UPDATE entry SET key_check = 'ab' WHERE kind = 'key'", 2),
        ] {
            let (test, _) = try registered()
            try test.tamper("DROP TRIGGER record_file_no_update; \(sql)")
            let broken = try test.store.verify().firstBreak
            #expect(broken?.sequence == expected, "\(sql): \(String(describing: broken))")
        }
        let (test, _) = try registered()
        try test.tamper("DROP TRIGGER record_secret_no_update; UPDATE record_secret SET key = randomblob(32)")
        #expect(try test.store.verify().firstBreak == .recordKeyReplaced(sequence: 2))
    }
}
