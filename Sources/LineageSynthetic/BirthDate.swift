/// A date of birth: the population's children were born from 1996 to 2013.
struct BirthDate: Sendable, Hashable {
    var year: Int
    var month: Int
    var day: Int

    static let years = 1996...2013

    /// A day of `year`, each equally likely.
    static func random(in year: Int, using random: inout SplitMix64) -> BirthDate {
        let month = random.next(in: 1...12)
        return BirthDate(year: year, month: month, day: random.next(in: 1...days(inMonth: month, of: year)))
    }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: year.isMultiple(of: 4) && (!year.isMultiple(of: 100) || year.isMultiple(of: 400)) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// "2005-04-12".
    var written: String {
        "\(year)-\(Digits.padded(month, width: 2))-\(Digits.padded(day, width: 2))"
    }
}
