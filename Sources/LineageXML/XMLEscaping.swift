/// Escaping for XML we write: every writer of XML goes through here, so no value can break out of its place.
enum XMLEscaping {
    /// Text content: `&`, `<` and `>` escaped.
    static func text(_ value: String) -> String {
        escape(value, quotes: false)
    }

    /// An attribute value for double quotes: also `"`, and line breaks and tabs as character references so
    /// attribute-value normalisation cannot turn them into spaces.
    static func attribute(_ value: String) -> String {
        escape(value, quotes: true)
    }

    private static func escape(_ value: String, quotes: Bool) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "\n" where quotes: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t" where quotes: result += "&#9;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
