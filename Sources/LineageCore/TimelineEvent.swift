/// One claim on a timeline: what happened and when (event time), and when investigators could first know of it
/// (knowledge time).
public struct TimelineEvent: Hashable, Sendable {
    /// The claim, which says what happened and when (`Claim.when`).
    public var claim: Claim
    /// The claim's grade (its best support); nil when no supporting source is known.
    public var grade: Grade?
    /// The supporting source certainly published first (ties go by source id); nil when no supporting source has
    /// a known last day of publication.
    public var firstSource: SourceID?
    /// The last day `firstSource`'s date allows: the day by which the event was certainly known (a source dated
    /// "July 2014" makes it known by 31 July). It is the first `--known-by` day that keeps the claim.
    public var knownSince: CalendarDay?

    package init(claim: Claim, grade: Grade?, firstSource: SourceID?, knownSince: CalendarDay?) {
        self.claim = claim
        self.grade = grade
        self.firstSource = firstSource
        self.knownSince = knownSince
    }
}
