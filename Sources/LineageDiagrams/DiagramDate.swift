import LineageCore

/// Event times as a reader of a picture takes them in: every date as the evidence writes it (so it can be found
/// in the text answers), joined by words instead of EDTF's `/` and `..` — `../2014-08-31` reads like an end date
/// where it means "some time up to" — and, where `~` or `?` widens a date, the first and last day it allows.
///
/// `2014-05`, `2013-07~ to 2014-06 (from 2013-06-01)`, `by 2014-08-31`, `2012-01 onwards`,
/// `2014-01~ (2013-12-01 to 2014-02-28)`.
enum DiagramDate {
    static func text(_ time: EventTime) -> String {
        switch time {
        case .date(let date):
            return date.qualifier.isEmpty
                ? date.description : "\(date) (\(date.earliestPossible) to \(date.latestPossible))"
        case .interval(let from, let to):
            let start = date(of: from)
            let end = date(of: to)
            let written: String
            switch (start, to) {
            case (let start?, .date(let end)): written = "\(start) to \(end)"
            case (nil, .date(let end)): written = "by \(end)"
            case (let start?, .open): written = "\(start) onwards"
            case (let start?, .unknown): written = "\(start) to an unknown end"
            case (nil, _): written = "date not known"
            }
            let from = start.flatMap { $0.qualifier.isEmpty ? nil : $0.earliestPossible }
            let until = end.flatMap { $0.qualifier.isEmpty ? nil : $0.latestPossible }
            switch (from, until) {
            case (let from?, let until?): return "\(written) (\(from) to \(until))"
            case (let from?, nil): return "\(written) (from \(from))"
            case (nil, let until?): return "\(written) (until \(until))"
            case (nil, nil): return written
            }
        }
    }

    /// Whether `time` uses `~`, `?` or `%`, which the legend then explains.
    static func isQualified(_ time: EventTime) -> Bool {
        switch time {
        case .date(let date): !date.qualifier.isEmpty
        case .interval(let from, let to): [from, to].contains { date(of: $0).map { !$0.qualifier.isEmpty } ?? false }
        }
    }

    /// Whether `time` has no known start, which the picture words as `by …`.
    static func hasOpenStart(_ time: EventTime) -> Bool {
        if case .interval(let from, _) = time { return date(of: from) == nil }
        return false
    }

    private static func date(of bound: EventTime.Bound) -> EDTFDate? {
        if case .date(let date) = bound { return date }
        return nil
    }
}
