/// Text that goes into a line-oriented output (a diagnostic, a `lineage log` line, a text answer): every control
/// character is escaped, so that one record is always one line and a value cannot forge another line.
package enum LineText {
    /// `text` with each control character (C0, DEL, C1, and the Unicode line and paragraph separators) written
    /// as Swift writes it in a string literal: `\n`, `\r`, `\t`, `\u{7}`. A backslash is left alone, so text
    /// without control characters is unchanged.
    package static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where isControl(scalar): result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Several lines (libxml2's messages come with a caret line under a copy of the input) made into one: lines
    /// trimmed and joined with "; ", and what control characters remain escaped.
    package static func folded(_ text: String) -> String {
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        return escaped(lines.joined(separator: "; "))
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
            || scalar.value == 0x2029
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
