extension FieldNormaliser {
    /// birth-date: `YYYYMMDD` (8 ASCII digits) from any of 2003-04-05, 2003/4/5, 2003.4.5, 20030405,
    /// 2003年4月5日, and Japanese era dates with kanji or letter era names (平成15年4月5日, H15.4.5, H15/04/05;
    /// 明治 M, 大正 T, 昭和 S, 平成 H, 令和 R; 元年 is year 1). Spaces between the parts are allowed. A date that
    /// does not exist (2003-02-30, month 13) makes the value unusable.
    ///
    /// An era year past the era's end (平成32年) is taken as the systems that wrote it meant it, a year counted on
    /// from the era's start: forms printed before an era changed go on being filled in.
    static func appendBirthDate(_ value: UnsafeMutableBufferPointer<UInt32>, to output: inout UTF8Writer) -> Bool {
        var reader = ScalarReader(value)
        let year: Int
        if !ScalarClass.isDigit(value[0]), let era = JapaneseEra.read(from: &reader) {
            let eraYear: Int
            if reader.take(firstYear) {
                eraYear = 1
            } else {
                guard let number = reader.number(maximumDigits: 2), number.value > 0 else { return false }
                eraYear = number.value
            }
            year = era.yearBeforeFirst + eraYear
        } else {
            guard let number = reader.number(maximumDigits: 8) else { return false }
            if number.digits == 8 && reader.isAtEnd {
                return appendDate(
                    year: number.value / 10000, month: number.value / 100 % 100, day: number.value % 100,
                    to: &output)
            }
            guard number.digits == 4 else { return false }
            year = number.value
        }
        guard reader.takeSeparator(orKanji: yearKanji), let month = reader.number(maximumDigits: 2),
            reader.takeSeparator(orKanji: monthKanji), let day = reader.number(maximumDigits: 2)
        else { return false }
        _ = reader.take(dayKanji)
        guard reader.isAtEnd else { return false }
        return appendDate(year: year, month: month.value, day: day.value, to: &output)
    }

    /// Appends `YYYYMMDD` if the date exists in the Gregorian calendar.
    private static func appendDate(year: Int, month: Int, day: Int, to output: inout UTF8Writer) -> Bool {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let isLeapYear = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let daysInMonth = month == 2 ? (isLeapYear ? 29 : 28) : [4, 6, 9, 11].contains(month) ? 30 : 31
        guard day <= daysInMonth else { return false }
        for (number, digits) in [(year, 4), (month, 2), (day, 2)] {
            var divisor = 1
            for _ in 1..<digits { divisor *= 10 }
            while divisor > 0 {
                output.append(UInt8(ascii: "0") + UInt8(number / divisor % 10))
                divisor /= 10
            }
        }
        return true
    }

    private static let firstYear: UInt32 = 0x5143  // 元
    private static let yearKanji: UInt32 = 0x5E74  // 年
    private static let monthKanji: UInt32 = 0x6708  // 月
    private static let dayKanji: UInt32 = 0x65E5  // 日
}

/// Reads a value's scalars from the front, stepping over spaces between its parts.
struct ScalarReader {
    private let scalars: UnsafeMutableBufferPointer<UInt32>
    private var index = 0

    init(_ scalars: UnsafeMutableBufferPointer<UInt32>) { self.scalars = scalars }

    var isAtEnd: Bool { index == scalars.count }

    /// Takes `scalar` if it is next.
    mutating func take(_ scalar: UInt32) -> Bool {
        guard !isAtEnd && scalars[index] == scalar else { return false }
        index += 1
        skipSpaces()
        return true
    }

    /// Takes the scalars of `word` if they are next.
    mutating func take(_ word: [UInt32]) -> Bool {
        guard UnsafeBufferPointer(rebasing: scalars[index...]).starts(with: word) else { return false }
        index += word.count
        skipSpaces()
        return true
    }

    /// Takes `-`, `/`, `.` or `kanji` (年 after a year, 月 after a month).
    mutating func takeSeparator(orKanji kanji: UInt32) -> Bool {
        take(kanji) || take(UInt32(UInt8(ascii: "-"))) || take(UInt32(UInt8(ascii: "/")))
            || take(UInt32(UInt8(ascii: ".")))
    }

    /// Takes a run of ASCII digits, if there is one of at most `maximumDigits`.
    mutating func number(maximumDigits: Int) -> (value: Int, digits: Int)? {
        var value = 0
        var digits = 0
        while !isAtEnd && ScalarClass.isDigit(scalars[index]) {
            digits += 1
            guard digits <= maximumDigits else { return nil }
            value = value * 10 + Int(scalars[index] - 0x30)
            index += 1
        }
        guard digits > 0 else { return nil }
        skipSpaces()
        return (value, digits)
    }

    private mutating func skipSpaces() {
        while !isAtEnd && ScalarClass.isSpace(scalars[index]) { index += 1 }
    }
}
