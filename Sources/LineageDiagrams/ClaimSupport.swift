import LineageCore

/// What the sources say about one claim (or several merged into one edge): its grade, and the numbers of the
/// sources on each side. This is the evidence every edge carries.
struct ClaimSupport: Hashable {
    /// The best supporting grade; nil when no supporting source is known.
    var grade: Grade?
    /// Numbers of the sources that support it.
    var supporting: Set<Int>
    /// Numbers of the sources that dispute it.
    var disputing: Set<Int>
    /// How many of those claims a source disputes.
    var disputedClaims: Int

    init(_ claim: Claim, in evidence: EvidenceCase, numbers: SourceNumbers) {
        grade = evidence.grade(of: claim)
        supporting = Set(claim.supportingCites.compactMap { numbers.number(of: $0.source) })
        disputing = Set(claim.disputingCites.compactMap { numbers.number(of: $0.source) })
        disputedClaims = disputing.isEmpty ? 0 : 1
    }

    /// Several claims as one edge: the best grade any of them has, and every source on each side.
    init(merging supports: [ClaimSupport]) {
        grade = supports.compactMap(\.grade).min()
        supporting = supports.reduce(into: []) { $0.formUnion($1.supporting) }
        disputing = supports.reduce(into: []) { $0.formUnion($1.disputing) }
        disputedClaims = supports.reduce(0) { $0 + $1.disputedClaims }
    }

    var isDisputed: Bool { disputedClaims > 0 }

    /// How sure the line is, drawn: solid for confirmed or probable (credibility 1–2), dashed for possible (3),
    /// dotted for doubtful, improbable or unjudgeable (4–6) and for a claim no known source supports.
    var lineStyle: String {
        switch grade?.credibility {
        case .confirmed, .probable: "solid"
        case .possible: "dashed"
        case .doubtful, .improbable, .cannotBeJudged, nil: "dotted"
        }
    }

    /// `B2 [1, 3]`, or for a disputed claim `B2 [1] · disputed by [4]`: the grade and both sides' sources. A
    /// merged edge writes this for each of its claims, so that which one is disputed is never lost.
    var text: String {
        var text = grade.map { "\($0) " } ?? "ungraded "
        text += supporting.isEmpty ? "(no supporting source)" : SourceNumbers.citation(supporting)
        if isDisputed { text += " · disputed by " + SourceNumbers.citation(disputing) }
        return text
    }
}
