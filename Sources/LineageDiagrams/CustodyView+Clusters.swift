import LineageCore

/// An organisation drawn in a shaded box with the people a delegation says worked for it.
struct DelegationCluster {
    var organisation: PartyID
    /// In id order.
    var people: [PartyID]
}

extension CustodyView {
    /// The boxes to draw: each drawn person goes with one organisation they worked for, by the closest relation
    /// (employee, then dispatched, contractor, subcontractor; then claim id). Only undisputed delegations group:
    /// a box is a plain statement, and a disputed one would state too much. The box says who worked for whom and
    /// nothing more — the person's acts keep their own edges, never the organisation's.
    ///
    /// Only people the picture draws get a box: a person known only from the table of who worked for whom has
    /// nothing to be grouped with.
    ///
    /// - Complexity: O(*k* log *k*) for *k* delegations drawn.
    func delegationClusters(drawn: Set<String>) -> [DelegationCluster] {
        var chosen: [PartyID: (rank: Int, claim: ClaimID, organisation: PartyID)] = [:]
        for claim in scene.claims where !claim.isDisputed {
            guard case .delegation(let agent, let principal, let relation) = claim.action, drawn.contains(agent.rawValue),
                scene.evidence.parties[agent]?.kind == .person,
                scene.evidence.parties[principal]?.kind == .organization
            else { continue }
            let rank = Self.closeness(relation)
            if let current = chosen[agent], (current.rank, current.claim) <= (rank, claim.id) { continue }
            chosen[agent] = (rank, claim.id, principal)
        }
        var people: [PartyID: [PartyID]] = [:]
        for (person, choice) in chosen { people[choice.organisation, default: []].append(person) }
        return people.keys.sorted().map { DelegationCluster(organisation: $0, people: (people[$0] ?? []).sorted()) }
    }

    /// Who worked for whom, as a table beside the picture: one row a delegation, `agent — dispatched to →
    /// principal`, with its date and evidence (and id, when ids are shown). Nil when none is drawn.
    func delegationTable(_ delegations: [Claim]) -> HTMLLabel? {
        guard !delegations.isEmpty else { return nil }
        let rows = delegations.map { claim -> HTMLLabel in
            guard case .delegation(let agent, let principal, let relation) = claim.action else { return .row([]) }
            let who = "\(scene.label(of: agent)) — \(Self.phrase(relation)) → \(scene.label(of: principal))"
            let text = DiagramText.line(
                scene.options.showsIDs ? "claim \(claim.id)" : nil, who, DiagramDate.text(claim.when),
                scene.support(of: claim).text)
            let colour = claim.isDisputed ? DiagramStyle.disputed : DiagramStyle.ink
            return .row([
                .cell(
                    [.init("ALIGN", "LEFT"), .init("BALIGN", "LEFT"), .init("TOOLTIP", "delegation \(claim.id)")],
                    .font(color: colour, .text(DiagramText.wrapped(text, width: 110))))
            ])
        }
        return .table(DiagramKey.tableAttributes, rows)
    }

    private static func closeness(_ relation: Claim.Relation) -> Int {
        switch relation {
        case .employee: 0
        case .dispatched: 1
        case .contractor: 2
        case .subcontractor: 3
        }
    }
}
