import LineageCore
import Testing

@Suite("EDTF event time")
struct EventTimeTests {
    @Test(arguments: [
        ("2014", "2014-01-01", "2014-12-31"),
        ("2014-05", "2014-05-01", "2014-05-31"),
        ("2014-02", "2014-02-01", "2014-02-28"),
        ("2016-02", "2016-02-01", "2016-02-29"),
        ("2014-07-09", "2014-07-09", "2014-07-09"),
        ("2013-12/2014-06", "2013-12-01", "2014-06-30"),
        ("2014-04-21/2014-04-30", "2014-04-21", "2014-04-30"),
        ("2014-05~", "2014-04-01", "2014-06-30"),
        ("2014-07-09?", "2014-07-02", "2014-07-16"),
        ("2014%", "2013-01-01", "2015-12-31"),
    ])
    func spansTheDaysItAllows(text: String, earliest: String, latest: String) throws {
        let time = try EventTime(parsing: text)
        #expect(time.earliest?.description == earliest)
        #expect(time.latest?.description == latest)
        #expect(time.description == text)
    }

    @Test func openAndUnknownEndsLeaveThatSideUnbounded() throws {
        let untilJune = try EventTime(parsing: "../2014-06")
        #expect(untilJune.earliest == nil)
        #expect(untilJune.latest?.description == "2014-06-30")
        let fromApril = try EventTime(parsing: "2014-04-21/..")
        #expect(fromApril.earliest?.description == "2014-04-21")
        #expect(fromApril.latest == nil)
        let unknownStart = try EventTime(parsing: "/2014")
        #expect(unknownStart.earliest == nil)
        #expect(unknownStart.description == "/2014")
    }

    @Test(arguments: ["2014-13", "2014-02-30", "2014-00", "May 2014", "14", "2014-5", "2014-06/2014-01", "/", "2014-07-09~~", ""])
    func rejectsWhatIsNotADate(text: String) {
        #expect(throws: EDTFError.self) { try EventTime(parsing: text) }
    }

    @Test func ordersPossiblyAndCertainly() throws {
        let may = try EventTime(parsing: "2014-05")
        let mid = try EventTime(parsing: "2014-05-15")
        let june = try EventTime(parsing: "2014-06-01")
        #expect(may.isCertainlyOnOrBefore(june))
        #expect(!may.isCertainlyOnOrBefore(mid))
        #expect(may.canBeOnOrBefore(mid))
        #expect(mid.canBeOnOrBefore(may))
        #expect(!june.canBeOnOrBefore(may))
    }

    @Test func calendarDaysRoundTrip() {
        for ordinal in stride(from: -800_000, through: 800_000, by: 997) {
            let day = CalendarDay(ordinal: ordinal)
            let (year, month, date) = day.components
            #expect(CalendarDay(year: year, month: month, day: date) == day)
        }
        #expect(CalendarDay(year: 1970, month: 1, day: 1).ordinal == 0)
        #expect(CalendarDay(year: 2014, month: 7, day: 9).description == "2014-07-09")
    }

    @Test func commandLineDatesMeanTheEndOfTheirSpan() throws {
        #expect(try CalendarDay(endOf: "2014-05").description == "2014-05-31")
        #expect(try CalendarDay(endOf: "2014").description == "2014-12-31")
        #expect(throws: EDTFError.self) { try CalendarDay(endOf: "2014-05/2014-06") }
    }
}
