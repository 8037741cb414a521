/// A kanji element that names are composed of, with the readings it takes in names: 小 is コ in 小林 and オ in
/// 小川, 田 is タ in 太田 and ダ in 山田. Composing names from a few hundred elements gives thousands of names,
/// enough that unrelated people rarely share one, which a table of whole names that size would not.
struct Morpheme: Sendable {
    var kanji: String
    /// The readings, in katakana; a name takes one of them (see `NamePart.compositions(of:with:)`).
    var readings: [String]

    /// Reads a table written as "漢字 カナ" pairs separated by white space, a kanji's readings separated by "/":
    /// "小 コ/オ  田 タ/ダ".
    static func table(_ text: String) -> [Morpheme] {
        NamePart.table(text).map { Morpheme(kanji: $0.kanji, readings: $0.kana.split(separator: "/").map(String.init)) }
    }
}
