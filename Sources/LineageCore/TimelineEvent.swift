/// One claim on a timeline: what happened and when (event time), and when investigators could first know of it
/// (knowledge time).
public struct TimelineEvent: Hashable, Sendable {
    public var claim: Claim
    /// The claim's grade (its best support); nil when no supporting source is known.
    public var grade: Grade?
    /// The supporting source that can have been published first (ties go by source id); nil when no supporting
    /// source is known.
    public var firstSource: SourceID?
    /// The first day `firstSource` can have been published: the day the event became known. Nil when that
    /// source's date is unbounded before, or there is no supporting source.
    public var knownSince: CalendarDay?

    public init(claim: Claim, grade: Grade?, firstSource: SourceID?, knownSince: CalendarDay?) {
        self.claim = claim
        self.grade = grade
        self.firstSource = firstSource
        self.knownSince = knownSince
    }
}
