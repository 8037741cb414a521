extension CustodyGraph {
    /// What an investigator should chase next, each list in id order:
    /// - holdings with no known acquisition (`unexplainedHoldings()`: never an owner's or a maker's), and batches
    ///   and lists no claim makes;
    /// - unidentified parties that claims name;
    /// - claims resting on one source, or only on cites that cannot be judged (reliability F or credibility 6);
    /// - disputed claims;
    /// - claims stating the same hop with counts in one unit that differ (only the claims counting in that unit;
    ///   "about" counts only beyond 10%), counts in different units (a kind of its own), dates that share no day,
    ///   or prices that differ, side by side.
    ///
    /// - Complexity: O(*n* log *n*) for *n* claims.
    public func gaps() -> Gaps {
        let evidence = graph.evidence
        var gaps = Gaps()

        gaps.unexplainedHoldings = unexplainedHoldings()
        gaps.unmadeDatasets = datasetIDs.indices.filter { number in
            evidence.datasets[datasetIDs[number]]?.kind != .database && makings(of: Int32(number)).isEmpty
        }.map { datasetIDs[$0] }
        gaps.unidentifiedParties = evidence.parties.values.filter { !$0.isIdentified }.map(\.id).sorted().map {
            Gaps.UnidentifiedParty(party: $0, claims: graph.claimsByParty[$0] ?? [])
        }

        let claims = graph.claimOrder.compactMap { evidence.claims[$0] }
        for claim in claims {
            let supporting = claim.supportingCites
            if Set(supporting.map(\.source)).count <= 1 { gaps.singleSource.append(claim) }
            let ungraded = supporting.allSatisfy { cite in
                cite.credibility == .cannotBeJudged || evidence.sources[cite.source]?.reliability == .f
            }
            if !supporting.isEmpty, ungraded { gaps.ungradedSupport.append(claim) }
            if claim.isDisputed { gaps.disputed.append(claim) }
        }
        gaps.conflicts = Self.conflicts(among: claims)
        gaps.possibleIdentities = claims.filter { $0.possibleIdentity != nil }
        return gaps
    }

    /// What identifies a hop, whichever claim states it.
    private struct HopKey: Hashable {
        var kind: Claim.Kind
        var dataset: DatasetID
        var from: [String]
        var to: PartyID
    }

    /// Groups the claims (given in id order) by the hop they state, and reports the groups that disagree.
    private static func conflicts(among claims: [Claim]) -> [Gaps.Conflict] {
        var groups: [HopKey: [Claim]] = [:]
        var order: [HopKey] = []
        for claim in claims {
            let key: HopKey
            switch claim.action {
            case .extraction(let dataset, let from, let by, _, _):
                key = HopKey(kind: .extraction, dataset: dataset, from: [from.rawValue], to: by)
            case .derivation(let dataset, let from, let by, _, _):
                key = HopKey(kind: .derivation, dataset: dataset, from: from.map(\.rawValue).sorted(), to: by)
            case .transfer(let dataset, let from, let to, _, _):
                key = HopKey(kind: .transfer, dataset: dataset, from: [from.rawValue], to: to)
            case .containment(let dataset, let within, _):
                key = HopKey(kind: .containment, dataset: dataset, from: [within.rawValue], to: PartyID(""))
            case .use, .holding, .deletion, .delegation, .event, .identity:
                continue
            }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(claim)
        }
        var conflicts: [Gaps.Conflict] = []
        for key in order {
            let group = groups[key]!
            guard group.count > 1 else { continue }
            let counted = group.filter { $0.records != nil }
            if Set(counted.map { $0.records!.unit }).count > 1 { conflicts.append(.init(kind: .units, claims: group)) }
            // Counts are compared only within one unit: one conflict per unit whose counts differ (an "about" count
            // only beyond 10%), with only the claims counting in it.
            var units: [CountUnit] = []  // at most one of each of the three units
            for claim in counted where !units.contains(claim.records!.unit) { units.append(claim.records!.unit) }
            for unit in units {
                let inUnit = counted.filter { $0.records!.unit == unit }
                if RecordCount.anyConflict(among: inUnit.map { $0.records! }) {
                    conflicts.append(.init(kind: .counts, claims: inUnit))
                }
            }
            if EventTime.anyDisjoint(group.map(\.when)) { conflicts.append(.init(kind: .dates, claims: group)) }
            if Price.anyConflict(among: group.compactMap(\.payment)) {
                conflicts.append(.init(kind: .prices, claims: group))
            }
        }
        return conflicts
    }
}
