/// A finding about evidence: an error that makes the case unusable until fixed, or a warning about content
/// that contradicts itself (real evidence does, and a case must stay usable while it does).
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    /// A stable name for the rule a diagnostic comes from, for scripts and `--json`. A struct rather than a
    /// closed enum so rules can be added without breaking clients.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        public static let malformedXML = Code(rawValue: "malformed-xml")
        public static let schema = Code(rawValue: "schema")
        public static let forbiddenDTD = Code(rawValue: "forbidden-dtd")
        public static let inputTooLarge = Code(rawValue: "input-too-large")
        public static let unreadable = Code(rawValue: "unreadable")
        public static let badDate = Code(rawValue: "bad-date")
        public static let badGrade = Code(rawValue: "bad-grade")
        public static let duplicateID = Code(rawValue: "duplicate-id")
        public static let unknownReference = Code(rawValue: "unknown-reference")
        public static let wrongKindOfReference = Code(rawValue: "wrong-kind-of-reference")
        public static let missingCite = Code(rawValue: "missing-cite")
        public static let derivationCycle = Code(rawValue: "derivation-cycle")
        public static let beforeDatasetExists = Code(rawValue: "before-dataset-exists")
        public static let reportedBeforeEvent = Code(rawValue: "reported-before-event")
        public static let countUnitsDisagree = Code(rawValue: "count-units-disagree")
        public static let conflictingCounts = Code(rawValue: "conflicting-counts")
        public static let unexpectedDatasetKind = Code(rawValue: "unexpected-dataset-kind")
        public static let containmentCycle = Code(rawValue: "containment-cycle")
        public static let conflictingPrices = Code(rawValue: "conflicting-prices")
        /// An evidence file with no bytes at all (often an empty standard input).
        public static let emptyFile = Code(rawValue: "empty-file")
        /// A file whose XML declaration names an encoding its bytes contradict (UTF-8 text declared ISO-8859-1).
        public static let encodingMismatch = Code(rawValue: "encoding-mismatch")
        /// A `.xml` file in a folder whose root is not `<evidence>`: skipped, with a note.
        public static let notEvidence = Code(rawValue: "not-evidence")
        /// A file given beside a case store that already holds it, byte for byte: read once, from the store.
        public static let alreadyInStore = Code(rawValue: "already-in-store")
        /// A transfer from a party to itself: it moves nothing, and the queries leave it out.
        public static let selfTransfer = Code(rawValue: "self-transfer")
        /// Part of a case store that `verify` cannot vouch for: record files registered, or a record key made,
        /// before registrations were entries of the hash chain.
        public static let notCovered = Code(rawValue: "not-covered")
    }

    /// A secondary place a diagnostic points at, such as the first definition of a duplicated id.
    public struct Note: Hashable, Sendable, Codable {
        public var location: SourceLocation?
        public var message: String

        public init(_ message: String, at location: SourceLocation?) {
            self.message = message
            self.location = location
        }
    }

    public var severity: Severity
    public var code: Code
    public var message: String
    public var location: SourceLocation?
    public var notes: [Note]

    public init(_ severity: Severity, _ code: Code, _ message: String, at location: SourceLocation?, notes: [Note] = []) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.notes = notes
    }

    public static func error(_ code: Code, _ message: String, at location: SourceLocation?, notes: [Note] = []) -> Self {
        Diagnostic(.error, code, message, at: location, notes: notes)
    }

    public static func warning(_ code: Code, _ message: String, at location: SourceLocation?, notes: [Note] = []) -> Self {
        Diagnostic(.warning, code, message, at: location, notes: notes)
    }

    public static func note(_ code: Code, _ message: String, at location: SourceLocation?) -> Self {
        Diagnostic(.note, code, message, at: location)
    }

    /// The compiler form: `path:line:column: error: message [code]`, then one line per note. Control characters
    /// in the path and message are escaped (`LineText`), so a value from the evidence cannot add a line that
    /// looks like another diagnostic.
    public var description: String {
        var lines = ["\(Self.prefix(location))\(severity.rawValue): \(LineText.escaped(message)) [\(code)]"]
        for note in notes {
            lines.append("\(Self.prefix(note.location))note: \(LineText.escaped(note.message))")
        }
        return lines.joined(separator: "\n")
    }

    private static func prefix(_ location: SourceLocation?) -> String {
        location.map { "\(LineText.escaped($0.description)): " } ?? "<case>: "
    }
}

extension Diagnostic {
    /// Orders diagnostics as a reader wants them: by file, then line and column; those with no place last.
    public static func byPlace(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (left?, right?):
            return (left.file, left.line, left.column, lhs.message) < (right.file, right.line, right.column, rhs.message)
        case (.some, .none): return true
        case (.none, .some): return false
        case (.none, .none): return lhs.message < rhs.message
        }
    }
}

/// A diagnostic can also stop an operation: a reader throws the one problem it cannot read past.
extension Diagnostic: Error {}
