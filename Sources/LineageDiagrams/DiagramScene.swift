import LineageCore

/// What a diagram draws, decided once for both views: the case as the filter leaves it, the claims the batch or
/// focus selects, and the bookkeeping every label needs (source numbers, what is known to have been acquired, how
/// much was left out and why).
struct DiagramScene {
    let options: DiagramOptions
    /// The case after `--as-of`, `--known-by` and `--min-grade`.
    let evidence: EvidenceCase
    let graph: LineageGraph
    /// The claims to draw, in id order: every kind but events and identities.
    let claims: [Claim]
    /// The events to draw as annotations on the parties they concern (`--events`), in id order.
    let events: [Claim]
    /// Parties drawn even when no drawn claim names them: the focus party.
    let extraParties: [PartyID]
    /// The party the diagram centres on, drawn so it stands out.
    let focusParty: PartyID?
    /// What the filter left out.
    let omitted: CaseFilter.Omissions
    /// Claims the filter kept that lie outside the batch or focus.
    let outsideSelection: Int
    /// Delegations within the selection that `showsDelegations` off leaves out.
    let leftOutDelegations: Int
    let numbers: SourceNumbers
    let acquisitions: Acquisitions

    /// - Complexity: O(*n* log *n*) for *n* claims.
    init(_ lineage: LineageGraph, options: DiagramOptions) throws(DiagramError) {
        guard options.depth >= 0 else {
            throw DiagramError.negative(depth: options.depth)
        }
        let original = lineage.evidence
        let (evidence, omitted) = options.filter.apply(to: original)
        let graph = options.filter.isEmpty ? lineage : LineageGraph(evidence)
        self.options = options
        self.evidence = evidence
        self.graph = graph
        self.omitted = omitted
        numbers = SourceNumbers(evidence.sources.keys)
        acquisitions = Acquisitions(graph)

        // Nil while nothing narrows the selection: every claim the filter kept.
        var selected: Set<ClaimID>?
        var focusParty: PartyID?
        var extraParties: [PartyID] = []
        if let batch = options.batch {
            guard evidence.datasets[batch] != nil else {
                throw DiagramError(.unknownBatch, id: batch.rawValue, expected: "dataset", in: original)
            }
            selected = Self.withDelegations(Set(graph.claims(downstreamOf: batch)), in: graph)
        }
        if let focus = options.focus {
            guard let item = graph.item(focus) else {
                if original.claims[ClaimID(focus)] != nil {
                    throw DiagramError.focusLeftOutByFilter(claim: focus)
                }
                throw DiagramError(.unknownFocus, id: focus, expected: "party, dataset or claim", in: original)
            }
            let neighbourhood = graph.neighbourhood(of: item, depth: options.depth)
            selected = selected?.intersection(neighbourhood.claims) ?? Set(neighbourhood.claims)
            if case .party(let party) = item {
                focusParty = party
                extraParties = [party]
            }
        }
        if let trace = options.trace {
            let traced = Self.withDelegations(try Self.claims(tracing: trace, in: graph, original: original), in: graph)
            selected = selected?.intersection(traced) ?? traced
            if graph.evidence.parties[PartyID(trace)] != nil {
                focusParty = PartyID(trace)
                extraParties = [PartyID(trace)]
            }
        }
        // Events and identities move no data: they are never edges; events are drawn as annotations with
        // `--events`.
        // In id order: the graph's sorted ids, so that drawing the whole case sorts nothing again.
        let ordered = selected.map { selected in graph.claimOrder.filter(selected.contains) } ?? graph.claimOrder
        let chosen = ordered.compactMap { evidence.claims[$0] }
        var claims = chosen.filter { $0.kind != .event && $0.kind != .identity }
        events = options.showsEvents ? chosen.filter { $0.kind == .event } : []
        let drawable = evidence.claims.values.count { $0.kind != .event && $0.kind != .identity }
        outsideSelection = drawable - claims.count
        if !options.showsDelegations {
            leftOutDelegations = claims.count { $0.kind == .delegation }
            claims.removeAll { $0.kind == .delegation }
        } else {
            leftOutDelegations = 0
        }
        self.claims = claims
        self.focusParty = focusParty
        self.extraParties = extraParties
    }

    /// The claims on every path `lineage trace` gives for `id`, a dataset or a party: each step's claim and the
    /// other claims that state the same hop.
    private static func claims(tracing id: String, in graph: LineageGraph, original: EvidenceCase) throws(DiagramError)
        -> Set<ClaimID>
    {
        let custody = CustodyGraph(graph)
        let provenance: Provenance
        do {
            if graph.evidence.parties[PartyID(id)] != nil {
                provenance = try custody.provenance(of: PartyID(id))
            } else {
                provenance = try custody.provenance(of: DatasetID(id))
            }
        } catch {
            throw DiagramError(.unknownTrace, id: id, expected: "dataset or party", in: original)
        }
        var claims = Set<ClaimID>()
        for holding in provenance.holdings {
            for path in holding.paths {
                for step in path.steps {
                    claims.insert(step.claim.id)
                    claims.formUnion(step.sameHop)
                }
            }
        }
        return claims
    }

    /// `claims` with the delegations that say whom their parties worked for, and whom those worked for in turn:
    /// the organisational context of a batch's handlers, which the batch's own claims do not name.
    private static func withDelegations(_ claims: Set<ClaimID>, in graph: LineageGraph) -> Set<ClaimID> {
        var claims = claims
        var pending = claims.compactMap { graph.evidence.claims[$0] }.flatMap(\.parties)
        var seen = Set(pending)
        while let party = pending.popLast() {
            for id in graph.claimsByParty[party] ?? [] {
                guard let claim = graph.evidence.claims[id],
                    case .delegation(let agent, let principal, _) = claim.action,
                    agent == party
                else { continue }
                claims.insert(id)
                if seen.insert(principal).inserted { pending.append(principal) }
            }
        }
        return claims
    }

    // MARK: Lookups the views share

    /// The label of a party in the chosen language, or its id when the case does not define it.
    func label(of party: PartyID) -> String {
        evidence.parties[party]?.label(in: options.language) ?? party.rawValue
    }

    /// The name of a dataset in the diagram's language (its alias there, else its name), or its id when the case
    /// does not define it.
    func name(of dataset: DatasetID) -> String {
        evidence.datasets[dataset]?.label(in: options.language) ?? dataset.rawValue
    }

    /// What the sources say about a claim, with their numbers.
    func support(of claim: Claim) -> ClaimSupport {
        ClaimSupport(claim, in: evidence, numbers: numbers)
    }
}
