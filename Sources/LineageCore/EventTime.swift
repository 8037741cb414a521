/// When something happened (on a claim) or became known (on a source): an EDTF date or interval.
///
/// An interval's ends may be open (`..`: it runs on without a known end) or unknown (empty: the end exists but
/// is not known). Both leave that side unbounded for reasoning.
public enum EventTime: Hashable, Sendable, CustomStringConvertible {
    /// One end of an interval.
    public enum Bound: Hashable, Sendable {
        case date(EDTFDate)
        /// `..`: open, no end.
        case open
        /// Nothing written: an end that exists but is not known.
        case unknown
    }

    case date(EDTFDate)
    case interval(from: Bound, to: Bound)

    /// The earliest day this time allows, or nil when it is unbounded before.
    public var earliest: CalendarDay? {
        switch self {
        case .date(let date): return date.earliestPossible
        case .interval(from: .date(let date), to: _): return date.earliestPossible
        case .interval: return nil
        }
    }

    /// The latest day this time allows, or nil when it is unbounded after.
    public var latest: CalendarDay? {
        switch self {
        case .date(let date): return date.latestPossible
        case .interval(from: _, to: .date(let date)): return date.latestPossible
        case .interval: return nil
        }
    }

    /// Whether this time may fall on or before `other`: some day it allows is no later than some day `other`
    /// allows. This is the test for "could have happened in order".
    public func canBeOnOrBefore(_ other: EventTime) -> Bool {
        guard let mine = earliest, let theirs = other.latest else { return true }
        return mine <= theirs
    }

    /// Whether some two of `times` share no day (one cannot be on or before the other), in O(*n*) rather than
    /// comparing every pair: a time cannot be on or before another only when its earliest day is after the
    /// other's latest, so the pair that comes closest to that is among the two latest earliest days and the two
    /// earliest latest days; those few are compared with `canBeOnOrBefore(_:)`.
    package static func anyDisjoint(_ times: [EventTime]) -> Bool {
        let byEarliest = times.indices.filter { times[$0].earliest != nil }
            .sorted { times[$0].earliest! > times[$1].earliest! }.prefix(2)
        let byLatest = times.indices.filter { times[$0].latest != nil }
            .sorted { times[$0].latest! < times[$1].latest! }.prefix(2)
        return byEarliest.contains { first in
            byLatest.contains { second in first != second && !times[first].canBeOnOrBefore(times[second]) }
        }
    }

    /// Whether this time is certainly on or before `other`: every day it allows is no later than every day
    /// `other` allows. Same-day events count as in order, since days are the finest unit.
    public func isCertainlyOnOrBefore(_ other: EventTime) -> Bool {
        guard let mine = latest, let theirs = other.earliest else { return false }
        return mine <= theirs
    }

    /// Whether this time may fall on or before the day `day` (used for `--as-of` and `--known-by`).
    public func canBeOnOrBefore(_ day: CalendarDay) -> Bool {
        guard let mine = earliest else { return true }
        return mine <= day
    }

    /// The time as EDTF, as it was written.
    public var description: String {
        switch self {
        case .date(let date):
            return date.description
        case .interval(let from, let to):
            return "\(Self.text(of: from))/\(Self.text(of: to))"
        }
    }

    private static func text(of bound: Bound) -> String {
        switch bound {
        case .date(let date): return date.description
        case .open: return ".."
        case .unknown: return ""
        }
    }
}

extension EventTime: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try EventTime(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
