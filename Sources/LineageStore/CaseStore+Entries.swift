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
        return Head(sequence: Int(try columns.integer("sequence")), hash: try columns.text("hash"))
    }

    /// Appends the entry for `change` after `head`: computes its hash from the head this transaction sees, and
    /// writes the entry row (the caller writes an addition's items). Call only inside a write transaction.
    func appendEntry(_ change: CanonicalForm.Change, after head: Head, by recorder: String, _ db: Database) throws
        -> StoreEntry
    {
        let form = CanonicalForm(
            sequence: head.sequence + 1, recordedBy: recorder, recordedAt: Self.now(), change: change)
        let hash = form.hash(after: head.hash)
        var kind = "add"
        var origin: String?
        var digest: String?
        var claim: String?
        var reason: String?
        var keyCheck: String?
        let entryChange: StoreEntry.Change
        switch change {
        case .addition(let from, let fileDigest, let items):
            (origin, digest) = (from, fileDigest)
            entryChange = .addition(origin: from, digest: fileDigest, counts: StoreEntry.ItemCounts(items))
        case .retraction(let retracted, let why):
            (kind, claim, reason) = ("retract", retracted.rawValue, why)
            entryChange = .retraction(claim: retracted, reason: why)
        case .registration(let registration):
            // The file's own row holds what the entry covers; the caller writes it, naming this entry.
            kind = "register"
            guard let role = RecordFileEntry.Role(rawValue: registration.role) else {
                throw RowProblem(table: "record_file", id: "\(registration.file)", reason: "unknown role")
            }
            entryChange = .registration(
                file: Int64(registration.file), dataset: registration.dataset, role: role, origin: registration.origin)
        case .recordKey(let check):
            (kind, keyCheck) = ("key", check)
            entryChange = .recordKey(check: check)
        }
        try db.execute(
            literal: """
                INSERT INTO entry (sequence, kind, recorded_by, recorded_at, origin, digest, claim, reason,
                    previous_hash, hash, key_check)
                VALUES (\(form.sequence), \(kind), \(recorder), \(form.recordedAt), \(origin), \(digest), \(claim),
                    \(reason), \(head.hash), \(hash), \(keyCheck))
                """)
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
                for row in try Row.fetchAll(db, sql: "SELECT entry, COUNT(*) AS items FROM \(table) GROUP BY entry") {
                    let columns = RowColumns(row, table: table)
                    counts[Int(try columns.integer("entry")), default: StoreEntry.ItemCounts()][keyPath: key] =
                        Int(try columns.integer("items"))
                }
            }
            let registrations = try Self.registrations(db)
            return try entryRows(db).map { row in try entry(from: row, counts: counts, registrations: registrations) }
        }
    }

    /// Every entry row, in order, with every column the store's version has.
    func entryRows(_ db: Database) throws -> [Row] {
        try Row.fetchAll(db, sql: "SELECT * FROM entry ORDER BY sequence")
    }

    /// The registration entries' files, by entry: what a `register` entry row itself does not hold.
    static func registrations(_ db: Database) throws -> [Int: StoreEntry.Change] {
        guard try db.tableExists("record_file"), try chainsRecords(db) else { return [:] }
        var registrations: [Int: StoreEntry.Change] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT entry, id, dataset, role, origin FROM record_file WHERE entry IS NOT NULL")
        {
            let columns = RowColumns(row, table: "record_file", idColumn: 1)
            guard let role = RecordFileEntry.Role(rawValue: try columns.text("role")) else {
                throw columns.problem("unknown role")
            }
            registrations[Int(try columns.integer("entry"))] = .registration(
                file: try columns.integer("id"), dataset: try columns.text("dataset"), role: role,
                origin: try columns.text("origin"))
        }
        return registrations
    }

    /// An entry from its row; an addition's counts come from `counts`, and a registration's file from
    /// `registrations`, since other rows hold them.
    func entry(from row: Row, counts: [Int: StoreEntry.ItemCounts], registrations: [Int: StoreEntry.Change]) throws
        -> StoreEntry
    {
        let columns = RowColumns(row, table: "entry")
        let sequence = Int(try columns.integer("sequence"))
        let change: StoreEntry.Change
        switch try columns.text("kind") {
        case "add":
            change = .addition(
                origin: try columns.text("origin"), digest: try columns.optionalText("digest"),
                counts: counts[sequence] ?? StoreEntry.ItemCounts())
        case "retract":
            change = .retraction(claim: ClaimID(try columns.text("claim")), reason: try columns.text("reason"))
        case "register":
            guard let registration = registrations[sequence] else {
                throw columns.problem("no record file names this registration")
            }
            change = registration
        case "key":
            change = .recordKey(check: try columns.text("key_check"))
        case let other:
            throw columns.problem("'\(other)' is not a kind of entry")
        }
        return StoreEntry(
            sequence: sequence, recordedBy: try columns.text("recorded_by"),
            recordedAt: try columns.text("recorded_at"), change: change,
            previousHash: try columns.text("previous_hash"), hash: try columns.text("hash"))
    }
}
