/// Where an item was written: a file and a 1-based line and column.
///
/// The column may be unknown (0) when the reader could only learn the line; the XML layer fills it in before
/// diagnostics are shown. Items that did not come from a file (built in code, or from a store) have no location.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The line, counting from 1; 0 for a problem with the whole file.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    /// The column, counting from 1; 0 when not known.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    // 32 bits each, the range of the C `int` libxml2 reports them in: every claim and cite holds a location, and
    // two `Int`s made it 32 bytes instead of 24 (`ClaimStorageTests`).
    private var storedLine: Int32
    private var storedColumn: Int32

    /// - Parameters:
    ///   - file: the file as the user named it.
    ///   - line: the line, counting from 1; 0 for a problem with the whole file.
    ///   - column: the column, counting from 1; 0 when not known.
    public init(file: String, line: Int, column: Int = 0) {
        self.file = file
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// `path:line:column`, the form compilers and editors understand; just `path` for line 0, a problem with
    /// the file as a whole (it is missing, empty or unreadable), which has no line to jump to.
    public var description: String {
        line == 0 ? file : column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }
}

extension SourceLocation {
    private enum CodingKeys: String, CodingKey {
        case file, line, column
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try container.decode(String.self, forKey: .file), line: try container.decode(Int.self, forKey: .line),
            column: try container.decode(Int.self, forKey: .column))
    }

    /// `{"file","line","column"}`, as the synthesized form wrote it when the fields were stored as `Int`s.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }
}
