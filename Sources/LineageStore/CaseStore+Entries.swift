import Foundation
import GRDB
import LineageCore

extension CaseStore {
    /// The head of the log: the last entry's number and hash.
    struct Head: Hashable {
        var sequence: Int
        var hash: String

        /// Before the first entry.
        static let empty = Head(sequence: 0, hash: CanonicalForm.genesis)
    }

    func head(_ db: Database) throws -> Head {
        guard let row = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM entry ORDER BY sequence DESC LIMIT 1")
        else { return .empty }
        let columns = RowColumns(row, table: "entry")
        return Head(sequence: Int(try columns.integer(0)), hash: try columns.text(1))
    }

    /// Appends the entry for `change` after `head`: computes its hash from the head this transaction sees, and
    /// writes the entry row (the caller writes an addition's items). Call only inside a write transaction.
    func appendEntry(_ change: CanonicalForm.Change, after head: Head, by recorder: String, _ db: Database) throws
        -> StoreEntry
    {
        let form = CanonicalForm(
            sequence: head.sequence + 1, recordedBy: recorder, recordedAt: Self.now(), change: change)
        let hash = form.hash(after: head.hash)
        var origin: String?
        var digest: String?
        var claim: String?
        var reason: String?
        let entryChange: StoreEntry.Change
        switch change {
        case .addition(let from, let fileDigest, let items):
            (origin, digest) = (from, fileDigest)
            entryChange = .addition(origin: from, digest: fileDigest, counts: StoreEntry.ItemCounts(items))
        case .retraction(let retracted, let why):
            (claim, reason) = (retracted.rawValue, why)
            entryChange = .retraction(claim: retracted, reason: why)
        }
        try db.execute(
            sql: """
                INSERT INTO entry (sequence, kind, recorded_by, recorded_at, origin, digest, claim, reason,
                    previous_hash, hash)
                VALUES (?,?,?,?,?,?,?,?,?,?)
                """,
            arguments: [
                form.sequence, claim == nil ? "add" : "retract", recorder, form.recordedAt, origin, digest, claim,
                reason, head.hash, hash,
            ])
        return StoreEntry(
            sequence: form.sequence, recordedBy: recorder, recordedAt: form.recordedAt, change: entryChange,
            previousHash: head.hash, hash: hash)
    }

    /// The current time in UTC, to the second: `2026-11-23T09:41:07Z`.
    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }

    /// The hash of the last entry (the genesis hash for an empty store): what a reader that keeps a case in
    /// memory polls to learn that another writer has added or retracted evidence since it read the store.
    public func headHash() throws(StoreError) -> String {
        try read { db in try head(db).hash }
    }

    /// The log, oldest first, with how many items each addition brought.
    public func entries() throws(StoreError) -> [StoreEntry] {
        try read { db in
            var counts: [Int: StoreEntry.ItemCounts] = [:]
            for (table, key) in [
                ("source", \StoreEntry.ItemCounts.sources), ("party", \.parties),
                ("dataset", \.datasets), ("claim", \.claims),
            ] as [(String, WritableKeyPath<StoreEntry.ItemCounts, Int>)] {
                for row in try Row.fetchAll(db, sql: "SELECT entry, COUNT(*) FROM \(table) GROUP BY entry") {
                    let columns = RowColumns(row, table: table)
                    counts[Int(try columns.integer(0)), default: StoreEntry.ItemCounts()][keyPath: key] =
                        Int(try columns.integer(1))
                }
            }
            return try entryRows(db).map { row in try entry(from: row, counts: counts) }
        }
    }

    /// Every entry row, in order.
    func entryRows(_ db: Database) throws -> [Row] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT sequence, kind, recorded_by, recorded_at, origin, digest, claim, reason, previous_hash, hash
                FROM entry ORDER BY sequence
                """)
    }

    /// An entry from its row; an addition's counts come from `counts`, since the rows of its items hold them.
    func entry(from row: Row, counts: [Int: StoreEntry.ItemCounts]) throws -> StoreEntry {
        let columns = RowColumns(row, table: "entry")
        let sequence = Int(try columns.integer(0))
        let change: StoreEntry.Change
        switch try columns.text(1) {
        case "add":
            change = .addition(
                origin: try columns.text(4), digest: try columns.optionalText(5),
                counts: counts[sequence] ?? StoreEntry.ItemCounts())
        case "retract":
            change = .retraction(claim: ClaimID(try columns.text(6)), reason: try columns.text(7))
        case let other:
            throw columns.problem("'\(other)' is not a kind of entry")
        }
        return StoreEntry(
            sequence: sequence, recordedBy: try columns.text(2), recordedAt: try columns.text(3), change: change,
            previousHash: try columns.text(8), hash: try columns.text(9))
    }
}
