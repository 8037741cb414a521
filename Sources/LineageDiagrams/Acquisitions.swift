import LineageCore

/// Which party is known to have come by which dataset, so the diagrams can show where the chain is broken: a
/// party that passes on, uses, derives from, deletes or is said to hold a dataset with no claim saying how it got
/// it holds it unexplained — a gap to close.
struct Acquisitions {
    /// A party holding a dataset.
    struct Holding: Hashable, Comparable {
        var party: PartyID
        var dataset: DatasetID

        static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.party, lhs.dataset) < (rhs.party, rhs.dataset)
        }
    }

    private let evidence: EvidenceCase
    /// Holdings some claim explains: the receiver of a transfer, the extractor of a batch, the maker of a
    /// derived dataset.
    private let explained: Set<Holding>

    /// - Complexity: O(*n*) for *n* claims.
    init(_ evidence: EvidenceCase) {
        self.evidence = evidence
        var explained: Set<Holding> = []
        for claim in evidence.claims.values {
            switch claim.action {
            case .transfer(let dataset, _, let to, _, _): explained.insert(Holding(party: to, dataset: dataset))
            case .extraction(let dataset, _, let by, _, _), .derivation(let dataset, _, let by, _, _):
                explained.insert(Holding(party: by, dataset: dataset))
            case .use, .holding, .deletion, .delegation, .containment, .event, .identity: break
            }
        }
        self.explained = explained
    }

    /// Whether some claim says how the party got the dataset. A database held by its owner needs no explanation:
    /// it is the owner's own system of record.
    func isExplained(_ holding: Holding) -> Bool {
        if explained.contains(holding) { return true }
        guard let dataset = evidence.datasets[holding.dataset] else { return false }
        return dataset.kind == .database && dataset.owners.contains(holding.party)
    }

    /// What a claim presumes its party already held: the sender's copy of a transfer, a deriver's inputs, the
    /// dataset used, deleted or said to be held.
    static func presumed(by claim: Claim) -> [Holding] {
        switch claim.action {
        case .transfer(let dataset, let from, _, _, _): [Holding(party: from, dataset: dataset)]
        case .derivation(_, let from, let by, _, _): from.map { Holding(party: by, dataset: $0) }
        case .use(let dataset, let by, _, _): [Holding(party: by, dataset: dataset)]
        case .holding(let dataset, let party), .deletion(let dataset, let party):
            [Holding(party: party, dataset: dataset)]
        case .extraction, .delegation, .containment, .event, .identity: []
        }
    }
}
