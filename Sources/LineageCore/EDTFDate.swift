/// One EDTF (ISO 8601-2, level 1) date: a year, a month or a day, possibly qualified as approximate (`~`),
/// uncertain (`?`) or both (`%`).
///
/// A date stands for a span of days: `2014-05` is any day of May 2014. A qualified date is widened by one unit
/// of its precision on each side (a day-precise one by a week), because "about May" may well be late April:
/// the widened span is what time-order checks and queries reason with, so they never call an order certain
/// that a qualifier leaves open.
public struct EDTFDate: Hashable, Sendable, CustomStringConvertible {
    /// Whether the date names a year, a month or a day.
    public enum Precision: Sendable, Hashable { case year, month, day }

    /// EDTF's qualifiers: approximate (`~`), uncertain (`?`), or both (`%`).
    public struct Qualifier: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// "About" the date: `~`.
        public static let approximate = Qualifier(rawValue: 1)
        /// Perhaps the date: `?`.
        public static let uncertain = Qualifier(rawValue: 2)
    }

    /// The year, in the proleptic Gregorian calendar.
    public var year: Int { Int(storedYear) }
    /// The month (1-12); nil for a year-precise date.
    public var month: Int? { storedMonth == 0 ? nil : Int(storedMonth) }
    /// The day of the month; nil for a year- or month-precise date.
    public var day: Int? { storedDay == 0 ? nil : Int(storedDay) }
    /// Whether the date is approximate, uncertain, both or neither.
    public var qualifier: Qualifier { storedQualifier }

    // Packed into five bytes (0 for an absent month or day, which no date has): every claim holds one or two
    // dates, and with an `Int` and two `Int?` a date was 34 bytes, an interval of two 75 (`ClaimStorageTests`).
    // The format's years have four digits, so a year fits in 16 bits.
    private let storedYear: UInt16
    private let storedMonth: UInt8
    private let storedDay: UInt8
    private let storedQualifier: Qualifier

    /// A date whose fields the caller has validated (a four-digit year, a month 1-12, a day of that month);
    /// `EventTime(parsing:)` is the checked way in.
    init(year: Int, month: Int?, day: Int?, qualifier: Qualifier) {
        storedYear = UInt16(year)
        storedMonth = UInt8(month ?? 0)
        storedDay = UInt8(day ?? 0)
        storedQualifier = qualifier
    }

    /// Whether the date names a year, a month or a day.
    public var precision: Precision {
        day != nil ? .day : month != nil ? .month : .year
    }

    /// The first day the date can mean, before widening for a qualifier.
    public var firstDay: CalendarDay {
        CalendarDay(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// The last day the date can mean, before widening for a qualifier.
    public var lastDay: CalendarDay {
        let lastMonth = month ?? 12
        return CalendarDay(year: year, month: lastMonth, day: day ?? CalendarDay.daysIn(month: lastMonth, of: year))
    }

    /// The earliest day the date allows, widened when it is approximate or uncertain.
    public var earliestPossible: CalendarDay {
        guard !qualifier.isEmpty else { return firstDay }
        switch precision {
        case .year: return firstDay.adding(months: -12)
        case .month: return firstDay.adding(months: -1)
        case .day: return firstDay.adding(days: -7)
        }
    }

    /// The latest day the date allows, widened when it is approximate or uncertain.
    public var latestPossible: CalendarDay {
        guard !qualifier.isEmpty else { return lastDay }
        switch precision {
        case .year: return lastDay.adding(months: 12)
        case .month: return CalendarDay(year: year, month: month ?? 12, day: 1).adding(months: 2).adding(days: -1)
        case .day: return lastDay.adding(days: 7)
        }
    }

    /// The date as EDTF: `2014-05~`.
    public var description: String {
        var text = String(year)
        while text.count < 4 { text = "0" + text }
        if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
        if let day { text += day < 10 ? "-0\(day)" : "-\(day)" }
        switch qualifier {
        case [.approximate, .uncertain]: text += "%"
        case .approximate: text += "~"
        case .uncertain: text += "?"
        default: break
        }
        return text
    }
}
