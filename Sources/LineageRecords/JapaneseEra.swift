/// The Japanese eras in which people alive today were born, as lists write them: by kanji name (平成) or by
/// its initial letter (H), which forms and older systems use.
struct JapaneseEra {
    /// The Gregorian year before the era's first year (元年): 平成 1 is 1989, so 1988.
    let yearBeforeFirst: Int
    let name: [UInt32]
    let letter: UInt32

    static let all: [JapaneseEra] = [
        JapaneseEra(yearBeforeFirst: 1867, name: "明治", letter: "M"),
        JapaneseEra(yearBeforeFirst: 1911, name: "大正", letter: "T"),
        JapaneseEra(yearBeforeFirst: 1925, name: "昭和", letter: "S"),
        JapaneseEra(yearBeforeFirst: 1988, name: "平成", letter: "H"),
        JapaneseEra(yearBeforeFirst: 2018, name: "令和", letter: "R"),
    ]

    private init(yearBeforeFirst: Int, name: String, letter: Unicode.Scalar) {
        self.yearBeforeFirst = yearBeforeFirst
        self.name = name.unicodeScalars.map(\.value)
        self.letter = letter.value
    }

    /// Takes an era name, or its letter in either case, if one is next.
    static func read(from reader: inout ScalarReader) -> JapaneseEra? {
        all.first { reader.take($0.name) || reader.take($0.letter) || reader.take($0.letter + 0x20) }
    }
}
