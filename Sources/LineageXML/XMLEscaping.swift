import LineageCore

/// Escaping for the XML we write (evidence and PROV-XML): every writer of XML goes through here, so no value can
/// break out of its place, and what a parser reads back is exactly what was written.
enum XMLEscaping {
    /// `value` escaped for an attribute in double quotes (see `writeAttribute`).
    static func attribute(_ value: String) -> String {
        var result = ""
        writeAttribute(value, to: &result)
        return result
    }

    /// `text` escaped as element content (see `writeText`).
    static func text(_ text: String) -> String {
        var result = ""
        writeText(text, to: &result)
        return result
    }

    /// Writes `value` so that, inside double quotes, an XML parser reads back exactly `value`.
    ///
    /// Beyond `&`, `<` and `"`, a tab, newline or carriage return is written as a character reference: a parser
    /// normalises a literal one in an attribute to a space, which would change the value on a round trip. `>` is
    /// escaped too, harmlessly, so that `]]>` can never appear.
    static func writeAttribute(_ value: String, to output: inout some TextOutputStream) {
        writeEscaped(value, to: &output) { scalar in
            switch scalar {
            case "\"": "&quot;"
            case "\t": "&#9;"
            case "\n": "&#10;"
            default: nil
            }
        }
    }

    /// Writes `text` as element content that a parser reads back exactly: `&`, `<` and `>` escaped, and a
    /// carriage return as a reference, since a parser turns a literal CR LF into LF.
    static func writeText(_ text: String, to output: inout some TextOutputStream) {
        writeEscaped(text, to: &output) { _ in nil }
    }

    /// A comment's text: XML forbids `--` inside a comment, and a comment ending in `-`.
    static func commentText(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "-", result.last == "-" { result.append(" ") }
            result.append(character)
        }
        return result.hasSuffix("-") ? result + " " : result
    }

    /// The escaping both forms share; `special` adds what a context needs beyond it.
    ///
    /// A character XML 1.0 cannot hold at all (a control character other than tab, newline and carriage return,
    /// U+FFFE, U+FFFF) is written as a character reference, which a parser refuses: a round trip then fails
    /// loudly instead of changing the evidence silently. The reader never produces one, and `lineage add`
    /// refuses one on the command line.
    private static func writeEscaped(
        _ value: String, to output: inout some TextOutputStream, special: (Unicode.Scalar) -> String?
    ) {
        var pending = ""
        for scalar in value.unicodeScalars {
            let replacement: String? =
                switch scalar {
                case "&": "&amp;"
                case "<": "&lt;"
                case ">": "&gt;"
                case "\r": "&#13;"
                default:
                    special(scalar)
                        ?? (FormatElement.isAllowedInXML(scalar) ? nil : "&#x\(String(scalar.value, radix: 16, uppercase: true));")
                }
            if let replacement {
                pending += replacement
            } else {
                pending.unicodeScalars.append(scalar)
            }
            if pending.utf8.count >= 4096 {
                output.write(pending)
                pending = ""
            }
        }
        output.write(pending)
    }
}
