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
    /// - Complexity: O(*s* + *h* + *D* + *r* log *r*) for the *s* custodies and *h* hops reachable from the
    ///   dataset, the *D* distinct days of the case and the *r* recipients, plus O(*S*) for the labels of all *S*
    ///   states. No sort of the whole case, and no string is hashed or compared.
    public func recipients(of dataset: DatasetID) throws(QueryError) -> Recipients {
        guard let root = datasetNumbers[dataset] else {
            throw QueryError(id: dataset.rawValue, expected: DatasetKindTag.noun, in: graph.evidence)
        }
        let search = EarliestArrival(from: [root], in: self)
        let reaches = search.reaches

        // Group the settled custodies by party (a counting sort, which keeps the settling order: earliest first),
        // then order the parties by their earliest day and number (party numbers follow id order).
        var start = [Int32](repeating: 0, count: partyIDs.count + 1)
        for state in search.settled { start[Int(partyNumber(of: state)) + 1] += 1 }
        for party in partyIDs.indices { start[party + 1] += start[party] }
        var next = start
        var grouped = [Int32](repeating: 0, count: search.settled.count)
        var best = [GradeCode](repeating: .ungraded, count: partyIDs.count)
        for state in search.settled {
            let party = Int(partyNumber(of: state))
            grouped[Int(next[party])] = state
            next[party] += 1
            best[party] = Swift.min(best[party], reaches[Int(state)].grade)
        }
        var order: [UInt64] = []
        for party in partyIDs.indices where start[party] < start[party + 1] {
            let firstDay = reaches[Int(grouped[Int(start[party])])].day
            order.append(UInt64(UInt32(firstDay)) << 32 | UInt64(party))
        }
        order.sort()

        let shared = Recipients.Search(custody: self, root: root, search: search, holdingStates: grouped)
        let recipients = order.map { key in
            let party = Int(key & 0xFFFF_FFFF)
            let range = Int(start[party])..<Int(start[party + 1])
            return Recipients.Recipient(
                party: partyIDs[party], earliest: day(ofRank: reaches[Int(grouped[range.lowerBound])].day),
                grade: best[party].grade, search: shared, range: range)
        }

        // A claim can fail twice (as a sale, and as the seller's only sign of holding): keep the earliest day,
        // which is true of both.
        var earliestFailure: [Int32: Int32] = [:]
        for (claim, day) in search.leftOut { earliestFailure[claim] = min(earliestFailure[claim] ?? .max, day) }
        // (A hop can only fail after a dated arrival: from an unbounded one, max(arrival, first day) fits.)
        let leftOut = earliestFailure.compactMap { claim, day in
            self.day(ofRank: day).map { day in
                LeftOutHop(claim: graph.evidence.claims[claimIDs[Int(claim)]]!, reason: .beforeDataArrived(day))
            }
        }.sorted { $0.claim.id < $1.claim.id }
        return Recipients(dataset: dataset, recipients: recipients, leftOut: leftOut, search: shared)
    }
}
