/// The views investigators ask for: the case as it stood at an event time, as it was known at a knowledge time,
/// and with only the claims graded well enough. Diagrams and queries share it, so they agree on what is left
/// out and say how much.
///
/// Semantics:
/// - `asOf` (event time) keeps a claim that *could* have happened by the end of that day: like "a hop counts
///   if it could have happened in order", an uncertain event is not ruled out.
/// - `knownBy` (knowledge time) keeps a cite whose source was *certainly* published by that day, then keeps a
///   claim only while it has a supporting cite left; disputing cites known by then stay with it. Certainly,
///   not possibly: "what did we know on 9 July" must not credit a page dated only "July 2014", or one known
///   only to postdate some day, with knowledge it may not yet have given. A source with no known latest date
///   (`2014-09-10/..`) is therefore never known by any date.
/// - `minimumGrade` keeps a claim whose grade (its best support) meets the threshold on both scales.
/// - `mergingIdentities`, applied after the rest, merges the parties that `<identity>` claims graded at or above it
///   say are one (`EvidenceCase.mergingIdentities(atOrAbove:)`).
public struct CaseFilter: Hashable, Sendable {
    /// Keep what could have happened by the end of this day (event time); nil keeps every claim.
    public var asOf: CalendarDay?
    /// Keep what sources certainly published by this day say (knowledge time); nil keeps every cite.
    public var knownBy: CalendarDay?
    /// Keep claims whose best support meets this grade on both scales; nil keeps every grade.
    public var minimumGrade: Grade?
    /// Merge the parties that `<identity>` claims graded at least this say are one; nil merges none.
    public var mergingIdentities: Grade?

    /// A filter; every parameter left nil keeps everything on its count. See the properties for each.
    public init(
        asOf: CalendarDay? = nil, knownBy: CalendarDay? = nil, minimumGrade: Grade? = nil,
        mergingIdentities: Grade? = nil
    ) {
        self.asOf = asOf
        self.knownBy = knownBy
        self.minimumGrade = minimumGrade
        self.mergingIdentities = mergingIdentities
    }

    /// Whether the filter leaves everything in.
    public var isEmpty: Bool { !leavesOutClaims && mergingIdentities == nil }

    /// Whether the filter can leave claims out (each counted in `Omissions`, over the whole case), rather than at
    /// most merge parties: a query that reads part of a case cannot give those counts.
    package var leavesOutClaims: Bool { asOf != nil || knownBy != nil || minimumGrade != nil }

    /// What a filter left out, by reason, so output can say so.
    public struct Omissions: Hashable, Sendable, Codable {
        /// Claims that could not yet have happened by `asOf`.
        public var afterAsOf = 0
        /// Claims no source known by `knownBy` supports.
        public var unknownByKnownBy = 0
        /// Claims graded below `minimumGrade`.
        public var belowMinimumGrade = 0

        /// Nothing left out.
        public init() {}

        /// Everything left out, whatever the reason.
        public var total: Int { afterAsOf + unknownByKnownBy + belowMinimumGrade }
    }

    /// The case with the filter applied, and what it left out. Sources, parties and datasets all stay: only
    /// claims (and, for `knownBy`, cites) are removed.
    ///
    /// - Complexity: O(*n* + *c*) for *n* claims with *c* cites in all.
    public func apply(to evidence: EvidenceCase) -> (evidence: EvidenceCase, omitted: Omissions) {
        guard !isEmpty else { return (evidence, Omissions()) }
        var omitted = Omissions()
        let kept = evidence.removingClaims { claim in
            if let asOf, !claim.when.canBeOnOrBefore(asOf) {
                omitted.afterAsOf += 1
                return nil
            }
            var claim = claim
            if let knownBy {
                claim.cites.removeAll { cite in
                    guard let published = evidence.sources[cite.source]?.date.latest else { return true }
                    return published > knownBy
                }
                guard claim.cites.contains(where: { $0.stance == .supports }) else {
                    omitted.unknownByKnownBy += 1
                    return nil
                }
            }
            if let minimumGrade, !(claim.grade(sources: evidence.sources)?.meets(minimumGrade) ?? false) {
                omitted.belowMinimumGrade += 1
                return nil
            }
            return claim
        }
        guard let mergingIdentities else { return (kept, omitted) }
        return (kept.mergingIdentities(atOrAbove: mergingIdentities), omitted)
    }
}
