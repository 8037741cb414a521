/// Header names and `--columns` parts compared as people see them: spreadsheet exports pad cells with spaces
/// (ASCII or ideographic) and some put a byte-order mark before the first header.
enum HeaderName {
    static func trimmed(_ text: Substring) -> String {
        let isPadding: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\u{FEFF}" }
        guard let first = text.firstIndex(where: { !isPadding($0) }),
            let last = text.lastIndex(where: { !isPadding($0) })
        else { return "" }
        return String(text[first...last])
    }
}
