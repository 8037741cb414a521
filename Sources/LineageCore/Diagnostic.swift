/// A finding about evidence: an error that makes the case unusable until fixed, or a warning about content
/// that contradicts itself (real evidence does, and a case must stay usable while it does).
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How much a diagnostic matters: an error makes the case unusable, a warning does not; a note adds to one.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    /// A secondary place a diagnostic points at, such as the first definition of a duplicated id.
    public struct Note: Hashable, Sendable, Codable {
        /// The place pointed at.
        public var location: SourceLocation?
        /// What is there, such as "source 's1' defined here".
        public var message: String

        package init(_ message: String, at location: SourceLocation?) {
            self.message = message
            self.location = location
        }
    }

    /// Error, warning or note.
    public var severity: Severity
    /// The rule broken, from the closed catalogue of `Code`: stable across versions, for tools to match on.
    public var code: Code
    /// What is wrong, in words; never personal data of data subjects.
    public var message: String
    /// Where in the evidence; nil for a problem with no one place (a whole file, a whole case).
    public var location: SourceLocation?
    /// Other places that explain it, such as the first definition of a duplicated id.
    public var notes: [Note]

    package init(_ severity: Severity, _ code: Code, _ message: String, at location: SourceLocation?, notes: [Note] = []) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.notes = notes
    }

    package static func error(_ code: Code, _ message: String, at location: SourceLocation?, notes: [Note] = []) -> Self {
        Diagnostic(.error, code, message, at: location, notes: notes)
    }

    package static func warning(_ code: Code, _ message: String, at location: SourceLocation?, notes: [Note] = []) -> Self {
        Diagnostic(.warning, code, message, at: location, notes: notes)
    }

    package static func note(_ code: Code, _ message: String, at location: SourceLocation?) -> Self {
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
    package static func byPlace(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
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
