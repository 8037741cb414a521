/// The answer to `CustodyGraph.recipients(of:)`: every party that can have received a dataset, or data made from
/// it, with the earliest day and the best path for each dataset it holds.
///
/// The answer keeps the search's tree of best paths rather than a copy of each path: paths share their prefixes,
/// and a case of a million claims has hundreds of thousands of them. `path(to:)` walks the tree.
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
    public struct Recipient: Hashable, Sendable {
        public var party: PartyID
        /// The earliest day the party can have held any of the data; nil when no date bounds it.
        public var earliest: CalendarDay?
        /// The best grade among its holdings' paths: how well the evidence supports that it got the data at all.
        public var grade: Grade?
        /// What it holds, earliest first (then by dataset id).
        public var holdings: [Holding]
    }

    /// The dataset asked about.
    public let dataset: DatasetID
    /// Earliest first; recipients no date bounds come first, since they can have had the data from the start.
    /// Ties go by party id.
    public let recipients: [Recipient]
    /// Hops out of data the search reached that contradict the time order: left out of every path, in claim-id
    /// order.
    public let leftOut: [LeftOutHop]

    let custody: CustodyGraph
    let root: Int32
    let arrivals: [CustodyGraph.Arrival]

    /// The best path from the asked dataset to a holding: the earliest; among equally early ones, one with fewest
    /// hops; among those, the better graded, as far as the search (which settles each state once) can tell.
    ///
    /// - Complexity: O(*k* · *h*) for *k* hops on the path and *h* hops out of each hop's source (to list other
    ///   claims of the same hop).
    public func path(to holding: Holding) -> CustodyPath {
        var steps: [CustodyStep] = []
        var state = holding.state
        while state != root {
            let arrival = arrivals[Int(state)]
            let hop = CustodyGraph.Hop(source: arrival.parent, target: state, claim: arrival.claim, link: arrival.link)
            var others = Array(custody.hops(from: arrival.parent))
            if arrival.parent == root { others += custody.makings(of: root) }
            steps.append(
                custody.step(hop, day: arrival.day, isOrderCertain: arrival.isStepOrderCertain, others: others))
            state = arrival.parent
        }
        return CustodyPath(start: dataset, origin: .asked, steps: steps.reversed())
    }
}
