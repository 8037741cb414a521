import Crypto
import Foundation
import GRDB

extension CaseStore {
    /// How many fingerprints one chunk row holds: 512 KiB, small enough that a lookup reads little, large enough
    /// that a match streams 90 million fingerprints in about 1,400 rows.
    static let chunkCapacity = 1 << 16

    /// The case's HMAC key, created (32 random bytes from the system's secure generator) when `creating` and the
    /// store has none yet, with a `key` entry recording its check value. Nil when the store has none and
    /// `creating` is false: nothing has been registered.
    ///
    /// - Parameter recorder: who creates the key, for the log.
    public func recordSecret(creating: Bool, by recorder: String = "lineage") throws(StoreError) -> [UInt8]? {
        if let existing = try read({ db in try Self.secret(db) }) { return existing }
        guard creating else { return nil }
        return try write { db in
            if let existing = try Self.secret(db) { return (existing, .commit) }
            let key = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
            try db.execute(
                literal: "INSERT INTO record_secret (id, key, created_at) VALUES (1, \(Data(key)), \(Self.now()))")
            _ = try chainRecordKey(after: try head(db), by: recorder, db)
            return (key, .commit)
        }
    }

    static func secret(_ db: Database) throws -> [UInt8]? {
        guard try db.tableExists("record_secret") else { return nil }
        return try Data.fetchOne(db, sql: "SELECT key FROM record_secret WHERE id = 1").map { Array($0) }
    }

    /// Registers a record file's fingerprints, all or nothing, in one transaction, as an entry of the hash chain
    /// (after a `key` entry for the record key, when the log has none yet).
    ///
    /// - Parameter fingerprints: for each match key's name, the file's fingerprints sorted ascending without
    ///   repeats.
    /// - Throws: `.unknownDataset` when the case has no such dataset, `.alreadyRegistered` when a file with the
    ///   same bytes was already registered for it in the same role, `.corrupt` when the record key is no longer
    ///   the one the log recorded.
    public func register(
        _ file: NewRecordFile, fingerprints: [String: [UInt64]], by recorder: String
    ) throws(StoreError) -> RecordFileEntry {
        let path = self.path
        return try write { db in
            guard try SQLRequest<Bool>("SELECT 1 FROM dataset WHERE id = \(file.dataset)").fetchOne(db) != nil else {
                throw StoreError(
                    .unknownDataset, "the case has no dataset \(file.dataset) (add it first with lineage add)",
                    path: path)
            }
            if let earlier = try SQLRequest<Int64>(
                """
                SELECT id FROM record_file
                WHERE dataset = \(file.dataset) AND role = \(file.role.rawValue) AND digest = \(file.digest)
                """
            ).fetchOne(db) {
                throw StoreError(
                    .alreadyRegistered,
                    "\(file.origin) was already registered as \(file.role.rawValue) of \(file.dataset) "
                        + "(record file \(earlier)); nothing was added", path: path)
            }
            let head = try chainRecordKey(after: try head(db), by: recorder, db)
            var digest = FingerprintDigest()
            // A key no row gave has no chunks, so it is left out of the digest as `verify` will find it.
            for key in fingerprints.keys.sorted() where !fingerprints[key]!.isEmpty {
                let values = fingerprints[key]!
                digest.beginKey(key, count: values.count)
                values.withUnsafeBufferPointer { digest.add($0) }
            }
            let id = (try Int.fetchOne(db, sql: "SELECT MAX(id) FROM record_file") ?? 0) + 1
            let registration = CanonicalForm.Registration(
                file: id, dataset: file.dataset, role: file.role.rawValue, origin: file.origin, digest: file.digest,
                rows: file.rows, rowsWithoutKey: file.rowsWithoutKey, fingerprints: digest.finalize(),
                unchained: try Self.unchainedFileCount(db))
            let entry = try appendEntry(.registration(registration), after: head, by: recorder, db)
            try db.execute(
                literal: """
                    INSERT INTO record_file (id, entry, dataset, role, origin, digest, rows, rows_without_key,
                        recorded_by, recorded_at, fingerprints_digest)
                    VALUES (\(id), \(entry.sequence), \(file.dataset), \(file.role.rawValue), \(file.origin),
                        \(file.digest), \(file.rows), \(file.rowsWithoutKey), \(recorder), \(entry.recordedAt),
                        \(registration.fingerprints))
                    """)
            try Self.insertChunks(fingerprints, file: Int64(id), db)
            return (try Self.recordFiles(db, id: Int64(id))[0], .commit)
        }
    }

    /// Writes the fingerprints in chunks, every value bound by SQL interpolation; `cachedStatement(literal:)` keeps
    /// the one prepared INSERT for all chunks rather than compiling it for each.
    private static func insertChunks(_ fingerprints: [String: [UInt64]], file: Int64, _ db: Database) throws {
        for (key, values) in fingerprints {
            try values.withUnsafeBufferPointer { all in
                var start = 0
                var position = 0
                while start < all.count {
                    let chunk = UnsafeBufferPointer(rebasing: all[start..<min(start + chunkCapacity, all.count)])
                    try db.cachedStatement(
                        literal: """
                            INSERT INTO fingerprint_chunk (file, key, position, first, count, data)
                            VALUES (\(file), \(key), \(position), \(orderable(chunk[0])), \(chunk.count),
                                \(littleEndianData(chunk)))
                            """
                    ).execute()
                    start += chunk.count
                    position += 1
                }
            }
        }
    }

    /// Every registered record file, in registration order.
    public func recordFiles() throws(StoreError) -> [RecordFileEntry] {
        try read { db in
            guard try db.tableExists("record_file") else { return [] }
            return try Self.recordFiles(db)
        }
    }

    /// The record files, or the one numbered `id`, with their fingerprint counts.
    static func recordFiles(_ db: Database, id: Int64? = nil) throws -> [RecordFileEntry] {
        let only: SQL = id.map { "WHERE id = \($0)" } ?? ""
        var counts: [Int64: [String: Int]] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT file, key, SUM(count) AS fingerprints FROM fingerprint_chunk GROUP BY file, key")
        {
            let columns = RowColumns(row, table: "fingerprint_chunk")
            counts[try columns.integer("file"), default: [:]][try columns.text("key")] =
                Int(try columns.integer("fingerprints"))
        }
        return try SQLRequest<Row>("SELECT * FROM record_file \(only) ORDER BY id").fetchAll(db).map { row in
            let columns = RowColumns(row, table: "record_file")
            let id = try columns.integer("id")
            guard let role = RecordFileEntry.Role(rawValue: try columns.text("role")) else {
                throw columns.problem("unknown role")
            }
            return RecordFileEntry(
                id: id, dataset: try columns.text("dataset"), role: role, origin: try columns.text("origin"),
                digest: try columns.text("digest"), rows: try columns.count("rows"),
                rowsWithoutKey: try columns.count("rows_without_key"), recordedBy: try columns.text("recorded_by"),
                recordedAt: try columns.text("recorded_at"),
                fingerprintsDigest: try columns.text("fingerprints_digest"),
                fingerprintCounts: counts[id] ?? [:],
                entry: columns.has("entry") ? try columns.optionalInteger("entry").map { Int($0) } : nil)
        }
    }

    /// Calls `body` with each chunk of a file's fingerprints for `key`, in ascending order. The buffer is valid
    /// only during the call.
    public func forEachFingerprintChunk(
        of file: Int64, key: String, _ body: (UnsafeBufferPointer<UInt64>) throws -> Void
    ) throws(StoreError) {
        try read { db in
            var buffer = [UInt64](repeating: 0, count: Self.chunkCapacity)
            let rows = try SQLRequest<Row>(
                "SELECT count, data FROM fingerprint_chunk WHERE file = \(file) AND key = \(key) ORDER BY position"
            ).fetchCursor(db)
            while let row = try rows.next() {
                let count = try Self.copy(row, into: &buffer, file: file)
                try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<count])) }
            }
        }
    }

    /// Whether a file holds `fingerprint` for `key`: one indexed read of the one chunk that could hold it.
    public func contains(_ fingerprint: UInt64, inFile file: Int64, key: String) throws(StoreError) -> Bool {
        try read { db in
            guard
                let row = try SQLRequest<Row>(
                    """
                    SELECT count, data FROM fingerprint_chunk
                    WHERE file = \(file) AND key = \(key) AND first <= \(Self.orderable(fingerprint))
                    ORDER BY first DESC LIMIT 1
                    """
                ).fetchOne(db)
            else { return false }
            var buffer = [UInt64](repeating: 0, count: Self.chunkCapacity)
            let count = try Self.copy(row, into: &buffer, file: file)
            return Self.binarySearch(buffer[..<count], for: fingerprint)
        }
    }

    private static func binarySearch(_ sorted: ArraySlice<UInt64>, for value: UInt64) -> Bool {
        var (low, high) = (sorted.startIndex, sorted.endIndex)
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.endIndex && sorted[low] == value
    }

    /// Copies a chunk row's fingerprints into `buffer` (SQLite gives no alignment guarantee for a blob) and
    /// returns how many there are.
    static func copy(_ row: Row, into buffer: inout [UInt64], file: Int64) throws -> Int {
        let columns = RowColumns(row, table: "fingerprint_chunk")
        let count = try columns.count("count")
        try row.withUnsafeData(atIndex: try columns.index(of: "data")) { data in
            guard let data, count <= buffer.count, data.count == count * 8 else {
                throw RowProblem(table: "fingerprint_chunk", id: "\(file)", reason: "a chunk is damaged")
            }
            buffer.withUnsafeMutableBytes { _ = data.copyBytes(to: $0) }
        }
        #if _endian(big)
            for index in 0..<count { buffer[index] = UInt64(littleEndian: buffer[index]) }
        #endif
        return count
    }

    /// A fingerprint as a signed integer whose order is the fingerprint's unsigned order.
    static func orderable(_ fingerprint: UInt64) -> Int64 { Int64(bitPattern: fingerprint ^ (1 << 63)) }

    private static func littleEndianData(_ values: UnsafeBufferPointer<UInt64>) -> Data {
        #if _endian(big)
            return Data(values.flatMap { value in withUnsafeBytes(of: value.littleEndian) { Array($0) } })
        #else
            return Data(buffer: values)
        #endif
    }
}

extension CaseStore {
    /// Every dataset's name by its id, without loading the case: what a match report needs to name record sets.
    package func datasetNames() throws(StoreError) -> [String: String] {
        try read { db in
            Dictionary(
                try Row.fetchAll(db, sql: "SELECT id, name FROM dataset").map { row in
                    let columns = RowColumns(row, table: "dataset")
                    return (try columns.text("id"), try columns.text("name"))
                },
                uniquingKeysWith: { first, _ in first })
        }
    }
}

extension CaseStore {
    /// Recomputes each record file's fingerprint digest from its chunks: how many are intact, and the first that is
    /// not.
    func verifyRecordFiles(_ db: Database) throws -> (Int, StoreVerification.Break?) {
        guard try db.tableExists("record_file") else { return (0, nil) }
        var intact = 0
        var buffer = [UInt64](repeating: 0, count: Self.chunkCapacity)
        for file in try Self.recordFiles(db) {
            var digest = FingerprintDigest()
            for key in file.fingerprintCounts.keys.sorted() {
                digest.beginKey(key, count: file.fingerprintCounts[key]!)
                let rows = try SQLRequest<Row>(
                    """
                    SELECT count, data FROM fingerprint_chunk WHERE file = \(file.id) AND key = \(key)
                    ORDER BY position
                    """
                ).fetchCursor(db)
                while let row = try rows.next() {
                    let count = try Self.copy(row, into: &buffer, file: file.id)
                    buffer.withUnsafeBufferPointer { digest.add(UnsafeBufferPointer(rebasing: $0[..<count])) }
                }
            }
            guard digest.finalize() == file.fingerprintsDigest else {
                return (intact, .fingerprintsAltered(file: file.id, dataset: file.dataset))
            }
            intact += 1
        }
        return (intact, nil)
    }
}
