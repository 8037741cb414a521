/// Comma-separated values as RFC 4180 writes them (fields quoted when they hold a comma, a quote or a line break;
/// CRLF between records), and a reader that keeps each field's line and column for diagnostics.
enum CSV {
    /// One field as read, with where it starts (1-based line and column, in characters).
    struct Field: Hashable {
        var text: String
        var line: Int
        var column: Int
    }

    /// Why a text is not CSV, and where.
    struct Failure: Error {
        var line: Int
        var column: Int
        var message: String
    }

    /// One record, CRLF-terminated.
    static func record(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }

    /// The records of `text`; a blank line between records is skipped.
    static func records(_ text: String) throws(Failure) -> [[Field]] {
        var records: [[Field]] = []
        var record: [Field] = []
        var field = ""
        var fieldStart = (line: 1, column: 1)
        var line = 1
        var column = 1
        var quoted = false
        var afterQuote = false
        var characters = text.makeIterator()
        var pending: Character?

        func next() -> Character? {
            if let character = pending {
                pending = nil
                return character
            }
            return characters.next()
        }

        func endField() {
            record.append(Field(text: field, line: fieldStart.line, column: fieldStart.column))
            field = ""
            afterQuote = false
        }

        func endRecord() {
            if !(record.count == 0 && field.isEmpty && !afterQuote) {
                endField()
                records.append(record)
            }
            record = []
        }

        while let character = next() {
            if quoted {
                if character == "\"" {
                    if let following = characters.next() {
                        if following == "\"" {
                            field.append("\"")
                            column += 2
                            continue
                        }
                        pending = following
                    }
                    quoted = false
                    afterQuote = true
                    column += 1
                } else {
                    field.append(character)
                    if character == "\n" || character == "\r\n" {
                        line += 1
                        column = 1
                    } else {
                        column += 1
                    }
                }
                continue
            }
            switch character {
            case ",":
                endField()
                column += 1
                fieldStart = (line, column)
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                column = 1
                fieldStart = (line, column)
            case "\"" where field.isEmpty && !afterQuote:
                quoted = true
                column += 1
            default:
                if afterQuote {
                    throw Failure(line: line, column: column, message: "text after a closing quote (a quote inside a field is written \"\")")
                }
                if character == "\"" {
                    throw Failure(line: line, column: column, message: "a quote inside an unquoted field (quote the field and write \"\")")
                }
                field.append(character)
                column += 1
            }
        }
        if quoted {
            throw Failure(line: fieldStart.line, column: fieldStart.column, message: "a quoted field is never closed")
        }
        endRecord()
        return records
    }
}

extension String {
    /// Every `target` replaced, without Foundation.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
