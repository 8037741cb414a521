import Crypto
import GRDB

/// Record registrations and the record key as entries of the hash chain (schema version 4), so that `verify` covers
/// what `match` and `lookup` answer from: which dataset a file belongs to, whether its rows are records or seeds,
/// its counts and digests, and which key the fingerprints were made with.
///
/// A `register` entry's content is its `record_file` row (which names the entry); a `key` entry's is the key's
/// check value, in the entry row's `key_check` (`docs/store.md`). The key itself is never in the chain, nor printed.
extension CaseStore {
    /// Version 4's change: `entry` rebuilt to allow the kinds `register` and `key` and to hold `key_check`, and
    /// `record_file` given the entry that registered each file (NULL for files registered before version 4, which
    /// `verify` names as not covered). SQLite cannot change a CHECK constraint in place, so `entry` is copied into a
    /// new table, row for row, as SQLite's documentation describes; every hash stays as it was.
    static func chainRecordRegistrations(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE new_entry (
                    sequence INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('add', 'retract', 'register', 'key')),
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    origin TEXT,
                    digest TEXT,
                    claim TEXT,
                    reason TEXT,
                    previous_hash TEXT NOT NULL,
                    hash TEXT NOT NULL UNIQUE,
                    key_check TEXT
                );
                INSERT INTO new_entry (sequence, kind, recorded_by, recorded_at, origin, digest, claim, reason,
                    previous_hash, hash)
                SELECT sequence, kind, recorded_by, recorded_at, origin, digest, claim, reason, previous_hash, hash
                FROM entry;
                DROP TABLE entry;
                ALTER TABLE new_entry RENAME TO entry;
                ALTER TABLE record_file ADD COLUMN entry INTEGER REFERENCES entry(sequence);
                CREATE UNIQUE INDEX record_file_entry ON record_file(entry);
                """)
        try forbidChanges(to: ["entry"], db)
    }

    /// Whether the store has version 4's columns: a store no write has upgraded has none, and no chained records.
    static func chainsRecords(_ db: Database) throws -> Bool {
        try db.columns(in: "record_file").contains { $0.name == "entry" }
    }

    /// The check value of a record key: HMAC-SHA256, under the key, of a fixed text, in hex. It shows that the key
    /// in the store is the one the chain recorded, and says nothing about the key: without the key it cannot be
    /// computed, and the key cannot be found from it.
    static func checkValue(ofRecordKey key: [UInt8]) -> String {
        let code = HMAC<SHA256>.authenticationCode(
            for: Array("ListLineage record key check value\0".utf8), using: SymmetricKey(data: key))
        return code.map { byte in byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16) }.joined()
    }

    /// The check value the log last recorded for the record key, with its entry; nil when no entry recorded one.
    static func recordedKeyCheck(_ db: Database) throws -> (sequence: Int, check: String)? {
        guard try chainsRecords(db),
            let row = try Row.fetchOne(
                db, sql: "SELECT sequence, key_check FROM entry WHERE kind = 'key' ORDER BY sequence DESC LIMIT 1")
        else { return nil }
        let columns = RowColumns(row, table: "entry")
        return (Int(try columns.integer("sequence")), try columns.text("key_check"))
    }

    /// Appends a `key` entry for the store's record key when the log has none yet (a new key, or one made before
    /// version 4), so that every registration after it is made under a key the chain covers. Refuses to go on
    /// when the key is no longer the one the log recorded. Call only inside a write transaction.
    ///
    /// - Returns: the head after the entry, or `head` when nothing was appended.
    func chainRecordKey(after head: Head, by recorder: String, _ db: Database) throws -> Head {
        guard let key = try Self.secret(db) else { return head }
        let check = Self.checkValue(ofRecordKey: key)
        if let recorded = try Self.recordedKeyCheck(db) {
            guard recorded.check == check else {
                throw StoreError(
                    .corrupt,
                    "the record key is not the one entry \(recorded.sequence) recorded: it was replaced outside "
                        + "lineage (run lineage verify); nothing was registered", path: path)
            }
            return head
        }
        let entry = try appendEntry(.recordKey(check: check), after: head, by: recorder, db)
        return Head(sequence: entry.sequence, hash: entry.hash)
    }

    /// The canonical content of the registration entry `sequence`, from its `record_file` row as it reads now.
    func registrationForm(ofEntry sequence: Int, recordedBy: String, recordedAt: String, _ db: Database) throws
        -> CanonicalForm.Registration
    {
        guard let row = try SQLRequest<Row>("SELECT * FROM record_file WHERE entry = \(sequence)").fetchOne(db) else {
            throw RowProblem(table: "record_file", id: "entry \(sequence)", reason: "no record file names this entry")
        }
        let columns = RowColumns(row, table: "record_file")
        guard try columns.text("recorded_by") == recordedBy, try columns.text("recorded_at") == recordedAt else {
            throw columns.problem("who registered it, or when, is not what its entry says")
        }
        return CanonicalForm.Registration(
            file: try columns.count("id"), dataset: try columns.text("dataset"), role: try columns.text("role"),
            origin: try columns.text("origin"), digest: try columns.text("digest"),
            rows: try columns.count("rows"), rowsWithoutKey: try columns.count("rows_without_key"),
            fingerprints: try columns.text("fingerprints_digest"), unchained: try Self.unchainedFileCount(db))
    }

    /// How many record files no entry registered: those registered before version 4. A registration entry records
    /// the number, so a file slipped in later without an entry shows as an edit to every registration since.
    static func unchainedFileCount(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM record_file WHERE entry IS NULL") ?? 0
    }
}

extension RowColumns {
    /// A count column: an integer, not negative.
    func count(_ name: String) throws(RowProblem) -> Int {
        let value = try integer(name)
        guard value >= 0, let count = Int(exactly: value) else { throw problem("column \(name) is negative") }
        return count
    }
}
