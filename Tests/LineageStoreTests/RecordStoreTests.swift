import Foundation
import GRDB
import LineageStore
import Testing

@Suite("Record files in a case store")
struct RecordStoreTests {
    /// A store whose case has the dataset `list`.
    private func storeWithDataset() throws -> TestStore {
        let test = try TestStore()
        try test.add("basics.xml", TestStore.basics)
        return test
    }

    private func file(_ dataset: String = "list", role: RecordFileEntry.Role = .records, digest: String = "d1")
        -> NewRecordFile
    {
        NewRecordFile(dataset: dataset, role: role, origin: "batch.csv", digest: digest, rows: 5, rowsWithoutKey: 1)
    }

    @Test func keepsOneSecretPerCaseAndCreatesItOnlyWhenAsked() throws {
        let test = try storeWithDataset()
        #expect(try test.store.recordSecret(creating: false) == nil)
        let secret = try #require(try test.store.recordSecret(creating: true))
        #expect(secret.count == 32)
        #expect(try test.store.recordSecret(creating: true) == secret)
        #expect(try CaseStore(opening: test.path, readOnly: true).recordSecret(creating: false) == secret)
        #expect(try TestStore().store.recordSecret(creating: true) != secret, "each case has its own")
    }

    @Test func streamsAFilesFingerprintsInAscendingChunks() throws {
        let test = try storeWithDataset()
        let many = (0..<150_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }.sorted()
        let entry = try test.store.register(
            file(), fingerprints: ["kana-birth": many, "phone": [1, 2, 3]], by: "tester")
        #expect(entry.dataset == "list" && entry.role == .records && entry.rows == 5 && entry.rowsWithoutKey == 1)
        #expect(entry.fingerprintCounts == ["kana-birth": 150_000, "phone": 3])
        var streamed: [UInt64] = []
        var chunks = 0
        try test.store.forEachFingerprintChunk(of: entry.id, key: "kana-birth") { chunk in
            streamed += chunk
            chunks += 1
        }
        #expect(streamed == many)
        #expect(chunks == 3, "65,536 a chunk")
        #expect(try test.store.recordFiles() == [entry])
    }

    @Test func findsAFingerprintByReadingOneChunk() throws {
        let test = try storeWithDataset()
        // Values on both sides of the sign bit, so the chunk index must order them as unsigned.
        let values = (0..<200_000).map { UInt64($0) &* 0xD6E8_FEB8_6659_FD93 }.sorted()
        let entry = try test.store.register(file(), fingerprints: ["phone": values], by: "tester")
        for value in [values[0], values[65_535], values[65_536], values[199_999], values[123_457]] {
            #expect(try test.store.contains(value, inFile: entry.id, key: "phone"))
        }
        #expect(try !test.store.contains(values[10] + 1, inFile: entry.id, key: "phone"))
        #expect(try !test.store.contains(values[10], inFile: entry.id, key: "kana-birth"))
        #expect(try !test.store.contains(0, inFile: entry.id + 1, key: "phone"))
    }

    @Test func refusesAnUnknownDatasetAndTheSameFileTwice() throws {
        let test = try storeWithDataset()
        let unknown = try #require(throws: StoreError.self) {
            try test.store.register(file("no-such"), fingerprints: [:], by: "tester")
        }
        #expect(unknown.code == .unknownDataset)
        _ = try test.store.register(file(), fingerprints: ["phone": [7]], by: "tester")
        let again = try #require(throws: StoreError.self) {
            try test.store.register(file(), fingerprints: ["phone": [7]], by: "tester")
        }
        #expect(again.code == .alreadyRegistered)
        _ = try test.store.register(file(role: .seeds), fingerprints: ["phone": [7]], by: "tester")
        #expect(try test.store.recordFiles().map(\.role) == [.records, .seeds])
    }

    @Test func isAppendOnlyLikeTheRestOfTheStore() throws {
        let test = try storeWithDataset()
        _ = try test.store.recordSecret(creating: true)
        _ = try test.store.register(file(), fingerprints: ["phone": [7]], by: "tester")
        let queue = try DatabaseQueue(path: test.path)
        defer { try? queue.close() }
        for sql in ["DELETE FROM fingerprint_chunk", "UPDATE record_file SET rows = 1", "DELETE FROM record_secret"] {
            #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: sql) } }
        }
    }

    @Test func verifyFindsFingerprintsChangedBehindItsBack() throws {
        let test = try storeWithDataset()
        let entry = try test.store.register(file(), fingerprints: ["phone": [7, 9], "kana-birth": []], by: "tester")
        let intact = try test.store.verify()
        #expect(intact.isIntact && intact.intactRecordFiles == 1)
        let queue = try DatabaseQueue(path: test.path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER fingerprint_chunk_no_update")
            try db.execute(sql: "UPDATE fingerprint_chunk SET data = zeroblob(16)")
        }
        try queue.close()
        #expect(try test.store.verify().firstBreak == .fingerprintsAltered(file: entry.id, dataset: "list"))
    }

    @Test func upgradesAVersionOneStoreWhenRecordsAreFirstRegistered() throws {
        let test = try storeWithDataset()
        let queue = try DatabaseQueue(path: test.path)
        try queue.writeWithoutTransaction { db in
            // What a version 1 store lacks: the record tables, and the migrator's table (a store made before the
            // migrator says what it holds by user_version alone).
            for table in ["record_secret", "record_file", "fingerprint_chunk", "claim_input", "grdb_migrations"] {
                try db.execute(sql: "DROP TABLE \(table)")
            }
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        try queue.close()
        let store = try CaseStore(opening: test.path)
        #expect(try store.recordFiles().isEmpty)
        #expect(try store.recordSecret(creating: false) == nil)
        _ = try store.register(file(), fingerprints: ["phone": [7]], by: "tester")
        #expect(try store.recordFiles().count == 1)
        #expect(try store.verify().isIntact)
        #expect(try StoreMigrationTests.migrations(test.path) == StoreMigrationTests.identifiers)
    }
}
