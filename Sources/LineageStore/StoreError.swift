/// Why a case store could not be created, opened, read or written.
///
/// A struct wrapping a code rather than a closed enum, so new reasons can be added without breaking clients.
/// Evidence problems are not store errors: they are diagnostics, and a rejected file is an outcome of
/// `CaseStore.add`, not a failure of the store.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The reason's stable name, for scripts.
        public let rawValue: String
        /// Private: the members below are the whole catalogue.
        private init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// `init` was asked to create a store where a file already is.
        public static let alreadyExists = Code("already-exists")
        /// The path holds no file, or one that cannot be opened.
        public static let unreadable = Code("unreadable")
        /// The file is not a ListLineage case store (another SQLite database, or no database at all).
        public static let notAStore = Code("not-a-store")
        /// The store was written by a newer `lineage` with a schema this one does not know.
        public static let unsupportedVersion = Code("unsupported-version")
        /// A row cannot be read back into evidence: the store was damaged or edited.
        public static let corrupt = Code("corrupt")
        /// A retraction names a claim the store does not hold, or one already retracted.
        public static let cannotRetract = Code("cannot-retract")
        /// Records were registered for a dataset the case does not have.
        public static let unknownDataset = Code("unknown-dataset")
        /// The same file was already registered for the same dataset, in the same role.
        public static let alreadyRegistered = Code("already-registered")
        /// SQLite refused an operation (disk full, locked for too long, read-only file system, ...).
        public static let database = Code("database")
    }

    /// What would give the user a store, when the path is not one; a front end words it (the CLI as the
    /// `lineage init` command to run), since the library knows no commands.
    public enum Remedy: Hashable, Sendable {
        /// Create a store at this path: the path given when nothing is there, or an example name when the path
        /// is a folder.
        case createStore(at: String)
        /// The path holds some other file: a store has to be created, somewhere else.
        case createStoreElsewhere
    }

    public let code: Code
    /// The store's path, as the user named it.
    public let path: String
    /// What is wrong, in the store's terms.
    public let message: String
    /// What would give the user a store, for `unreadable` and `notAStore`; nil when no store needs creating.
    public let remedy: Remedy?
    /// The error SQLite or the file system reported, kept for a caller that wants more than `message`.
    public let underlyingError: (any Error)?

    package init(
        _ code: Code, _ message: String, path: String, remedy: Remedy? = nil,
        underlyingError: (any Error)? = nil
    ) {
        self.code = code
        self.message = message
        self.path = path
        self.remedy = remedy
        self.underlyingError = underlyingError
    }

    /// Equal when code, path, message and remedy are: the underlying error is context, not identity.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        (lhs.code, lhs.path, lhs.message, lhs.remedy) == (rhs.code, rhs.path, rhs.message, rhs.remedy)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(path)
        hasher.combine(message)
        hasher.combine(remedy)
    }

    /// `case.lineage: message`, the form the other path-based messages take.
    public var description: String { "\(path): \(message)" }
}
