/// The answer to `CustodyGraph.recipients(of:)`: every party that can have received a dataset, or data made from
/// it, with the earliest day and the best path for each dataset it holds.
///
/// The answer is compact: it keeps the search's labels (a tree of best paths, which share their prefixes) and
/// each recipient's range of them. `Recipient.holdings` and `path(to:)` read them out on demand, so asking costs
/// the search alone even when a case of a million claims gives a million holdings.
public struct Recipients: Sendable {
    /// One dataset a recipient holds: the asked dataset, or one made from it.
    public struct Holding: Hashable, Sendable {
        public var party: PartyID
        public var dataset: DatasetID
        /// The earliest day the party can have held it; nil when no date bounds it.
        public var earliest: CalendarDay?
        /// The grade of the best path's weakest link; nil when a hop on it has no known supporting source.
        public var grade: Grade?
        /// Whether the best path rests on a disputed claim.
        public var isDisputed: Bool
        /// Whether the best path's hops certainly happened in order, not only possibly.
        public var isOrderCertain: Bool
        /// The hops on the best path.
        public var hopCount: Int
        /// How many other hops into this holding fit the time order: other ways the party may have got the data.
        public var otherWays: Int
        /// The state the search reached, for `path(to:)`.
        let state: Int32
    }

    /// A party and what it holds.
    public struct Recipient: Sendable {
        public let party: PartyID
        /// The earliest day the party can have held any of the data; nil when no date bounds it.
        public let earliest: CalendarDay?
        /// The best grade among its holdings' paths: how well the evidence supports that it got the data at all.
        public let grade: Grade?
        let search: Search
        let range: Range<Int>

        /// What it holds, earliest first (then by dataset id).
        ///
        /// - Complexity: O(*k* log *k* + *k* · *h*) for its *k* holdings and *h* hops into each (counted for
        ///   `otherWays`).
        public var holdings: [Holding] { search.holdings(in: range) }

        /// How many datasets it holds, without building the holdings.
        public var holdingCount: Int { range.count }
    }

    /// The dataset asked about.
    public let dataset: DatasetID
    /// Earliest first; recipients no date bounds come first, since they can have had the data from the start.
    /// Ties go by party id.
    public let recipients: [Recipient]
    /// Hops out of data the search reached that contradict the time order: left out of every path, in claim-id
    /// order.
    public let leftOut: [LeftOutHop]

    let search: Search

    /// The best path from the asked dataset to a holding: the earliest; among equally early ones, one with fewest
    /// hops; among those, the better graded, as far as the search (which settles each state once) can tell.
    ///
    /// - Complexity: O(*k* · *h*) for *k* hops on the path and *h* hops out of each hop's source (to list other
    ///   claims of the same hop).
    public func path(to holding: Holding) -> CustodyPath {
        let custody = search.custody
        var steps: [CustodyStep] = []
        var state = holding.state
        while !search.roots.contains(state) {
            let arrival = search.arrival(state)
            let hop = CustodyGraph.Hop(source: arrival.parent, target: state, claim: arrival.claim, link: arrival.link)
            var others = Array(custody.hops(from: arrival.parent))
            if search.roots.contains(arrival.parent) { others += custody.makings(of: arrival.parent) }
            steps.append(
                custody.step(
                    hop, day: custody.days[Int(arrival.day)],
                    isOrderCertain: arrival.flags.contains(.stepOrderCertain), others: others))
            state = arrival.parent
        }
        return CustodyPath(start: dataset, origin: .asked, steps: steps.reversed())
    }

    /// What a search found, shared by the answer and its recipients. Immutable once made.
    final class Search: Sendable {
        let custody: CustodyGraph
        /// The dataset asked about, then the wholes it is inside (containments), where its holders' paths begin.
        let roots: [Int32]
        let reaches: [CustodyGraph.Reach]
        let ways: [CustodyGraph.Way]
        /// Settled custody states, grouped by party (in party-number order; each recipient has its range).
        let holdingStates: [Int32]

        init(custody: CustodyGraph, roots: [Int32], search: CustodyGraph.EarliestArrival, holdingStates: [Int32]) {
            self.custody = custody
            self.roots = roots
            reaches = search.reaches
            ways = search.ways
            self.holdingStates = holdingStates
        }

        func arrival(_ state: Int32) -> CustodyGraph.Arrival {
            CustodyGraph.Arrival(reach: reaches[Int(state)], way: ways[Int(state)])
        }

        func holdings(in range: Range<Int>) -> [Holding] {
            let order = { (state: Int32) in (self.reaches[Int(state)].day, self.custody.datasetNumber(of: state)) }
            let states = holdingStates[range].sorted { order($0) < order($1) }
            return states.map { state in
                let arrival = arrival(state)
                return Holding(
                    party: custody.partyIDs[Int(custody.partyNumber(of: state))],
                    dataset: custody.datasetIDs[Int(custody.datasetNumber(of: state))],
                    earliest: custody.day(ofRank: arrival.day), grade: arrival.grade.grade,
                    isDisputed: arrival.flags.contains(.disputed),
                    isOrderCertain: arrival.flags.contains(.orderCertain),
                    hopCount: Int(arrival.hops), otherWays: ways(into: state) - 1, state: state)
            }
        }

        /// How many hops into `state` fit the time order after their source was reached: the way the search took
        /// and the others.
        private func ways(into state: Int32) -> Int {
            var entering = custody.hopIndices(into: state).map { custody.hops[Int($0)] }
            for root in roots { entering += custody.makings(of: root).filter { $0.target == state } }
            return entering.count { hop in
                let from = reaches[Int(hop.source)]
                guard from.day != .max else { return false }
                let day = hop.link == .held ? from.day : Swift.max(from.day, hop.earliestRank)
                return day <= hop.latestRank
            }
        }
    }
}
