/// The case as a graph: datasets linked by the claims that created, moved and used them, indexed for queries.
///
/// Building it is linear in the size of the case; every index keeps its lists in claim-id order, so whatever is
/// built from them is deterministic. The graph is a value: build it once per case and share it freely.
public struct LineageGraph: Sendable {
    /// The case the graph indexes.
    public let evidence: EvidenceCase
    /// The case's claim ids in order (`EvidenceCase.sortedClaimIDs`), sorted once here for everything that walks
    /// the claims in order over this graph: sorting a million ids costs about as much as building the graph.
    package let claimOrder: [ClaimID]
    /// The claims themselves in that order, for the walks that need each claim and not only its id: taken from
    /// the sort, so that no walk looks every claim up by id again (a lookup in the case's largest table, about a
    /// tenth of `check`'s time when each walk did it, issue 18).
    package let orderedClaims: [Claim]

    /// For each dataset, the extractions and derivations that made it.
    package let creations: [DatasetID: [ClaimID]]
    /// For each dataset, the datasets it was derived or extracted from (its parents).
    package let parents: [DatasetID: [DatasetID]]
    /// For each dataset, the datasets derived or extracted from it (its children).
    package let children: [DatasetID: [DatasetID]]
    /// For each dataset, every claim about it.
    package let claimsByDataset: [DatasetID: [ClaimID]]
    /// For each party, every claim that names it.
    package let claimsByParty: [PartyID: [ClaimID]]

    /// - Complexity: O(*n* log *n*) for *n* claims (one sort; the rest is linear).
    public init(_ evidence: EvidenceCase) {
        self.evidence = evidence
        // The order of `EvidenceCase.sortedClaimIDs`, sorting the (id, claim) pairs so that the claims come with it.
        let sorted = evidence.claims.sorted { $0.key < $1.key }
        claimOrder = sorted.map(\.key)
        orderedClaims = sorted.map(\.value)
        var creations: [DatasetID: [ClaimID]] = [:]
        var parents: [DatasetID: [DatasetID]] = [:]
        var children: [DatasetID: [DatasetID]] = [:]
        var claimsByDataset: [DatasetID: [ClaimID]] = [:]
        var claimsByParty: [PartyID: [ClaimID]] = [:]
        // Each parent-child link once, however many claims state it: a set, so that a derivation from n inputs
        // costs O(n), not the O(n²) of searching the lists it appends to.
        var linked: Set<DatasetLink> = []

        for claim in orderedClaims {
            if let dataset = claim.dataset { claimsByDataset[dataset, default: []].append(claim.id) }
            // Each party once, in order: sorted, then repeats dropped (a claim names two or three parties, so no set).
            var named = claim.parties
            named.sort()
            for (index, party) in named.enumerated() where index == 0 || named[index - 1] != party {
                claimsByParty[party, default: []].append(claim.id)
            }
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
            for input in inputs where linked.insert(DatasetLink(parent: input, child: made)).inserted {
                parents[made, default: []].append(input)
                children[input, default: []].append(made)
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
    package func earliestExistence(of dataset: DatasetID) -> CalendarDay? {
        let starts = (creations[dataset] ?? []).map { evidence.claims[$0]?.when.earliest }
        guard !starts.isEmpty, !starts.contains(where: { $0 == nil }) else { return nil }
        return starts.compactMap { $0 }.min()
    }
}

/// A dataset made from another, as `LineageGraph` records it once.
private struct DatasetLink: Hashable {
    var parent: DatasetID
    var child: DatasetID
}
