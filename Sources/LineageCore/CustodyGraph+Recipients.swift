extension CustodyGraph {
    /// Every party that can have received `dataset`, or a dataset made from it (transitively: batches extracted
    /// from it, lists derived from those, ...), with the earliest day it can have held each and the path that
    /// gets it there soonest.
    ///
    /// Semantics:
    /// - The dataset's makers are its first holders. A party shown holding data with no claim saying how it got
    ///   it holds it from the day the data existed (a `held` step); its onward sales still count.
    /// - Paths respect time: a hop counts only if it can have happened on or after the day the data reached its
    ///   sender (or maker); a hop whose dates merely overlap counts, and the path is marked as only possibly in
    ///   order. A hop that cannot fit is left out and listed in `leftOut`.
    /// - Each (party, dataset) custody is reached once, by its earliest path, so parties that trade in cycles
    ///   appear once each and the search ends. Other ways in are counted, not listed.
    /// - Disputed claims are hops like any other, and marked. Claims left out by a `CaseFilter` are simply not in
    ///   the graph: say so with the filter's omissions.
    ///
    /// - Complexity: O((*s* + *h*) log *h* + *r* log *r*) for the *s* custodies and *h* hops reachable from the
    ///   dataset and the *r* recipients, plus O(*S*) for the labels of all *S* states. No sort of the whole case.
    public func recipients(of dataset: DatasetID) throws(QueryError) -> Recipients {
        guard let root = datasetNumbers[dataset] else {
            throw QueryError(id: dataset.rawValue, expected: DatasetKindTag.noun, in: graph.evidence)
        }
        let search = EarliestArrival(from: root, in: self)
        let arrivals = search.arrivals

        // Group the settled custodies by party. They were settled earliest first, so each party's first is its
        // earliest; recipients are then ordered by that day and party number (party numbers follow id order).
        var holdingsByParty: [Int32: [Recipients.Holding]] = [:]
        var firstDay: [(day: Int, party: Int32)] = []
        for state in search.settled {
            let arrival = arrivals[Int(state)]
            let party = partyNumber(of: state)
            let holding = Recipients.Holding(
                party: partyIDs[Int(party)], dataset: datasetIDs[Int(datasetNumber(of: state))],
                earliest: arrival.day.boundedDay, grade: arrival.grade.grade, isDisputed: arrival.isDisputed,
                isOrderCertain: arrival.isOrderCertain, hopCount: Int(arrival.hops), otherWays: Int(arrival.ways) - 1,
                state: state)
            if holdingsByParty[party] == nil { firstDay.append((arrival.day, party)) }
            holdingsByParty[party, default: []].append(holding)
        }
        firstDay.sort { ($0.day, $0.party) < ($1.day, $1.party) }
        let recipients = firstDay.map { day, party in
            var holdings = holdingsByParty[party]!
            holdings.sort { (arrivals[Int($0.state)].day, datasetNumber(of: $0.state)) < (arrivals[Int($1.state)].day, datasetNumber(of: $1.state)) }
            let best = holdings.map { arrivals[Int($0.state)].grade }.min()!
            return Recipients.Recipient(
                party: partyIDs[Int(party)], earliest: day.boundedDay, grade: best.grade, holdings: holdings)
        }

        // A claim can fail twice (as a sale, and as the seller's only sign of holding): keep the earliest day,
        // which is true of both.
        var earliestFailure: [Int32: Int] = [:]
        for (claim, day) in search.leftOut { earliestFailure[claim] = min(earliestFailure[claim] ?? .max, day) }
        let leftOut = earliestFailure.map { claim, day in
            LeftOutHop(
                claim: graph.evidence.claims[claimIDs[Int(claim)]]!, reason: .beforeDataArrived(CalendarDay(ordinal: day)))
        }.sorted { $0.claim.id < $1.claim.id }
        return Recipients(
            dataset: dataset, recipients: recipients, leftOut: leftOut, custody: self, root: root, arrivals: arrivals)
    }
}
