/// Keeps a spreadsheet from running a cell as a formula (CSV injection): a cell that starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return is written with a `'` before it, which spreadsheets show as text; reading takes
/// that `'` away again. A cell that already starts with `'` and one of those (or a second `'`) gets one more, so
/// every text reads back exactly as it was.
enum SpreadsheetCell {
    private static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    static func neutralised(_ text: String) -> String {
        guard let first = text.first else { return text }
        if triggers.contains(first) { return "'" + text }
        if first == "'", let second = text.dropFirst().first, triggers.contains(second) || second == "'" {
            return "'" + text
        }
        return text
    }

    static func restored(_ text: String) -> String {
        guard text.first == "'", let second = text.dropFirst().first, triggers.contains(second) || second == "'" else {
            return text
        }
        return String(text.dropFirst())
    }
}
