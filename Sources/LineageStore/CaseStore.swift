import Foundation
import GRDB
import LineageCore

/// A case store: a case kept in one SQLite file as an append-only log of entries, each hash-chained to the one
/// before, with the items the entries added held in tables that load straight into an `EvidenceCase`.
///
/// Investigators add evidence as it arrives (`add`), withdraw a claim that turned out wrong without erasing that it
/// was once believed (`retract`), and show that nothing was edited afterwards (`verify`). `docs/store.md` gives the
/// schema, the canonical form the hashes cover, and what verification can and cannot detect.
///
/// Reliability comes from SQLite: every change is one IMMEDIATE transaction, so a process killed mid-way leaves
/// the store as it was before, and two writers take turns (WAL mode, a busy timeout) instead of failing. The hash
/// of a new entry is computed inside its transaction, from the head the transaction sees, so concurrent writers
/// always extend the chain rather than fork it.
///
/// One instance owns one database connection, which it closes when released. It is not `Sendable`: a store
/// belongs to the one task using it, like GRDB's own connection handles.
public final class CaseStore {
    /// The path as the user named it: how diagnostics and messages name the store.
    public let path: String
    let database: DatabaseQueue
    /// The whole case, as the last `add` that had to load it left it (a file refused, or one added through the old
    /// path), kept with what later adds appended, so that trying files again in one run loads the store only once.
    /// Used only while the store's head is still the one it was kept at; another writer's entry invalidates it.
    var cache: LoadedState?

    /// How long a writer waits for another to finish before giving up. Validating a large file against a large
    /// store happens inside the write transaction, so the wait must allow for a few of those.
    static let busyTimeout: Double = 600

    /// The 16 bytes every SQLite 3 database file starts with.
    static let header = Array("SQLite format 3\0".utf8)

    /// Opens an existing store.
    ///
    /// - Parameter readOnly: open it for reading only, as the read commands do.
    public init(opening path: String, readOnly: Bool = false) throws(StoreError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw StoreError(.unreadable, "no such case store", path: path, remedy: .createStore(at: path))
        }
        guard !isDirectory.boolValue else {
            throw StoreError(
                .unreadable,
                "this is a folder, not a case store: a store is one file, such as case.lineage", path: path,
                remedy: .createStore(at: "case.lineage"))
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw StoreError(.unreadable, "permission denied: the store cannot be read", path: path)
        }
        guard Self.isStore(at: path) else {
            throw StoreError(
                .notAStore,
                "this is not a case store (an evidence file, or another kind of file?)", path: path,
                remedy: .createStoreElsewhere)
        }
        self.path = path
        database = try Self.connect(path, readOnly: readOnly)
        try checkIdentity()
    }

    /// Creates a new, empty store at `path`, readable and writable by its owner only. Refuses to touch an
    /// existing file.
    public static func create(at path: String) throws(StoreError) -> CaseStore {
        // Creating the file ourselves is what sets its mode: SQLite would create it 0644, and gives the -wal and
        // -shm files the mode of the database file.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            if errno == EEXIST {
                throw StoreError(
                    .alreadyExists, "a file already exists there; a store is never overwritten", path: path)
            }
            throw StoreError(.unreadable, "cannot create the store: \(reason)", path: path)
        }
        close(descriptor)
        do {
            let database = try connect(path, readOnly: false)
            try perform(path) {
                try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
                try StoreMigrations.migrator.migrate(database)
            }
            try perform(path) { try database.close() }
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
        return try CaseStore(opening: path)
    }

    /// Whether the file at `path` is an SQLite database, by its first 16 bytes. This is how the read commands
    /// tell a store from evidence XML, whatever the file is named; whether it is a *case* store is checked on
    /// opening it.
    public static func isStore(at path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let bytes = try? handle.read(upToCount: header.count) else { return false }
        return Array(bytes) == header
    }

    /// Whether the file at `path` is a ListLineage case store, by its content: SQLite's header and, at offset 68
    /// of it, our `application_id`. Read without opening the database, so it works on any file and changes
    /// nothing; this is how an output that would overwrite a store is refused, whatever the store is named.
    package static func isCaseStore(at path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let bytes = try? handle.read(upToCount: 72), bytes.count == 72, Array(bytes.prefix(16)) == header
        else { return false }
        let application = bytes.suffix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return Int32(bitPattern: application) == applicationID
    }

    private static func connect(_ path: String, readOnly: Bool) throws(StoreError) -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "case store"
        configuration.prepareDatabase { db in
            // FULL: an entry reported added survives a power cut, not only a killed process.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = FULL") }
        }
        let location = readOnly ? readOnlyLocation(of: path) : path
        return try perform(path) { try DatabaseQueue(path: location, configuration: configuration) }
    }

    /// Where to open a store for reading: the path itself, unless neither the store nor its folder can be
    /// written (write-protected media, a folder of someone else's). A store in WAL mode is then opened as an
    /// SQLite URI with `immutable=1`, since SQLite cannot create the shared-memory file it needs to read it
    /// otherwise; with a `-wal` file left beside it, `mode=ro` instead, so that what the `-wal` holds is read.
    /// (URI names need SQLite built with `SQLITE_USE_URI`, as Debian's and Apple's are.)
    static func readOnlyLocation(of path: String) -> String {
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        guard access(path, W_OK) != 0 || access(folder.isEmpty ? "/" : folder, W_OK) != 0 else { return path }
        var status = stat()
        let hasLog = stat(path + "-wal", &status) == 0 && status.st_size > 0
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var encoded = ""
        for scalar in absolute.unicodeScalars {
            switch scalar {
            case "%", "?", "#", " ": encoded += "%" + String(scalar.value, radix: 16, uppercase: true)
            default: encoded.unicodeScalars.append(scalar)
            }
        }
        return "file:\(encoded)?\(hasLog ? "mode=ro" : "immutable=1")"
    }

    /// Checks that the database is a case store this build can read.
    private func checkIdentity() throws(StoreError) {
        let (application, isNewer) = try read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0, try StoreMigrations.isNewer(db))
        }
        guard application == Self.applicationID else {
            throw StoreError(.notAStore, "this SQLite database is not a ListLineage case store", path: path)
        }
        guard !isNewer else {
            throw StoreError(
                .unsupportedVersion,
                "the store was written by a newer lineage, with a schema this one (version "
                    + "\(StoreMigrations.latestVersion)) does not know", path: path)
        }
    }

    /// Runs `body` in a read transaction, turning SQLite's errors into store errors.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try Self.perform(path) { try database.read(body) }
    }

    /// Runs `body` in one IMMEDIATE transaction: it takes the write lock at once (waiting up to `busyTimeout` for
    /// another writer), sees the latest committed state, and commits only if `body` returns `.commit`.
    ///
    /// A store older than this build is upgraded first, by the migrator (`StoreMigrations`), but only for a write
    /// that will happen: `body` is first tried in a transaction that holds the new schema and is rolled back, and
    /// only if it would commit is the store upgraded and `body` run again for real. So a rejected write leaves an
    /// old store as it was, byte for byte, at the cost of doing the first write's work twice.
    func write<T>(_ body: (Database) throws -> (T, Database.TransactionCompletion)) throws(StoreError) -> T {
        try Self.perform(path) {
            if try !database.read(StoreMigrations.isCurrent) {
                let (value, completion) = try database.writeWithoutTransaction { db in
                    // GRDB keeps what it learnt of the trial's schema past the rollback unless told to forget it.
                    defer { db.clearSchemaCache() }
                    var trial: (T, Database.TransactionCompletion)?
                    try db.inTransaction(.immediate) {
                        try StoreMigrations.tryPendingSteps(db)
                        trial = try body(db)
                        return .rollback
                    }
                    return trial!
                }
                guard completion == .commit else { return value }
                try StoreMigrations.upgrade(database)
            }
            return try database.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    let (value, completion) = try body(db)
                    result = value
                    return completion
                }
                return result!
            }
        }
    }

    /// Runs `body`, turning whatever it throws into a `StoreError` about this store.
    static func perform<T>(_ path: String, _ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as RowProblem {
            throw StoreError(.corrupt, error.description, path: path, underlyingError: error)
        } catch let error as DatabaseError {
            throw StoreError(
                .database, "SQLite: \(error.message ?? error.description)", path: path, underlyingError: error)
        } catch {
            throw StoreError(.database, "\(error)", path: path, underlyingError: error)
        }
    }

    /// The location of an item read from entry `sequence` of this store: `case.lineage:12`, the number
    /// `lineage log` shows. There is no column: a store has no lines, and the XML layer leaves it alone.
    func location(ofEntry sequence: Int) -> SourceLocation {
        SourceLocation(file: path, line: sequence, column: 0)
    }
}

@available(*, unavailable, message: "a store's connection belongs to the one task using it")
extension CaseStore: Sendable {}
