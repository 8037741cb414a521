extension CustodyGraph {
    /// Which claims showing a party holding data leave the holding unexplained: the one definition every answer
    /// (`gaps`, `received`, `trace`) and both diagram views use.
    ///
    /// The rule, stated in docs/queries.md:
    /// - An owner's custody of its own database, and a maker's custody of what it made, are never unexplained:
    ///   they hold from the start.
    /// - Any other custody is explained for a claim showing it (a sale, a derivation from it, a use, a holding, a
    ///   deletion) when the data can reach it, through hops that rest on the evidence, by that claim's last day.
    ///   An explanation must itself be grounded: a route back to where the evidence begins, never a loop. (A
    ///   broker who sells a list in May and is sold it back in the same May is not explained by that sale.)
    /// - Showings are decided in order of their last day, then claim: a showing no grounded route reaches in time
    ///   is unexplained, and from then on the party counts as holding the data from the dataset's existence,
    ///   which can explain the showings decided after it. Then, latest first, a custody found unexplained that the
    ///   later findings explain in time is explained after all.
    ///
    /// The graph this runs on holds only the hops that explain (makings, transfers, and containments: a holder of a
    /// whole holds its parts), with the owners' custodies (every owner in `Dataset.owners`) as origins.
    ///
    /// - Returns: for each showing, in order, whether it is unexplained, and the day rank by which the evidence
    ///   explains its custody (meaningful where it is explained).
    /// - Parameter triesEveryCustody: search again for every unexplained custody some hop enters, even one the
    ///   current search already cannot explain in time (the answer is the same: for tests that check so).
    /// - Complexity: O((*s* + *h*) log *s* + *w* log *w*) for the *s* states, *h* hops and *w* showings: one
    ///   earliest-arrival search from every origin, which each unexplained showing then extends; plus one search
    ///   and a pass over the showings for each unexplained custody that some hop enters (a late or circular
    ///   acquisition) and that the later findings already explain in time, to see whether they still do without
    ///   its own unexplained showings.
    func unexplainedShowings(_ showings: [Showing], triesEveryCustody: Bool = false)
        -> (unexplained: [Bool], explained: [Int32])
    {
        let latestRank = showings.map { showing in
            Int32(days.partitioningIndex { $0 > claimLatest[showing.claim.index] } - 1)
        }
        var search = groundedSearch(hanging: [], showings, latestRank)
        let order = showings.indices.sorted { first, second in
            let (one, other) = (showings[first], showings[second])
            return (claimLatest[one.claim.index], one.claim) < (claimLatest[other.claim.index], other.claim)
        }
        // In order of their last day: a showing nothing grounded reaches in time is unexplained, and its custody
        // holds from the dataset's existence from then on.
        var unexplained = [Bool](repeating: false, count: showings.count)
        var decided: [Int] = []
        for index in order {
            let custody = showings[index].custody
            guard !holdsFromTheStart(custody), search.explained[Int(custody)] > latestRank[index] else { continue }
            unexplained[index] = true
            decided.append(index)
            search.hang(custody, from: datasetNumber(of: custody), until: latestRank[index])
            search.run()
        }

        // A holding found unexplained early may be explained by one found later (a broker's derivation in mid-June
        // is decided before the sale to it, dated June, that its seller had to hold the data for). Latest first,
        // drop each custody's unexplained showings if, without them, the rest still explains every showing not
        // found unexplained and now explains these. Only a custody some hop enters can become explained.
        // Taking hangings away only makes days later, so a trial can explain a custody only if the current search
        // (which hangs every custody still unexplained) already explains it by the last day of each of its
        // unexplained showings. A custody is tried once, so its unexplained showings are all its decided ones.
        var lastRankDecided: [Int32: Int32] = [:]
        for index in decided {
            let custody = showings[index].custody
            lastRankDecided[custody] = min(lastRankDecided[custody, default: .max], latestRank[index])
        }
        var tried: Set<Int32> = []
        for index in decided.reversed() {
            let custody = showings[index].custody
            guard tried.insert(custody).inserted, !hopIndices(into: custody).isEmpty else { continue }
            guard triesEveryCustody || search.explained[Int(custody)] <= lastRankDecided[custody, default: .max]
            else { continue }
            let trial = decided.filter { unexplained[$0] && showings[$0].custody != custody }
            let candidate = groundedSearch(hanging: trial, showings, latestRank)
            let stillExplained = showings.indices.allSatisfy { other in
                (unexplained[other] && showings[other].custody != showings[index].custody)
                    || holdsFromTheStart(showings[other].custody)
                    || candidate.explained[Int(showings[other].custody)] <= latestRank[other]
            }
            guard stillExplained else { continue }
            for other in decided where showings[other].custody == custody { unexplained[other] = false }
            search = candidate
        }
        return (unexplained, showings.map { search.explained[Int($0.custody)] })
    }

    /// A grounded search from every origin (and every owner's custody of its database), with the custodies of the
    /// showings `hanging` hung from their datasets.
    private func groundedSearch(hanging: [Int], _ showings: [Showing], _ latestRank: [Int32]) -> GroundedSearch {
        var search = GroundedSearch(self)
        for origin in origins { search.lower(origin, to: 0, explained: true) }
        for owned in ownedCustodies.joined() {
            search.hang(owned, from: datasetNumber(of: owned), until: .max)
        }
        for index in hanging {
            let custody = showings[index].custody
            search.hang(custody, from: datasetNumber(of: custody), until: latestRank[index])
        }
        search.run()
        return search
    }

    /// Whether a custody holds its data from the start: an owner's custody of its database, or a maker's of what
    /// it made.
    func holdsFromTheStart(_ custody: Int32) -> Bool {
        isOwned(custody) || hopIndices(into: custody).contains { hops[Int($0)].link == .made }
    }

    /// The holdings no claim explains (see `unexplainedShowings`), in party then dataset id order: each with the
    /// claims showing it, and the claims that would explain it but do not in time.
    ///
    /// - Complexity: O(*c* + *h*) for *c* custodies and *h* hops into them.
    public func unexplainedHoldings() -> [Gaps.UnexplainedHolding] {
        var holdings: [Gaps.UnexplainedHolding] = []
        for party in partyIDs.indices {
            for state in custodies(of: PartyIndex(Int32(party))) {
                let entering = hopIndices(into: state).map { hops[Int($0)] }
                let shownBy = entering.filter { $0.link == .held }.map { claimIDs[$0.claim.index] }
                guard !shownBy.isEmpty else { continue }
                let lateAcquisitions = entering.filter { $0.link != .held }.map { claimIDs[$0.claim.index] }
                holdings.append(
                    Gaps.UnexplainedHolding(
                        party: partyIDs[party], dataset: datasetIDs[Int(datasetNumber(of: state))],
                        shownBy: shownBy.sorted(), lateAcquisitions: lateAcquisitions.sorted()))
            }
        }
        return holdings
    }

    /// An earliest-arrival search that can be extended: each unexplained showing hangs a custody from its dataset,
    /// and the search goes on from there. Days only ever get earlier, so each extension touches only what it
    /// improves. A binary heap rather than a bucket queue, since an extension may start before the days already
    /// settled.
    struct GroundedSearch {
        let custody: CustodyGraph
        /// Day rank each state is reached on; `Int32.max` while unreached.
        private(set) var day: [Int32]
        /// Day rank each custody is reached on through a hop that explains it (not through its own hanging).
        private(set) var explained: [Int32]
        /// For each dataset, the custodies hung from it so far, each with the last day rank its showing allows.
        private var hung: [[(custody: Int32, until: Int32)]]
        private var heap = MinHeap()

        init(_ custody: CustodyGraph) {
            self.custody = custody
            day = Array(repeating: .max, count: custody.stateCount)
            explained = day
            hung = Array(repeating: [], count: custody.datasetIDs.count)
        }

        /// Records that `state` can be reached on day rank `rank`, through an explaining hop or not.
        mutating func lower(_ state: Int32, to rank: Int32, explained isExplaining: Bool) {
            if isExplaining { explained[Int(state)] = Swift.min(explained[Int(state)], rank) }
            guard rank < day[Int(state)] else { return }
            day[Int(state)] = rank
            heap.push(state, day: rank)
        }

        /// Hangs `custody` from `dataset`: it holds the data from the dataset's existence, if that is no later than
        /// day rank `until` (the showing claim's last day), as a `held` hop fits.
        mutating func hang(_ custody: Int32, from dataset: Int32, until: Int32) {
            hung[Int(dataset)].append((custody, until))
            let existence = day[Int(dataset)]
            if existence <= until { lower(custody, to: existence, explained: false) }
        }

        /// Settles every state whose day got earlier, following the hops out of each.
        mutating func run() {
            while let (state, rank) = heap.pop() {
                guard rank == day[Int(state)] else { continue }
                for hop in custody.hops(from: state) {
                    let arrival = Swift.max(rank, hop.earliestRank)
                    guard arrival <= hop.latestRank else { continue }
                    lower(hop.target, to: arrival, explained: true)
                }
                if !custody.isCustody(state) {
                    for (held, until) in hung[Int(state)] where rank <= until { lower(held, to: rank, explained: false) }
                }
            }
        }
    }

    /// A binary min-heap of states keyed by day rank, ties by state number.
    struct MinHeap {
        private var items: [UInt64] = []

        mutating func push(_ state: Int32, day: Int32) {
            items.append(UInt64(UInt32(day)) << 32 | UInt64(UInt32(state)))
            var child = items.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard items[child] < items[parent] else { break }
                items.swapAt(child, parent)
                child = parent
            }
        }

        mutating func pop() -> (state: Int32, day: Int32)? {
            guard let top = items.first else { return nil }
            let last = items.removeLast()
            if !items.isEmpty {
                items[0] = last
                var parent = 0
                while true {
                    let left = 2 * parent + 1
                    guard left < items.count else { break }
                    let right = left + 1
                    let child = right < items.count && items[right] < items[left] ? right : left
                    guard items[child] < items[parent] else { break }
                    items.swapAt(child, parent)
                    parent = child
                }
            }
            return (Int32(truncatingIfNeeded: top & 0xFFFF_FFFF), Int32(truncatingIfNeeded: top >> 32))
        }
    }
}
