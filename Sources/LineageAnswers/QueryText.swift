package import LineageCore

/// The text form of query answers, shared by the query commands: one line per hop, with dates, counts, grades
/// and [source] references, so a line can be pasted into a report as it stands.
package struct QueryText {
    package let evidence: EvidenceCase

    package init(evidence: EvidenceCase) {
        self.evidence = evidence
    }

    /// `broker (Bunkensha)`, the id with the name when it says more, marked when the party is unidentified.
    package func party(_ id: PartyID) -> String {
        guard let party = evidence.parties[id] else { return id.rawValue }
        var text = party.name == id.rawValue ? id.rawValue : "\(id) (\(LineText.escaped(party.name)))"
        if !party.isIdentified { text += " [unidentified]" }
        return text
    }

    /// The id, marked when the party is unidentified: `dealer [unidentified]`. For hop lines, where names would
    /// crowd out the dates and sources.
    package func reference(_ id: PartyID) -> String {
        evidence.parties[id]?.isIdentified == false ? "\(id) [unidentified]" : id.rawValue
    }

    /// A day, or `undated` when no date bounds it.
    package static func day(_ day: CalendarDay?) -> String {
        day?.description ?? "undated"
    }

    /// The day a hop or a path arrives, after the date as written when the claim of the arriving `step` wrote it
    /// approximate or uncertain: `2013-07~ → from 2013-06-01`. A qualifier widens the date (about July 2013 may
    /// be June), so the computed day alone reads as if a source had said June: a report quoting the answer would
    /// be wrong. Plain dates and intervals read as they are written and keep the day alone, and so does a held
    /// step, whose day comes from the data, not from the holding's date.
    package static func day(_ day: CalendarDay?, arrivingBy step: CustodyStep?) -> String {
        guard let step, step.link != .held, startIsQualified(step.claim.when) else { return Self.day(day) }
        return "\(step.claim.when) → from \(Self.day(day))"
    }

    /// Whether the date the earliest day is computed from (the date, or an interval's start) carries `~`, `?` or
    /// `%`: only then does the computed day fall outside what was written.
    private static func startIsQualified(_ time: EventTime) -> Bool {
        switch time {
        case .date(let date), .interval(from: .date(let date), to: _): !date.qualifier.isEmpty
        case .interval: false
        }
    }

    /// `B2`, or `ungraded` when no supporting source is known.
    package static func grade(_ grade: Grade?) -> String {
        grade?.description ?? "ungraded"
    }

    /// What a claim says, in words: `engineer → broker`, `engineer extracts batch from db`, ...
    package func summary(of claim: Claim) -> String {
        switch claim.action {
        case .extraction(let dataset, let from, let by, _, _):
            return "\(by) extracts \(dataset) from \(from)"
        case .derivation(let dataset, let from, let by, let operation, _):
            return
                "\(by) makes \(dataset) from \(from.map(\.rawValue).joined(separator: " + ")) (\(operation.rawValue))"
        case .transfer(let dataset, let from, let to, _, let price):
            return "\(dataset): \(from) → \(to)" + (claim.basis.map { " (\($0.rawValue))" } ?? "")
                + (price.map { " for \(LineText.escaped($0))" } ?? "")
                + (claim.payment.map { " for \(LineText.escaped($0.description))" } ?? "")
        case .use(let dataset, let by, let purpose, _):
            return "\(by) uses \(dataset)" + (purpose.map { " for \(LineText.escaped($0))" } ?? "")
        case .holding(let dataset, let party):
            return "\(party) holds \(dataset)"
        case .deletion(let dataset, let party):
            return "\(party) says it deleted \(dataset)"
        case .delegation(let agent, let principal, let relation):
            return "\(agent) works for \(principal) (\(relation.rawValue))"
        case .containment(let dataset, let within, _):
            return "\(dataset) is inside \(within)"
        case .event(let kind, let parties, let datasets):
            let concerned = (parties.map(\.rawValue) + datasets.map(\.rawValue)).joined(separator: ", ")
            return kind.rawValue + (concerned.isEmpty ? "" : " (\(concerned))")
        case .identity(let party, let sameAs):
            return "\(party) is possibly the same as \(sameAs)"
        }
    }

    /// `possibly the same as broker-west (West Data), grade C3 [i-east-west]`: one line per identity claim that
    /// names the party, either way round, best graded first.
    package func identities(of id: PartyID) -> [String] {
        identities(evidence.identities(of: id))
    }

    /// The lines for a party's possible identities, found already (`EvidenceCase.identitiesByParty()`).
    package func identities(_ found: [EvidenceCase.PossibleIdentity]) -> [String] {
        found.map { identity in
            "possibly the same as \(party(identity.other)), grade \(Self.grade(identity.grade)) [\(identity.claim.id)]"
        }
    }

    /// `transfer 't1' (2014-05)`.
    package static func name(of claim: Claim) -> String {
        "\(claim.kind.rawValue) '\(claim.id)' (\(claim.when))"
    }

    /// `[s1 B2, s3 E4 disputes]`: each cite's source and the grade it gives, disputing ones marked.
    package func cites(of claim: Claim) -> String {
        let cites = claim.cites.map { cite in
            let reliability = evidence.sources[cite.source]?.reliability.rawValue ?? "?"
            let stance = cite.stance == .disputes ? " disputes" : ""
            return "\(cite.source) \(reliability)\(cite.credibility.rawValue)\(stance)"
        }
        return "[\(cites.joined(separator: ", "))]"
    }

    /// One hop: `2014-06-18  engineer → broker: transfer 't1' (2014-06-18), 10,090,000 records, B2 [s1 B2]`.
    /// Paths of more hops than this are shown by `received` as the holding they pass through last and their last
    /// hop (that holding's own path is listed with it): far beyond any real chain of custody, so only generated
    /// or pathological cases see it.
    package static let longPath = 64

    package func line(for step: CustodyStep) -> String {
        var text = Self.day(step.earliest, arrivingBy: step).padded(to: 14) + " "
        let holder = reference(step.holder)
        switch step.link {
        case .made where step.claim.kind == .extraction:
            text += "\(holder) extracts \(step.dataset) from \(step.inputs.map(\.rawValue).joined(separator: ", ")): "
        case .made:
            text += "\(holder) makes \(step.dataset) from \(step.inputs.map(\.rawValue).joined(separator: " + ")): "
        case .transfer:
            let basis = step.claim.basis.map { " (\($0.rawValue))" } ?? ""
            text += "\(step.sender.map(reference) ?? "?") → \(holder), \(step.dataset)\(basis): "
        case .contained:
            text += "\(holder) holds \(step.dataset) inside \(step.inputs.map(\.rawValue).joined(separator: ", ")): "
        case .held:
            text += "\(holder) holds \(step.dataset), how it got it is not in the evidence; shown by "
        case .shown:
            text += "\(holder) holds \(step.dataset), shown by "
        }
        text += Self.name(of: step.claim)
        if let records = step.records { text += ", \(records)" }
        text += ", \(Self.grade(step.grade)) \(cites(of: step.claim))"
        if !step.isOrderCertain { text += " (order only possible)" }
        if step.isDisputed { text += " DISPUTED" }
        if !step.sameHop.isEmpty {
            text += step.link == .held || step.link == .shown ? "; also shown by " : "; also claimed by "
            // Corroboration, each claim with its sources.
            text += step.sameHop.map { id in
                evidence.claims[id].map { "'\(id)' \(cites(of: $0))" } ?? "'\(id)'"
            }.joined(separator: ", ")
        }
        return text
    }

    /// The marks a path earns: `grade B2, order only possible, disputed`.
    package static func marks(grade: Grade?, isOrderCertain: Bool, isDisputed: Bool) -> String {
        var marks = ["grade \(Self.grade(grade))"]
        if !isOrderCertain { marks.append("order only possible") }
        if isDisputed { marks.append("disputed") }
        return marks.joined(separator: ", ")
    }

    /// Why a hop was left out of the paths.
    package func line(for hop: LeftOutHop) -> String {
        let claim = "\(Self.name(of: hop.claim)) \(summary(of: hop.claim))"
        switch hop.reason {
        case .beforeDataArrived(let day):
            let party: PartyID? =
                if case .transfer(_, let from, _, _, _) = hop.claim.action { from } else { hop.claim.holder }
            return "\(claim): the data cannot have reached \(party.map(\.rawValue) ?? "its source") before \(day)"
        case .afterNextHop(let day):
            return "\(claim): too late for the hop it would lead into, which happened by \(day)"
        }
    }

    /// What the filter left out, as lines such as `2 claims below --min-grade B2 left out`; none when nothing was.
    package static func omissions(_ omitted: CaseFilter.Omissions, _ filter: CaseFilter) -> [String] {
        var lines: [String] = []
        let claims = { (count: Int) in "\(count) claim\(count == 1 ? "" : "s")" }
        if let asOf = filter.asOf, omitted.afterAsOf > 0 {
            lines.append("\(claims(omitted.afterAsOf)) after --as-of \(asOf) left out")
        }
        if let knownBy = filter.knownBy, omitted.unknownByKnownBy > 0 {
            lines.append(
                "\(claims(omitted.unknownByKnownBy)) no source known by --known-by \(knownBy) supports left out")
        }
        if let grade = filter.minimumGrade, omitted.belowMinimumGrade > 0 {
            lines.append("\(claims(omitted.belowMinimumGrade)) below --min-grade \(grade) left out")
        }
        return lines
    }
}

extension String {
    /// The string padded with spaces to at least `length` characters.
    package func padded(to length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
