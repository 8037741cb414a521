extension LineageGraph {
    /// Something in the case a query can start from: a party, a dataset or a claim.
    public enum Item: Hashable, Comparable, Sendable, CustomStringConvertible {
        case party(PartyID)
        case dataset(DatasetID)
        case claim(ClaimID)

        public var description: String {
            switch self {
            case .party(let id): "party '\(id)'"
            case .dataset(let id): "dataset '\(id)'"
            case .claim(let id): "claim '\(id)'"
            }
        }
    }

    /// The item `id` names in this case, or nil (a source id, or no id at all).
    public func item(_ id: String) -> Item? {
        if evidence.parties[PartyID(id)] != nil { return .party(PartyID(id)) }
        if evidence.datasets[DatasetID(id)] != nil { return .dataset(DatasetID(id)) }
        if evidence.claims[ClaimID(id)] != nil { return .claim(ClaimID(id)) }
        return nil
    }

    /// What lies around an item: the claims within `depth` hops, and the parties and datasets they name.
    public struct Neighbourhood: Hashable, Sendable {
        /// In id order.
        public var claims: [ClaimID]
        /// In id order; includes the item itself when it is a party, even with no claim.
        public var parties: [PartyID]
        /// In id order; includes the item itself when it is a dataset, even with no claim.
        public var datasets: [DatasetID]
    }

    /// The claims within `depth` hops of `item`, where a hop is one claim and a claim links everything it names:
    /// its parties, its dataset, and the datasets it was made from. Depth 1 around a party is every claim that
    /// names it; depth 2 adds every claim that names any party or dataset those claims name; and so on.
    /// A claim as the item is its own first hop: depth 0 gives the claim alone, depth 1 adds the claims that share
    /// a party or dataset with it.
    ///
    /// Breadth first, so each claim is reached by its shortest distance and the walk ends after `depth` rounds
    /// even in a case full of resale cycles.
    ///
    /// - Complexity: O(*k* log *k* + *i*) for the *k* claims reached and the *i* links between them and the
    ///   parties and datasets they name.
    public func neighbourhood(of item: Item, depth: Int) -> Neighbourhood {
        var claims: Set<ClaimID> = []
        var parties: Set<PartyID> = []
        var datasets: Set<DatasetID> = []
        var frontier: (parties: [PartyID], datasets: [DatasetID]) = ([], [])

        /// Takes a claim in, and puts what it names that is new on the next frontier.
        func take(_ claim: Claim, into next: inout (parties: [PartyID], datasets: [DatasetID])) {
            guard claims.insert(claim.id).inserted else { return }
            for party in claim.parties where parties.insert(party).inserted { next.parties.append(party) }
            for dataset in claim.datasetsNamed where datasets.insert(dataset).inserted { next.datasets.append(dataset) }
        }

        var remaining = depth
        switch item {
        case .party(let id):
            parties.insert(id)
            frontier.parties = [id]
        case .dataset(let id):
            datasets.insert(id)
            frontier.datasets = [id]
        case .claim(let id):
            guard let claim = evidence.claims[id] else { return Neighbourhood(claims: [], parties: [], datasets: []) }
            take(claim, into: &frontier)
        }
        while remaining > 0, !(frontier.parties.isEmpty && frontier.datasets.isEmpty) {
            remaining -= 1
            var next: (parties: [PartyID], datasets: [DatasetID]) = ([], [])
            for party in frontier.parties {
                for id in claimsByParty[party] ?? [] { if let claim = evidence.claims[id] { take(claim, into: &next) } }
            }
            for dataset in frontier.datasets {
                for id in claimsNaming(dataset) { if let claim = evidence.claims[id] { take(claim, into: &next) } }
            }
            frontier = next
        }
        return Neighbourhood(claims: claims.sorted(), parties: parties.sorted(), datasets: datasets.sorted())
    }

    /// The claims that name `dataset`: those about it, and the extractions and derivations that made another
    /// dataset from it.
    ///
    /// - Complexity: O(*k*) for the *k* claims about the dataset and its children.
    private func claimsNaming(_ dataset: DatasetID) -> [ClaimID] {
        var found = claimsByDataset[dataset] ?? []
        for child in children[dataset] ?? [] {
            found += (creations[child] ?? []).filter { evidence.claims[$0]?.datasetsNamed.contains(dataset) ?? false }
        }
        return found
    }
}
