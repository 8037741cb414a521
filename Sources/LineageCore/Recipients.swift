/// The answer to `CustodyGraph.recipients(of:)`: every party that can have received a dataset, or data made from
/// it, with the earliest day and the best path for each dataset it holds.
///
/// The answer is compact: it keeps the search's labels (a tree of best paths, which share their prefixes) and
/// each recipient's range of them. `Recipient.holdings` and `path(to:)` read them out on demand, so asking costs
/// the search alone even when a case of a million claims gives a million holdings.
public struct Recipients: Sendable {
    /// One dataset a recipient holds: the asked dataset, or one made from it.
    public struct Holding: Hashable, Sendable {
        /// The party that holds it.
        public var party: PartyID
        /// The dataset held: the asked dataset, or one made from it.
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
        /// How many other routes into this holding fit the time order: other previous parties or datasets the
        /// party may have got the data from. Other claims of the same hop are not routes but corroboration, listed
        /// on the path's step (`CustodyStep.sameHop`).
        public var otherWays: Int
        /// The grade of the best-supported path: the one whose weakest hop is strongest. Never worse than `grade`.
        public var bestGrade: Grade?
        /// The earliest day by a path of the best grade; nil when no date bounds it.
        public var bestEarliest: CalendarDay?
        /// The state the search reached, for `path(to:)`.
        let state: Int32
    }

    /// A party and what it holds.
    public struct Recipient: Sendable {
        /// The recipient.
        public let party: PartyID
        /// The earliest day the party can have held any of the data; nil when no date bounds it.
        public let earliest: CalendarDay?
        /// The best grade among its holdings' earliest paths.
        public let grade: Grade?
        /// The best grade among its holdings' best-supported paths: how well the evidence supports that it got the
        /// data at all. Never worse than `grade`.
        public let bestGrade: Grade?
        /// The earliest day by a path of `bestGrade`; nil when no date bounds it.
        public let bestEarliest: CalendarDay?
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

    /// How many grade-restricted searches the best-supported search ran (for benchmarks).
    package var bestSupportSearchCount: Int { search.support.searchCount }

    /// The best path from the asked dataset to a holding: the earliest; among equally early ones, one with fewest
    /// hops; among those, the better graded, as far as the search (which settles each state once) can tell.
    ///
    /// - Complexity: O(*k* · *h*) for *k* hops on the path and *h* hops out of each hop's source (to list other
    ///   claims of the same hop).
    public func path(to holding: Holding) -> CustodyPath {
        search.path(to: holding.state, reaches: search.reaches, ways: search.ways, dataset: dataset)
    }

    /// The last `count` hops of `path(to:)` (all of them when it has fewer): what an answer shows of a long path
    /// whose earlier hops are the path to `earlierHolding(of:)`, listed with it.
    ///
    /// - Complexity: O(`count` · *h*), whatever the path's length.
    public func path(to holding: Holding, lastSteps count: Int) -> CustodyPath {
        search.path(to: holding.state, reaches: search.reaches, ways: search.ways, dataset: dataset, limit: count)
    }

    /// The holding the best path to `holding` passes through just before its last hop: a party's custody of the
    /// data, whose own path is the earlier hops of this one (best paths share their prefixes). Nil when the last
    /// hop starts from the asked dataset or from data no party is shown holding.
    public func earlierHolding(of holding: Holding) -> Holding? {
        let parent = search.ways[Int(holding.state)].parent
        guard !search.roots.contains(parent), search.custody.isCustody(parent),
            search.reaches[Int(parent)].day != .max
        else { return nil }
        return search.holding(at: parent)
    }

    /// The best-supported path to a holding: the one whose weakest hop is strongest; among those, the earliest.
    ///
    /// - Complexity: as `path(to:)`.
    public func bestPath(to holding: Holding) -> CustodyPath {
        let index = Int(search.support.searchOf[Int(holding.state)])
        guard index >= 0 else { return path(to: holding) }
        let labels = search.support.searches[index]
        return search.path(to: holding.state, reaches: labels.reaches, ways: labels.ways, dataset: dataset)
    }

    /// What a search found, shared by the answer and its recipients. Immutable once made.
    final class Search: Sendable {
        let custody: CustodyGraph
        /// The dataset asked about, then the wholes it is inside (containments), where its holders' paths begin.
        let roots: [Int32]
        let reaches: [CustodyGraph.Reach]
        let ways: [CustodyGraph.Way]
        let support: CustodyGraph.BestSupport
        /// Settled custody states, grouped by party (in party-number order; each recipient has its range).
        let holdingStates: [Int32]
        /// The claims left out for contradicting the time order: never cited on a path.
        let leftOut: Set<CustodyGraph.ClaimIndex>

        init(
            custody: CustodyGraph, roots: [Int32], search: CustodyGraph.EarliestArrival,
            support: CustodyGraph.BestSupport, holdingStates: [Int32], leftOut: Set<CustodyGraph.ClaimIndex>
        ) {
            self.custody = custody
            self.roots = roots
            reaches = search.reaches
            ways = search.ways
            self.support = support
            self.holdingStates = holdingStates
            self.leftOut = leftOut
        }

        func holdings(in range: Range<Int>) -> [Holding] {
            let order = { (state: Int32) in (self.reaches[Int(state)].day, self.custody.datasetNumber(of: state)) }
            let states = holdingStates[range].sorted { order($0) < order($1) }
            return states.map(holding(at:))
        }

        /// The holding a settled custody state stands for.
        func holding(at state: Int32) -> Holding {
            let reach = reaches[Int(state)]
            let best = support.searchOf[Int(state)] >= 0 ? support.label(of: state) : reach
            return Holding(
                party: custody.partyIDs[custody.partyNumber(of: state).index],
                dataset: custody.datasetIDs[Int(custody.datasetNumber(of: state))],
                earliest: custody.day(ofRank: reach.day), grade: reach.grade.grade,
                isDisputed: reach.flags.contains(.disputed),
                isOrderCertain: reach.flags.contains(.orderCertain),
                hopCount: Int(ways[Int(state)].hops), otherWays: routes(into: state) - 1,
                bestGrade: best.grade.grade, bestEarliest: custody.day(ofRank: best.day), state: state)
        }

        /// Whether `hop` fits the time order after its source was reached as `reaches` says.
        private func fits(_ hop: CustodyGraph.Hop, _ reaches: [CustodyGraph.Reach]) -> Bool {
            let from = reaches[Int(hop.source)]
            guard from.day != .max else { return false }
            let day = hop.arrival(after: from.day)
            return day <= hop.latestRank
        }

        /// How many routes into `state` fit the time order after their source was reached: distinct previous
        /// states (a sender's custody, an input, the dataset itself for a party shown holding it), the one the
        /// search took included. Several claims of one hop are one route.
        private func routes(into state: Int32) -> Int {
            var entering = custody.hopIndices(into: state).map { custody.hops[Int($0)] }
            for root in roots { entering += custody.makings(of: root).filter { $0.target == state } }
            return Set(entering.filter { fits($0, reaches) }.map(\.source)).count
        }

        /// The path a search's labels spell from the asked dataset to `target`: its last `limit` hops.
        func path(
            to target: Int32, reaches: [CustodyGraph.Reach], ways: [CustodyGraph.Way], dataset: DatasetID,
            limit: Int = .max
        ) -> CustodyPath {
            var steps: [CustodyStep] = []
            var state = target
            while !roots.contains(state), steps.count < limit {
                let way = ways[Int(state)]
                // An owner's custody of its database begins the path with no hop.
                guard way.link != .owned else { break }
                let hop = CustodyGraph.Hop(source: way.parent, target: state, claim: way.claim, link: way.link)
                var others = Array(custody.hops(from: way.parent))
                if roots.contains(way.parent) { others += custody.makings(of: way.parent) }
                if !custody.isCustody(way.parent) { others += custody.shownHops(from: way.parent) }
                // Other claims of the hop that fit the time order; never one left out for contradicting it.
                others = others.filter { fits($0, reaches) && !leftOut.contains($0.claim) }
                steps.append(
                    custody.step(
                        hop, day: custody.days[Int(reaches[Int(state)].day)],
                        isOrderCertain: reaches[Int(state)].flags.contains(.stepOrderCertain), others: others))
                state = way.parent
            }
            return CustodyPath(start: dataset, origin: .asked, steps: steps.reversed())
        }
    }
}
