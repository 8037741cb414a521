extension ProvJSONReader {
    /// The first `\uXXXX` escape in a JSON text that stands for a character XML 1.0 forbids (NUL, the other C0
    /// controls but tab, line feed and carriage return, U+FFFE, U+FFFF), as a failure at its line and column;
    /// nil when there is none. JSON allows them, evidence cannot hold them: a label cut at a NUL once poisoned a store for
    /// good. (Raw control bytes in a string are already malformed JSON.)
    static func firstForbiddenEscape(in data: [UInt8]) -> Failure? {
        var (line, column) = (1, 0)
        var index = 0
        var inString = false
        while index < data.count {
            let byte = data[index]
            if byte & 0xC0 != 0x80 { column += 1 }
            if byte == UInt8(ascii: "\n") { (line, column) = (line + 1, 0) }
            if inString, byte == UInt8(ascii: "\\"), index + 1 < data.count {
                if data[index + 1] == UInt8(ascii: "u"), index + 5 < data.count,
                    let value = UInt32(String(decoding: data[(index + 2)...(index + 5)], as: UTF8.self), radix: 16),
                    (value < 0x20 && ![0x9, 0xA, 0xD].contains(value)) || value == 0xFFFE || value == 0xFFFF
                {
                    let code = String(value, radix: 16, uppercase: true)
                    return Failure(
                        description: "a string holds \\u\(String(repeating: "0", count: 4 - code.count))\(code), "
                            + "a character XML 1.0 forbids, which no text in a case may hold",
                        line: line, column: column)
                }
                index += 2
                column += 1
                continue
            }
            if byte == UInt8(ascii: "\"") { inString.toggle() }
            index += 1
        }
        return nil
    }
}
