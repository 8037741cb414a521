/// A family or given name as the tables give it: how it is written and how it is read, in katakana.
struct NamePart: Sendable, Hashable {
    var kanji: String
    var kana: String

    /// Reads a table written as "漢字 カナ" pairs separated by white space, which keeps the tables short enough to
    /// check by eye.
    static func table(_ text: String) -> [NamePart] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        precondition(words.count.isMultiple(of: 2), "a name table holds pairs of kanji and kana")
        return stride(from: 0, to: words.count, by: 2).map {
            NamePart(kanji: String(words[$0]), kana: String(words[$0 + 1]))
        }
    }
}
