/// Which column holds which field: parsed from `--columns name-kana=3,birth-date=生年月日,phone=8`.
///
/// A column is a number counting from 1 (as `cut` counts) or a header name (exact match after trimming spaces
/// and a BOM); a part whose column is all ASCII digits is a number. Unknown field names, duplicate fields,
/// column 0, and empty parts are errors. Several fields may name the same column.
public struct ColumnSelection: Sendable, Equatable {
    /// Where a field's values are: the resolution against a header happens when a file is opened.
    enum Column: Sendable, Equatable {
        /// A 1-based column number.
        case number(Int)
        /// A header name, already trimmed.
        case named(String)
    }

    enum Choice: Sendable, Equatable {
        case explicit([RecordField: Column])
        case headerNames
    }

    let choice: Choice
    /// What the front end calls the argument that chooses columns (the CLI's `--columns`): errors name it, and
    /// tell the user to use it; nil when the front end has none, so the library names no option of its own.
    let option: String?

    /// Maps every header whose name is exactly a field's name (`name-kana`, `phone`, ...).
    public static let byHeaderNames = ColumnSelection(choice: .headerNames, option: nil)

    private init(choice: Choice, option: String?) {
        self.choice = choice
        self.option = option
    }

    /// The same selection, with `option` as the front end's name for the argument that chooses columns.
    public func named(_ option: String) -> ColumnSelection {
        ColumnSelection(choice: choice, option: option)
    }

    /// Parses `field=column,...`.
    ///
    /// - Parameter option: what the front end calls the argument `text` came from (`--columns`), for the errors;
    ///   nil names it "column choice".
    public init(parsing text: String, naming option: String? = nil) throws(RecordFileError) {
        self.option = option
        var columns: [RecordField: Column] = [:]
        for (index, part) in text.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            let position = "\(option ?? "column choice") part \(index + 1)"
            let trimmed = HeaderName.trimmed(part)
            guard !trimmed.isEmpty else { throw Self.error("\(position) is empty; expected field=column") }
            guard let equals = trimmed.firstIndex(of: "=") else {
                throw Self.error("\(position) has no \"=\"; expected field=column, such as name-kana=3")
            }
            let name = HeaderName.trimmed(trimmed[..<equals])
            guard let field = RecordField(rawValue: name) else {
                throw Self.error("\(position): \"\(name)\" is not a field; expected one of \(Self.fieldNames)")
            }
            guard columns[field] == nil else { throw Self.error("\(position): \(name) is chosen twice") }
            let column = HeaderName.trimmed(trimmed[trimmed.index(after: equals)...])
            guard !column.isEmpty else { throw Self.error("\(position): \(name) has no column") }
            if column.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                guard let number = Int(column), number > 0 else {
                    throw Self.error("\(position): column numbers count from 1")
                }
                columns[field] = .number(number)
            } else {
                columns[field] = .named(column)
            }
        }
        choice = .explicit(columns)
    }

    private static let fieldNames = RecordField.allCases.map(\.rawValue).joined(separator: ", ")

    private static func error(_ message: String) -> RecordFileError { RecordFileError(path: nil, message: message) }
}
