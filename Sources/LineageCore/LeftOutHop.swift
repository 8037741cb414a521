/// A hop a query left out of its time-respecting paths because its date contradicts the order of the path it
/// would be part of. Real evidence does that; the answer names each such hop so the investigator can look.
public struct LeftOutHop: Hashable, Sendable {
    /// How the hop contradicts the time order, with the day that shows it.
    public enum Reason: Hashable, Sendable {
        /// The hop ends before the sender (or the maker, or the holder) can have had the data: by this query's
        /// paths, the data reached it on this day at the earliest.
        case beforeDataArrived(CalendarDay)
        /// The hop begins after the hop it would lead into must have happened: that one happened by this day
        /// at the latest.
        case afterNextHop(CalendarDay)
    }

    /// The claim of the hop left out.
    public var claim: Claim
    /// Why it was left out.
    public var reason: Reason

    package init(claim: Claim, reason: Reason) {
        self.claim = claim
        self.reason = reason
    }
}
