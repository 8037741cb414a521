import ArgumentParser
import LineageCore

/// The views every read command offers: event time, knowledge time and a grade threshold.
struct FilterOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp("Event time: keep only what could have happened by this date.", valueName: "date"),
        transform: DayArgument.init(parsing:))
    var asOf: DayArgument?

    @Option(
        help: ArgumentHelp("Knowledge time: keep only what sources certainly published by this date say.", valueName: "date"),
        transform: DayArgument.init(parsing:))
    var knownBy: DayArgument?

    @Option(help: ArgumentHelp("Keep only claims graded at least this well, e.g. B2.", valueName: "grade"))
    var minGrade: GradeArgument?

    @Option(
        help: ArgumentHelp(
            "Treat parties that <identity> claims graded at least this well say are one as one, e.g. C3.",
            valueName: "grade"))
    var mergeIdentities: GradeArgument?

    var filter: CaseFilter {
        CaseFilter(
            asOf: asOf?.day, knownBy: knownBy?.day, minimumGrade: minGrade?.grade,
            mergingIdentities: mergeIdentities?.grade)
    }
}

/// A date on the command line: `2014-07-09`, or `2014-07` / `2014` meaning the end of that month or year.
///
/// Parsed with a throwing transform rather than `ExpressibleByArgument`, so that the EDTF parser's reason (with
/// the forms it accepts) reaches the user instead of "the value is invalid".
struct DayArgument {
    let day: CalendarDay

    init(parsing argument: String) throws(EDTFError) {
        day = try CalendarDay(endOf: argument)
    }
}

/// An Admiralty grade on the command line: `B2`.
struct GradeArgument: ExpressibleByArgument {
    let grade: Grade

    init?(argument: String) {
        guard let grade = Grade(argument) else { return nil }
        self.grade = grade
    }
}
