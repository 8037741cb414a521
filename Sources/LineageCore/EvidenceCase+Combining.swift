extension EvidenceCase {
    /// Inserts every item of `other`, in id order, and returns the errors for ids this case already uses (those
    /// items are left out, as `insert` leaves them out). How several case stores become one case.
    ///
    /// - Complexity: O(*m* log *m*) for the *m* items of `other`.
    public mutating func merge(_ other: EvidenceCase) -> [Diagnostic] {
        if count == 0 {
            // Nothing to collide with: take the other case whole rather than insert its items one by one.
            self = other
            return []
        }
        var problems: [Diagnostic] = []
        for id in other.sources.keys.sorted() {
            if let problem = insert(other.sources[id]!) { problems.append(problem) }
        }
        for id in other.parties.keys.sorted() {
            if let problem = insert(other.parties[id]!) { problems.append(problem) }
        }
        for id in other.datasets.keys.sorted() {
            if let problem = insert(other.datasets[id]!) { problems.append(problem) }
        }
        for id in other.sortedClaimIDs { if let problem = insert(other.claims[id]!) { problems.append(problem) } }
        return problems
    }

    /// The items of this case whose ids `base` does not use: what reading a file onto `base` added to it.
    ///
    /// - Complexity: O(*n*) for the *n* items of this case.
    public func subtracting(_ base: EvidenceCase) -> EvidenceCase {
        var rest = EvidenceCase()
        // Ids are unique within this case, so none of these inserts can be refused.
        for (id, source) in sources where base.sources[id] == nil { _ = rest.insert(source) }
        for (id, party) in parties where base.parties[id] == nil { _ = rest.insert(party) }
        for (id, dataset) in datasets where base.datasets[id] == nil { _ = rest.insert(dataset) }
        for (id, claim) in claims where base.claims[id] == nil { _ = rest.insert(claim) }
        return rest
    }
}
