extension EvidenceCase {
    /// One `<identity>` as seen from one of its parties: the other name, and how well it is supported.
    public struct PossibleIdentity: Hashable, Sendable {
        /// The other name: the party `party` may be the same as.
        public var other: PartyID
        /// The identity claim's grade; nil when no supporting source is known.
        public var grade: Grade?
        /// The `<identity>` claim that says so.
        public var claim: Claim
    }

    /// The parties `party` may be the same as, by the identity claims that name it either way round: best grade
    /// first, then by the other party's id.
    ///
    /// - Complexity: O(*n*) for *n* claims.
    public func identities(of party: PartyID) -> [PossibleIdentity] {
        var found: [PossibleIdentity] = []
        for claim in claims.values {
            guard let (one, other) = claim.possibleIdentity, one == party || other == party else { continue }
            found.append(PossibleIdentity(other: one == party ? other : one, grade: grade(of: claim), claim: claim))
        }
        return Self.bestGradedFirst(found)
    }

    /// `identities(of:)` for every party that has any, in one pass over the claims: for an answer that lists many
    /// parties (`received` on a large case asked once per recipient, and each ask read every claim).
    ///
    /// - Complexity: O(*n*) for *n* claims.
    package func identitiesByParty() -> [PartyID: [PossibleIdentity]] {
        var found: [PartyID: [PossibleIdentity]] = [:]
        for claim in claims.values {
            guard case .identity(let one, let other) = claim.action, one != other else { continue }
            let grade = grade(of: claim)
            found[one, default: []].append(PossibleIdentity(other: other, grade: grade, claim: claim))
            found[other, default: []].append(PossibleIdentity(other: one, grade: grade, claim: claim))
        }
        return found.mapValues(Self.bestGradedFirst)
    }

    /// Best grade first, then by the other party's id and the claim's.
    private static func bestGradedFirst(_ found: [PossibleIdentity]) -> [PossibleIdentity] {
        found.sorted { left, right in
            switch (left.grade, right.grade) {
            case let (l?, r?) where l != r: return l < r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (left.other, left.claim.id) < (right.other, right.claim.id)
            }
        }
    }

    /// The case with the parties that identity claims graded at or above `minimum` (`Grade.meets`) say are one merged into one,
    /// transitively: each group keeps the id of its identified party (the first by id when several are, or
    /// none is), and every reference to the others points at it. The identity claims that merged are dropped;
    /// a transfer between two merged names is no longer a hop to oneself, so it is dropped too.
    ///
    /// - Complexity: O(*n* α(*n*)) for *n* items, with a union–find over the parties.
    public func mergingIdentities(atOrAbove minimum: Grade) -> EvidenceCase {
        var parent: [PartyID: PartyID] = [:]
        func root(_ party: PartyID) -> PartyID {
            var current = party
            while let next = parent[current], next != current { current = next }
            return current
        }
        var merged: Set<ClaimID> = []
        for id in sortedClaimIDs {
            guard let claim = claims[id], case .identity(let one, let other) = claim.action,
                let grade = grade(of: claim), grade.meets(minimum), parties[one] != nil, parties[other] != nil
            else { continue }
            merged.insert(id)
            let (a, b) = (root(one), root(other))
            guard a != b else { continue }
            let keep = Self.keeper(a, b, parties)
            parent[keep == a ? b : a] = keep
        }
        guard !merged.isEmpty else { return self }
        var result = EvidenceCase()
        for source in sources.values { _ = result.insert(source) }
        for party in parties.values where root(party.id) == party.id { _ = result.insert(party) }
        for var dataset in datasets.values {
            var owners: [PartyID] = []
            for owner in dataset.owners.map(root) where !owners.contains(owner) { owners.append(owner) }
            dataset.owners = owners
            _ = result.insert(dataset)
        }
        for claim in claims.values where !merged.contains(claim.id) {
            var claim = claim
            claim.action = claim.action.renamingParties(root)
            if case .transfer(_, let from, let to, _, _) = claim.action, from == to { continue }
            _ = result.insert(claim)
        }
        return result
    }

    /// Which of two groups' parties names the merged one: an identified party over an unidentified one, else the
    /// first by id.
    private static func keeper(_ a: PartyID, _ b: PartyID, _ parties: [PartyID: Party]) -> PartyID {
        let (aKnown, bKnown) = (parties[a]?.isIdentified ?? false, parties[b]?.isIdentified ?? false)
        if aKnown != bKnown { return aKnown ? a : b }
        return min(a, b)
    }
}

extension Claim {
    /// The two names an `<identity>` says may be one party: the one definition every answer (received, trace,
    /// gaps) names identities by. Nil for other claims, and for an identity of a party with itself, which says
    /// nothing.
    public var possibleIdentity: (party: PartyID, sameAs: PartyID)? {
        guard case .identity(let party, let sameAs) = action, party != sameAs else { return nil }
        return (party, sameAs)
    }
}

extension Claim.Action {
    /// The action with every party it names replaced by what `rename` gives.
    package func renamingParties(_ rename: (PartyID) -> PartyID) -> Claim.Action {
        switch self {
        case .extraction(let dataset, let from, let by, let medium, let records):
            .extraction(dataset: dataset, from: from, by: rename(by), medium: medium, records: records)
        case .transfer(let dataset, let from, let to, let records, let price):
            .transfer(dataset: dataset, from: rename(from), to: rename(to), records: records, price: price)
        case .derivation(let dataset, let from, let by, let operation, let records):
            .derivation(dataset: dataset, from: from, by: rename(by), operation: operation, records: records)
        case .use(let dataset, let by, let purpose, let records):
            .use(dataset: dataset, by: rename(by), purpose: purpose, records: records)
        case .holding(let dataset, let party): .holding(dataset: dataset, party: rename(party))
        case .deletion(let dataset, let party): .deletion(dataset: dataset, party: rename(party))
        case .delegation(let agent, let principal, let relation):
            .delegation(agent: rename(agent), principal: rename(principal), relation: relation)
        case .containment: self
        case .event(let kind, let parties, let datasets):
            .event(kind: kind, parties: parties.map(rename), datasets: datasets)
        case .identity(let party, let sameAs): .identity(party: rename(party), sameAs: rename(sameAs))
        }
    }
}
