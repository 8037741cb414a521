public import GRDB

/// Why a case store could not be created, opened, read or written.
///
/// A struct wrapping a code rather than a closed enum, so new reasons can be added without breaking clients.
/// Evidence problems are not store errors: they are diagnostics, and a rejected file is an outcome of
/// `CaseStore.add`, not a failure of the store.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// `init` was asked to create a store where a file already is.
        public static let alreadyExists = Code(rawValue: "already-exists")
        /// The path holds no file, or one that cannot be opened.
        public static let unreadable = Code(rawValue: "unreadable")
        /// The file is not a ListLineage case store (another SQLite database, or no database at all).
        public static let notAStore = Code(rawValue: "not-a-store")
        /// The store was written by a newer `lineage` with a schema this one does not know.
        public static let unsupportedVersion = Code(rawValue: "unsupported-version")
        /// A row cannot be read back into evidence: the store was damaged or edited.
        public static let corrupt = Code(rawValue: "corrupt")
        /// A retraction names a claim the store does not hold, or one already retracted.
        public static let cannotRetract = Code(rawValue: "cannot-retract")
        /// Records were registered for a dataset the case does not have.
        public static let unknownDataset = Code(rawValue: "unknown-dataset")
        /// The same file was already registered for the same dataset, in the same role.
        public static let alreadyRegistered = Code(rawValue: "already-registered")
        /// SQLite refused an operation (disk full, locked for too long, read-only file system, ...).
        public static let database = Code(rawValue: "database")
    }

    public let code: Code
    /// The store's path, as the user named it.
    public let path: String
    public let message: String
    /// SQLite's own error, when SQLite refused the operation (`.database`): its result code tells a full disk from
    /// a lock held too long or a read-only file system, which a caller may want to tell apart. Not part of
    /// equality: two errors with the same code, path and message are the same error.
    public let underlying: DatabaseError?

    public init(_ code: Code, _ message: String, path: String, cause: DatabaseError? = nil) {
        self.code = code
        self.message = message
        self.path = path
        underlying = cause
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        (lhs.code, lhs.path, lhs.message) == (rhs.code, rhs.path, rhs.message)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(path)
        hasher.combine(message)
    }

    /// `case.lineage: message`, the form the other path-based messages take.
    public var description: String { "\(path): \(message)" }
}
