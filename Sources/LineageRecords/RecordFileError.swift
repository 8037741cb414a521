/// A problem with a record file or a column selection; `description` is `path:line: message` (or `path: message`
/// with no line, or just the message for a --columns problem).
///
/// Never contains a field's value: record files hold personal data, and error messages end up in terminals, logs
/// and bug reports. Messages name the file, the line, the column number or field name and what was expected.
public struct RecordFileError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The file as the user named it; nil for a problem with `--columns` itself.
    public var path: String?
    /// The line (counting from 1) where the row with the problem starts; nil for a problem with the whole file.
    public var line: Int?
    /// The 1-based column (in characters), when the problem is at one place in the line.
    public var column: Int?
    /// What is wrong, naming the place and what was expected; never a field's value.
    public var message: String

    package init(path: String?, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        switch (path, line) {
        case (let path?, let line?) where column != nil: "\(path):\(line):\(column!): \(message)"
        case (let path?, let line?): "\(path):\(line): \(message)"
        case (let path?, nil): "\(path): \(message)"
        case (nil, _): message
        }
    }
}
