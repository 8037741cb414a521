import LineageCore

/// Something a picture draws that a reader must be told the meaning of. A view collects the marks it used, and
/// the legend explains exactly those, so nothing in a picture goes unexplained and the legend is not padded
/// with what the picture does not show.
enum DiagramMark: Hashable, Comparable, CaseIterable {
    case solid, dashed, dotted, disputed, merged
    case grades
    case organisation, person, unidentified, database, made, use, held, deleted
    case gap
    case delegationBox
    case qualifiedDate, openStart, openEnd
    case claimIDs
    /// Format 1.1: an entrustment edge, a containment edge, an event note.
    case entrustment, containment, event

    /// The mark of an edge drawn in this line style.
    static func line(_ style: String) -> DiagramMark {
        switch style {
        case "solid": .solid
        case "dashed": .dashed
        default: .dotted
        }
    }

    /// The date notations the times of these claims need explained.
    static func dates(of claims: [Claim]) -> Set<DiagramMark> {
        var marks: Set<DiagramMark> = []
        for claim in claims {
            if DiagramDate.isQualified(claim.when) { marks.insert(.qualifiedDate) }
            if DiagramDate.hasOpenStart(claim.when) { marks.insert(.openStart) }
            if case .interval(.date, let end) = claim.when, !isDate(end) { marks.insert(.openEnd) }
        }
        return marks
    }

    private static func isDate(_ bound: EventTime.Bound) -> Bool {
        if case .date = bound { return true }
        return false
    }
}
