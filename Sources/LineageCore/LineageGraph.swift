/// The case as a graph: datasets linked by the claims that created, moved and used them, indexed for queries.
///
/// Building it is linear in the size of the case; every index keeps its lists in claim-id order, so whatever is
/// built from them is deterministic. The graph is a value: build it once per case and share it freely.
public struct LineageGraph: Sendable {
    public let evidence: EvidenceCase

    /// For each dataset, the extractions and derivations that made it.
    public let creations: [DatasetID: [ClaimID]]
    /// For each dataset, the datasets it was derived or extracted from (its parents).
    public let parents: [DatasetID: [DatasetID]]
    /// For each dataset, the datasets derived or extracted from it (its children).
    public let children: [DatasetID: [DatasetID]]
    /// For each dataset, every claim about it.
    public let claimsByDataset: [DatasetID: [ClaimID]]
    /// For each party, every claim that names it.
    public let claimsByParty: [PartyID: [ClaimID]]

    /// - Complexity: O(*n* log *n*) for *n* claims (one sort; the rest is linear).
    public init(_ evidence: EvidenceCase) {
        self.evidence = evidence
        var creations: [DatasetID: [ClaimID]] = [:]
        var parents: [DatasetID: [DatasetID]] = [:]
        var children: [DatasetID: [DatasetID]] = [:]
        var claimsByDataset: [DatasetID: [ClaimID]] = [:]
        var claimsByParty: [PartyID: [ClaimID]] = [:]

        for id in evidence.sortedClaimIDs {
            let claim = evidence.claims[id]!
            if let dataset = claim.dataset { claimsByDataset[dataset, default: []].append(claim.id) }
            for party in Set(claim.parties).sorted() { claimsByParty[party, default: []].append(claim.id) }
            let inputs: [DatasetID]
            switch claim.action {
            case .extraction(let dataset, let from, _, _, _):
                inputs = [from]
                creations[dataset, default: []].append(claim.id)
            case .derivation(let dataset, let from, _, _, _):
                inputs = from
                creations[dataset, default: []].append(claim.id)
            default:
                continue
            }
            let made = claim.dataset!
            for input in inputs {
                if !(parents[made]?.contains(input) ?? false) { parents[made, default: []].append(input) }
                if !(children[input]?.contains(made) ?? false) { children[input, default: []].append(made) }
            }
        }
        self.creations = creations
        self.parents = parents
        self.children = children
        self.claimsByDataset = claimsByDataset
        self.claimsByParty = claimsByParty
    }

    /// The earliest day a dataset can have existed: the earliest start among the claims that made it. Nil when
    /// no claim made it (a database, or a list whose making is a gap) or when a making claim has no known start.
    ///
    /// - Complexity: O(*k*) for the *k* claims that made the dataset.
    public func earliestExistence(of dataset: DatasetID) -> CalendarDay? {
        let starts = (creations[dataset] ?? []).map { evidence.claims[$0]?.when.earliest }
        guard !starts.isEmpty, !starts.contains(where: { $0 == nil }) else { return nil }
        return starts.compactMap { $0 }.min()
    }
}
