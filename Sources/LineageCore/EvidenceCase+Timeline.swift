extension EvidenceCase {
    /// Every claim as an event, in event-time order: by the first day its `when` allows (events no date bounds
    /// before come first, since they may be the oldest), then by the last day (the more precisely dated first),
    /// then by claim id. Each event says when it became known: the first day by which a supporting source was
    /// certainly published, which is also the first `--known-by` day that keeps it (see `CaseFilter`).
    ///
    /// - Complexity: O(*n* log *n*) for *n* claims, with a dictionary look-up per cite.
    public func timeline() -> [TimelineEvent] {
        let ordered = claims.values.map { claim in
            (claim, claim.when.earliest?.ordinal ?? .min, claim.when.latest?.ordinal ?? .max)
        }.sorted { ($0.1, $0.2, $0.0.id) < ($1.1, $1.2, $1.0.id) }
        return ordered.map { claim, _, _ in
            let first = claim.supportingCites.compactMap { cite -> (id: SourceID, day: CalendarDay)? in
                guard let source = sources[cite.source], let published = source.date.latest else { return nil }
                return (source.id, published)
            }.min { ($0.day, $0.id) < ($1.day, $1.id) }
            return TimelineEvent(claim: claim, grade: grade(of: claim), firstSource: first?.id, knownSince: first?.day)
        }
    }
}
