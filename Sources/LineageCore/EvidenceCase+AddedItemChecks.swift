extension EvidenceCase {
    /// The checks of `check()` that items just added to a case can fail, run on the part of the case they can
    /// reach rather than on all of it: how a case store checks each new file against a large store without
    /// checking the store again.
    ///
    /// `self` is the case with `added` in it, and the case without them must have checked without errors (a case
    /// store's invariant: only files that check are added, and nothing is removed but retracted claims, which
    /// no reference can point at). Then every error `check()` finds in `self` is caused by the added items, and
    /// this finds the same errors. It checks a sub-case closed under references, holding:
    /// - the added items;
    /// - every claim about a dataset the added items define or name (for counts, and for events dated before a
    ///   dataset can exist, including older events a new extraction or derivation now contradicts);
    /// - every claim that made an ancestor of a dataset an added claim makes (any new derivation cycle runs
    ///   through one of those);
    /// - every source, party and dataset those claims and datasets refer to.
    ///
    /// Warnings are those of that sub-case: the ones the added items cause, and perhaps some older ones about the
    /// same datasets, worded from the part of the case checked.
    ///
    /// - Complexity: O(*n*) to index the case's *n* claims once, then `check()` on the sub-case.
    public func check(added: EvidenceCase) -> [Diagnostic] {
        // The datasets the added items can affect, and which claims made each dataset in the whole case.
        var touched = Set(added.datasets.keys)
        var newInputs: [DatasetID] = []
        for claim in added.claims.values {
            if let dataset = claim.dataset { touched.insert(dataset) }
            let inputs = claim.inputs
            touched.formUnion(inputs)
            newInputs += inputs
        }
        var makers: [DatasetID: [ClaimID]] = [:]
        var included: Set<ClaimID> = Set(added.claims.keys)
        for claim in claims.values {
            // A containment links its dataset to the one it is within: any new containment cycle runs through one.
            if Claim.Kind.madeFromOthers.contains(claim.kind), let dataset = claim.dataset {
                makers[dataset, default: []].append(claim.id)
            }
            if let dataset = claim.dataset, touched.contains(dataset) {
                included.insert(claim.id)
            } else if claim.inputs.contains(where: touched.contains) {
                included.insert(claim.id)
            }
        }
        // Ancestors of what the added claims are made from, with the claims that made them.
        var seen = Set(newInputs)
        var pending = newInputs
        while let dataset = pending.popLast() {
            for maker in makers[dataset] ?? [] {
                included.insert(maker)
                for input in claims[maker]?.inputs ?? [] where seen.insert(input).inserted { pending.append(input) }
            }
        }
        return subCase(claims: included, datasets: touched.union(seen), added: added).check()
    }

    /// The case made of `claimIDs`, `datasetIDs` and `added`, with everything they refer to, transitively: a
    /// dataset's owner, and an item of another kind that a reference names by mistake (`check()` names its kind
    /// in the error), with what that item refers to in turn.
    private func subCase(claims claimIDs: Set<ClaimID>, datasets datasetIDs: Set<DatasetID>, added: EvidenceCase)
        -> EvidenceCase
    {
        var part = added
        var pendingClaims = Array(claimIDs)
        var includedClaims = claimIDs
        var wanted = Set(datasetIDs.map(\.rawValue))
        var resolved: Set<String> = []
        while !pendingClaims.isEmpty || !wanted.subtracting(resolved).isEmpty {
            while let id = pendingClaims.popLast() {
                guard let claim = claims[id] else { continue }
                if added.claims[id] == nil { _ = part.insert(claim) }
                wanted.formUnion(claim.idsNamed)
            }
            for id in wanted.subtracting(resolved) {
                resolved.insert(id)
                if let source = sources[SourceID(id)], added.sources[source.id] == nil { _ = part.insert(source) }
                if let party = parties[PartyID(id)], added.parties[party.id] == nil { _ = part.insert(party) }
                if let dataset = datasets[DatasetID(id)] {
                    if added.datasets[dataset.id] == nil { _ = part.insert(dataset) }
                    wanted.formUnion(dataset.owners.map(\.rawValue))
                }
                if claims[ClaimID(id)] != nil, includedClaims.insert(ClaimID(id)).inserted {
                    pendingClaims.append(ClaimID(id))
                }
            }
        }
        return part
    }
}

extension Claim.Kind {
    /// The kinds whose claims make their dataset from other datasets, or find it in one (those with `inputs`):
    /// the claims a new cycle of datasets runs through. A case store selects them by kind in SQL.
    package static let madeFromOthers: Set<Claim.Kind> = [.extraction, .derivation, .containment]
}

extension Claim {
    /// Every id the claim refers to, as text: its datasets, its parties and its cited sources; what the sub-case
    /// of `check(added:)` follows, and a case store's neighbourhood of an addition with it.
    package var idsNamed: [String] {
        datasetsNamed.map(\.rawValue) + parties.map(\.rawValue) + cites.map(\.source.rawValue)
    }

    /// The datasets a claim makes its dataset from, or finds it in: an extraction's database, a derivation's
    /// inputs, a containment's `within`.
    package var inputs: [DatasetID] {
        switch action {
        case .extraction(_, let from, _, _, _): [from]
        case .derivation(_, let from, _, _, _): from
        case .containment(_, let within, _): [within]
        default: []
        }
    }
}
