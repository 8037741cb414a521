import LineageDiagrams

/// Building HTML from untrusted text: every name, quote, note and id from the evidence goes through `escape`,
/// the one place that turns text into markup, so `<img src=x onerror=alert(1)>` or `</script>` shows as text.
enum HTML {
    /// `text` safe in element content and in a double- or single-quoted attribute value.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// `<tag>escaped text</tag>`.
    static func element(_ tag: String, _ text: String, attributes: [(String, String)] = []) -> String {
        "<\(tag)\(attributeList(attributes))>\(escape(text))</\(tag)>"
    }

    /// ` name="value"` for each pair, values escaped; names come from code.
    static func attributeList(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    /// A link to the page with `query`: each name and value percent-encoded, the whole escaped for the attribute.
    static func pageLink(_ query: [(String, String)], text: String, classes: String? = nil) -> String {
        let href = "/?" + query.map { "\(DiagramMarks.encoded($0.0))=\(DiagramMarks.encoded($0.1))" }
            .joined(separator: "&")
        return "<a href=\"\(escape(href))\"\(classes.map { " class=\"\($0)\"" } ?? "")>\(escape(text))</a>"
    }

    /// `<option>`s for a `<select>`, the one equal to `selected` selected.
    static func options(_ choices: [(value: String, label: String)], selected: String?) -> String {
        choices.map { choice in
            "<option value=\"\(escape(choice.value))\"\(choice.value == (selected ?? "") ? " selected" : "")>"
                + "\(escape(choice.label))</option>"
        }.joined()
    }

    /// The source's reference as a link when it is an http(s) URL, and as text otherwise: a `javascript:` or
    /// `data:` reference must never become something to click.
    static func reference(_ reference: String) -> String {
        let lower = reference.lowercased()
        let isWeb = (lower.hasPrefix("https://") || lower.hasPrefix("http://"))
            && !reference.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } ?? false })
        guard isWeb else { return escape(reference) }
        return "<a href=\"\(escape(reference))\" rel=\"noopener noreferrer\" target=\"_blank\">\(escape(reference))</a>"
    }
}
