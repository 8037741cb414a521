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
    ///   appear once each and the search ends. Other routes in (another previous party or dataset) are counted,
    ///   not listed; other claims of the same hop are corroboration, listed on the step.
    /// - Owners are origins: a database's owner holds it from the start and is never its recipient.
    /// - Each holding also gets its best-supported arrival: the path whose weakest hop is strongest (ties: the
    ///   earliest). That search also follows claims that show a party holding data some claim explains, since
    ///   they support that it had the data however it got it. More support never makes it worse.
    /// - Disputed claims are hops like any other, and marked. Claims left out by a `CaseFilter` are simply not in
    ///   the graph: say so with the filter's omissions.
    ///
    /// - Complexity: O(*s* + *h* + *D* + *r* log *r*) for the *s* custodies and *h* hops reachable from the
    ///   dataset, the *D* distinct days of the case and the *r* recipients, plus O(*S*) for the labels of all *S*
    ///   states, once for the earliest arrivals and once for each grade the best-supported search must try (at
    ///   most one per grade the case uses, fewer when every holding is settled sooner). No sort of the whole case,
    ///   and no string is hashed or compared.
    public func recipients(of dataset: DatasetID) throws(QueryError) -> Recipients {
        try recipients(of: dataset, bestSupported: true)
    }

    /// `recipients(of:)`, optionally without the best-supported search (whose `best…` values are then those of the
    /// earliest arrival): for benchmarks, to tell the two searches' costs apart.
    package func recipients(of dataset: DatasetID, bestSupported: Bool) throws(QueryError) -> Recipients {
        guard let root = datasetNumbers[dataset] else {
            throw QueryError(id: dataset.rawValue, expected: DatasetKindTag.noun, in: graph.evidence)
        }
        // A part is received by whoever holds a whole it is inside: search from the wholes too. Once a case has
        // containments, a search also reaches data that is not the dataset's (the other parts of a whole made from
        // it), so keep only custodies of the dataset, its parts, and what is made from them.
        let roots = [root] + wholes(around: root)
        let search = EarliestArrival(from: roots, in: self)
        let reaches = search.reaches
        let kept = containmentParts.isEmpty ? nil : downstream(of: root)
        let settled = kept.map { kept in search.settled.filter { kept.contains(datasetNumber(of: $0)) } }
            ?? search.settled

        // Group the settled custodies by party (a counting sort, which keeps the settling order: earliest first),
        // then order the parties by their earliest day and number (party numbers follow id order).
        var start = [Int32](repeating: 0, count: partyIDs.count + 1)
        for state in settled { start[partyNumber(of: state).index + 1] += 1 }
        for party in partyIDs.indices { start[party + 1] += start[party] }
        var next = start
        var grouped = [Int32](repeating: 0, count: settled.count)
        var best = [GradeCode](repeating: .ungraded, count: partyIDs.count)
        for state in settled {
            let party = partyNumber(of: state).index
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

        // A claim can fail twice (as a sale, and as the seller's only sign of holding): keep the earliest day,
        // which is true of both.
        var earliestFailure: [ClaimIndex: Int32] = [:]
        for (claim, day) in search.leftOut {
            if let kept, !isAbout(claim, kept) { continue }
            earliestFailure[claim] = min(earliestFailure[claim] ?? .max, day)
        }

        let support = BestSupport(from: roots, holdings: bestSupported ? settled : [], in: self)
        let shared = Recipients.Search(
            custody: self, roots: roots, search: search, support: support, holdingStates: grouped,
            leftOut: Set(earliestFailure.keys))
        let recipients = order.map { key in
            let party = Int(key & 0xFFFF_FFFF)
            let range = Int(start[party])..<Int(start[party + 1])
            // Its best support: the best grade among its holdings, and the earliest arrival at that grade.
            var bestGrade = GradeCode.ungraded
            var bestDay = Int32.max
            for state in grouped[range] {
                let label = bestSupported ? support.label(of: state) : reaches[Int(state)]
                if (label.grade, label.day) < (bestGrade, bestDay) { (bestGrade, bestDay) = (label.grade, label.day) }
            }
            return Recipients.Recipient(
                party: partyIDs[party], earliest: day(ofRank: reaches[Int(grouped[range.lowerBound])].day),
                grade: best[party].grade, bestGrade: bestGrade.grade, bestEarliest: day(ofRank: bestDay),
                search: shared, range: range)
        }

        // (A hop can only fail after a dated arrival: from an unbounded one, max(arrival, first day) fits.)
        let leftOut = earliestFailure.compactMap { claim, day in
            self.day(ofRank: day).map { day in
                LeftOutHop(claim: graph.evidence.claims[claimIDs[claim.index]]!, reason: .beforeDataArrived(day))
            }
        }.sorted { $0.claim.id < $1.claim.id }
        return Recipients(dataset: dataset, recipients: recipients, leftOut: leftOut, search: shared)
    }
}

extension CustodyGraph {
    /// The best-supported arrival at each holding of a query: the path whose weakest hop is strongest, and among
    /// those the earliest.
    ///
    /// For each grade the case uses, best first, an earliest-arrival search that follows only hops graded that well
    /// or better (and `shown` hops, which support a holding some claim explains): a holding's best grade is the
    /// first at which it is reached, and that search's path is its best-supported one. More support (a better
    /// cite, another claim) only adds hops at some grade, so it never makes a holding's best grade worse.
    struct BestSupport: Sendable {
        /// The searches some holding takes its best path from, best grade first.
        let searches: [Labels]
        /// For each state, the index in `searches` of its best-supported search; -1 when there is none.
        let searchOf: [Int8]
        /// How many searches ran, kept or not.
        let searchCount: Int

        /// The labels a search leaves: enough to read paths back.
        struct Labels: Sendable {
            let reaches: [Reach]
            let ways: [Way]
        }

        /// - Parameter holdings: the custodies the earliest-arrival search reached, which the best-supported
        ///   searches must settle.
        init(from roots: [Int32], holdings: [Int32], in custody: CustodyGraph) {
            var grades = Array(Set(custody.claimGrade)).sorted()
            if grades.last != .ungraded { grades.append(.ungraded) }
            var searchOf = [Int8](repeating: -1, count: custody.stateCount)
            var pending = [Bool](repeating: false, count: custody.stateCount)
            for state in holdings { pending[Int(state)] = true }
            var searches: [Labels] = []
            var left = holdings.count
            var searchCount = 0
            for grade in grades where left > 0 {
                searchCount += 1
                let search = EarliestArrival(from: roots, in: custody, threshold: grade, followsShown: true)
                var used = false
                for state in search.settled where pending[Int(state)] {
                    pending[Int(state)] = false
                    searchOf[Int(state)] = Int8(searches.count)
                    left -= 1
                    used = true
                }
                if used { searches.append(Labels(reaches: search.reaches, ways: search.ways)) }
            }
            self.searches = searches
            self.searchOf = searchOf
            self.searchCount = searchCount
        }

        /// The best-supported arrival at `state`: its day rank and grade; `Int32.max` and ungraded when no search
        /// settled it.
        func label(of state: Int32) -> Reach {
            let index = Int(searchOf[Int(state)])
            guard index >= 0 else { return Reach(day: .max, grade: .ungraded) }
            return searches[index].reaches[Int(state)]
        }
    }
}

extension CustodyGraph {
    /// The datasets `part` is inside, transitively (containments), nearest first, each once.
    func wholes(around part: Int32) -> [Int32] {
        var found: [Int32] = []
        var pending = [part]
        while let next = pending.popLast() {
            for whole in containmentWholes[next] ?? [] where whole != part && !found.contains(whole) {
                found.append(whole)
                pending.append(whole)
            }
        }
        return found
    }

    /// `dataset`, the parts inside it (transitively), and every dataset made from any of those (transitively),
    /// with the parts of those made from this data alone: whoever holds one of these holds data of `dataset`. Not
    /// the other parts of a whole made from it with other data: a merge of three companies' copies holds the
    /// other two companies' data as well.
    func downstream(of dataset: Int32) -> Set<Int32> {
        var found: Set<Int32> = [dataset]
        var pending = [dataset]
        while let next = pending.popLast() {
            for part in containmentParts[next] ?? [] where found.insert(part).inserted { pending.append(part) }
        }
        pending = Array(found)
        while let next = pending.popLast() {
            var reached: [Int32] = []
            for child in graph.children[datasetIDs[Int(next)]] ?? [] {
                guard let number = datasetNumbers[child], found.insert(number).inserted else { continue }
                reached.append(number)
                // The parts of a dataset made from this data alone are this data too.
                let parents = graph.parents[child] ?? []
                if parents.allSatisfy({ datasetNumbers[$0].map(found.contains) ?? false }) {
                    for part in containmentParts[number] ?? [] where found.insert(part).inserted { reached.append(part) }
                }
            }
            pending += reached
        }
        return found
    }

    /// Whether claim number `claim` is about one of `datasets`.
    private func isAbout(_ claim: ClaimIndex, _ datasets: Set<Int32>) -> Bool {
        guard let dataset = graph.evidence.claims[claimIDs[claim.index]]?.dataset, let number = datasetNumbers[dataset]
        else { return false }
        return datasets.contains(number)
    }
}
