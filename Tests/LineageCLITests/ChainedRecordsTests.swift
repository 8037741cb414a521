import Foundation
import Testing

/// `verify` covers what `match` answers from: the record registrations and the record key are entries of the hash
/// chain, so the edits that once made `match` lie (a batch turned into seeds, a file moved to another dataset, a key
/// replaced) fail `verify`, and registrations made by an earlier release are named as not covered.
@Suite("Record registrations in the hash chain")
struct ChainedRecordsTests {
    /// Runs `script` with Python's sqlite3 module on the store, `store` being its path: an adversary with write
    /// access, who drops the append-only triggers first.
    static func tamper(_ store: String, _ script: String) throws {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = [
            "python3", "-c",
            """
            import sqlite3, sys, os, hmac, hashlib
            store = sys.argv[1]
            db = sqlite3.connect(store, isolation_level=None)
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
                db.execute("DROP TRIGGER " + name)
            \(script)
            db.close()
            """,
            store,
        ]
        let errors = Pipe()
        python.standardError = errors
        try python.run()
        python.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(python.terminationStatus == 0, "\(message)")
    }

    /// Batches A, B and C registered: entry 1 added the case, 2 recorded the key, 3 to 5 registered the files.
    static func registered() throws -> RecordCommandTests.Case {
        let test = try RecordCommandTests.registered()
        let verified = try test.run(["verify", "case.lineage"])
        #expect(verified.status == 0, "\(verified.standardOutput)\(verified.standardError)")
        #expect(verified.standardOutput.contains("5 entries, chain intact"))
        #expect(verified.standardError.isEmpty, "nothing is left uncovered")
        let log = try test.run(["log", "case.lineage"]).standardOutput
        #expect(log.contains("recorded the check value of the case's record key"))
        #expect(log.contains("registered batch-b.csv as the records of batch-b (record file 2)"))
        return test
    }

    private func expectBroken(
        _ test: RecordCommandTests.Case, at message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let verified = try test.run(["verify", "case.lineage"])
        #expect(verified.status == 1, sourceLocation: sourceLocation)
        #expect(verified.standardOutput.contains(message), "\(verified.standardOutput)", sourceLocation: sourceLocation)
    }

    @Test func aBatchTurnedIntoSeedsFailsVerify() throws {
        let test = try Self.registered()
        try Self.tamper(
            test.folder.store, "db.execute(\"UPDATE record_file SET role = 'seeds' WHERE dataset = 'batch-c'\")")
        // What the edit was for: match now reports a seed hit that no one planted.
        let list = try test.write("rental.csv", [5])
        #expect(try test.run(["match", "case.lineage", list]).standardOutput.contains("seed-found"))
        try expectBroken(test, at: "case.lineage: entry 5 was edited: ")
    }

    @Test func aFileMovedToAnotherDatasetFailsVerify() throws {
        let test = try Self.registered()
        try Self.tamper(test.folder.store, "db.execute(\"UPDATE record_file SET dataset = 'batch-c' WHERE id = 1\")")
        try expectBroken(test, at: "case.lineage: entry 3 was edited: ")
    }

    @Test func changedCountsFailVerify() throws {
        let test = try Self.registered()
        try Self.tamper(test.folder.store, "db.execute(\"UPDATE record_file SET rows = 3000000 WHERE id = 2\")")
        try expectBroken(test, at: "case.lineage: entry 4 was edited: ")
    }

    @Test func aReplacedKeyFailsVerify() throws {
        let test = try Self.registered()
        try Self.tamper(test.folder.store, "db.execute(\"UPDATE record_secret SET key = ?\", (os.urandom(32),))")
        // What the edit was for: every match silently finds nothing.
        let list = try test.write("found.csv", [1, 2, 3])
        #expect(try test.run(["match", "case.lineage", list]).standardOutput.contains("batch-a (Batch A): none"))
        try expectBroken(test, at: "case.lineage: the record key is not the one entry 2 recorded")
        let again = try test.run(["fingerprint", "case.lineage", try test.write("d.csv", [6]), "--dataset", "batch-c"])
        #expect(again.status != 0, "no registration under a replaced key")
        #expect(again.standardError.contains("the record key is not the one entry 2 recorded"))
    }

    @Test func aReplacedKeyWithItsCheckValueFailsVerify() throws {
        let test = try Self.registered()
        // The check value computed as lineage computes it, for the new key: only the chain can tell.
        try Self.tamper(
            test.folder.store,
            """
            key = os.urandom(32)
            check = hmac.new(key, b"ListLineage record key check value\\0", hashlib.sha256).hexdigest()
            db.execute("UPDATE record_secret SET key = ?", (key,))
            db.execute("UPDATE entry SET key_check = ? WHERE kind = 'key'", (check,))
            """)
        try expectBroken(test, at: "case.lineage: entry 2 was edited: ")
    }

    @Test func aRegistrationSlippedInWithoutAnEntryFailsVerify() throws {
        let test = try Self.registered()
        // A row shaped like one an earlier release wrote: no entry, and fingerprints that give its digest (none).
        try Self.tamper(
            test.folder.store,
            """
            db.execute(\"\"\"INSERT INTO record_file (dataset, role, origin, digest, rows, rows_without_key,
                recorded_by, recorded_at, fingerprints_digest) VALUES ('batch-c', 'seeds', 'old.csv', 'ab', 1, 0,
                'tester', '2026-01-01T00:00:00Z', ?)\"\"\", (hashlib.sha256(b"").hexdigest(),))
            """)
        try expectBroken(test, at: "case.lineage: entry 3 was edited: ")
    }

    @Test func registrationsOfAnEarlierReleaseAreNamedAsNotCoveredAndStillVerify() throws {
        let copy = try ReleaseStoreTests.Copy()
        defer { copy.remove() }
        // Release 0.1 registered files as these rows: no entry, fingerprints checked against their digest only.
        try Self.tamper(
            copy.store,
            """
            db.execute("INSERT INTO record_secret (id, key, created_at) VALUES (1, ?, '2026-01-01T00:00:00Z')",
                (os.urandom(32),))
            db.execute(\"\"\"INSERT INTO record_file (dataset, role, origin, digest, rows, rows_without_key,
                recorded_by, recorded_at, fingerprints_digest) VALUES ('batch-2014-06-17', 'records', 'old.csv',
                'ab', 1, 1, 'tester', '2026-01-01T00:00:00Z', ?)\"\"\", (hashlib.sha256(b"").hexdigest(),))
            """)
        let before = try copy.digest()
        let verified = try copy.run(["verify", "case.lineage"])
        #expect(verified.status == 0, "\(verified.standardOutput)\(verified.standardError)")
        #expect(verified.standardOutput.contains("10 entries, chain intact; head: entry 10"))
        #expect(
            verified.standardError.contains(
                "case.lineage: note: record file 1 was registered before registrations were entries of the chain, "
                    + "so its dataset, role and counts are not covered"))
        #expect(verified.standardError.contains("[not-covered]"))
        #expect(verified.standardError.contains("note: the record key was made before it was recorded in the chain"))
        #expect(try copy.digest() == before, "a read never upgrades a store")

        // The first registration upgrades the store and records the key; the old file stays not covered.
        let csv = copy.folder.appendingPathComponent("new.csv")
        try (RecordCommandTests.header + RecordCommandTests.people[1]!.joined(separator: ",") + "\n")
            .write(to: csv, atomically: true, encoding: .utf8)
        let registered = try copy.run(["fingerprint", "case.lineage", "new.csv", "--dataset", "batch-2014-06-17"])
        #expect(registered.status == 0, "\(registered.standardError)")
        let after = try copy.run(["verify", "case.lineage"])
        #expect(after.status == 0, "\(after.standardOutput)\(after.standardError)")
        #expect(after.standardOutput.contains("12 entries, chain intact"))
        #expect(after.standardError.contains("record file 1 was registered before"))
        #expect(!after.standardError.contains("record key"))
    }
}

/// A store made by the build before registrations were chained (`Fixtures/store/schema-3-records.lineage`, schema
/// version 3: the made-up records case added, batch A's records and batch C's seeds registered, by that build's
/// binary): read and matched as it is, its registrations named as not covered, and upgraded by its next
/// registration, which is covered.
@Suite("A store of schema version 3 with registrations")
struct SchemaThreeStoreTests {
    @Test func isVerifiedAsItIsAndUpgradedByItsNextRegistration() throws {
        let folder = try Scratch("lineage-schema-3")
        let store = folder.url.appendingPathComponent("case.lineage")
        try FileManager.default.copyItem(
            at: LineageBinary.fixtures.appendingPathComponent("store/schema-3-records.lineage"), to: store)
        func run(_ arguments: [String]) throws -> LineageBinary.Outcome {
            try LineageBinary.run(arguments, in: folder.url)
        }
        let before = try Data(contentsOf: store)

        let verified = try run(["verify", "case.lineage"])
        #expect(verified.status == 0, "\(verified.standardOutput)\(verified.standardError)")
        #expect(verified.standardOutput.contains("1 entry, chain intact; head: entry 1"))
        #expect(
            verified.standardError.contains("note: record files 1, 2 were registered before registrations were entries")
        )
        #expect(verified.standardError.contains("note: the record key was made before it was recorded in the chain"))
        let list = folder.url.appendingPathComponent("found.csv")
        try
            (RecordCommandTests.header
            + [1, 2].map { RecordCommandTests.people[$0]!.joined(separator: ",") + "\n" }.joined())
            .write(to: list, atomically: true, encoding: .utf8)
        let matched = try run(["match", "case.lineage", "found.csv", "--min-unique", "1"])
        #expect(matched.status == 0, "\(matched.standardError)")
        #expect(matched.standardOutput.contains("batch-a (Batch A): origin"))
        #expect(try Data(contentsOf: store) == before, "reads never upgrade a store")

        let batch = folder.url.appendingPathComponent("batch-b.csv")
        try (RecordCommandTests.header + RecordCommandTests.people[4]!.joined(separator: ",") + "\n")
            .write(to: batch, atomically: true, encoding: .utf8)
        let registered = try run(["fingerprint", "case.lineage", "batch-b.csv", "--dataset", "batch-b"])
        #expect(registered.status == 0, "\(registered.standardError)")
        let after = try run(["verify", "case.lineage"])
        #expect(after.status == 0, "\(after.standardOutput)\(after.standardError)")
        #expect(after.standardOutput.contains("3 entries, chain intact"), "the key, then the registration")
        #expect(after.standardError.contains("record files 1, 2 were registered before"))
        #expect(!after.standardError.contains("record key"))
        #expect(
            try run(["match", "case.lineage", "found.csv", "--min-unique", "1"]).standardOutput.contains(
                "batch-a (Batch A): origin"))

        try ChainedRecordsTests.tamper(store.path, "db.execute(\"UPDATE record_file SET role = 'seeds' WHERE id = 3\")")
        let edited = try run(["verify", "case.lineage"])
        #expect(edited.status == 1)
        #expect(edited.standardOutput.contains("case.lineage: entry 3 was edited: "))
    }
}
