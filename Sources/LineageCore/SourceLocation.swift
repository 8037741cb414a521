/// Where an item was written: a file and a 1-based line and column.
///
/// The column may be unknown (0) when the reader could only learn the line; the XML layer fills it in before
/// diagnostics are shown. Items that did not come from a file (built in code, or from a store) have no location.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The line, counting from 1; 0 for a problem with the whole file.
    public var line: Int
    /// The column, counting from 1; 0 when not known.
    public var column: Int

    /// - Parameters:
    ///   - file: the file as the user named it.
    ///   - line: the line, counting from 1; 0 for a problem with the whole file.
    ///   - column: the column, counting from 1; 0 when not known.
    public init(file: String, line: Int, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line:column`, the form compilers and editors understand; just `path` for line 0, a problem with
    /// the file as a whole (it is missing, empty or unreadable), which has no line to jump to.
    public var description: String {
        line == 0 ? file : column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }
}
