extension CustodyGraph {
    /// What a search knows about one state: the earliest day the data can have reached it, and the one best way
    /// there (a parent pointer, so all best paths together form a tree and share their prefixes).
    ///
    /// A search keeps it in two arrays: what every hop into the state must read (`Reach`, 8 bytes) apart from
    /// what only the path needs (`Way`), so that the reads that miss the cache on a large case touch less memory.
    struct Arrival: Sendable {
        var reach: Reach
        var way: Way

        /// The rank in the graph's `days` of the earliest day; `Int32.max` while the state is unreached.
        var day: Int32 { reach.day }
        var grade: GradeCode { reach.grade }
        var flags: Flags { reach.flags }
        var lastLatest: Int32 { way.lastLatest }
        var parent: Int32 { way.parent }
        var claim: ClaimIndex { way.claim }
        var hops: Int32 { way.hops }
        var link: HopLink { way.link }
    }

    struct Reach: Sendable {
        var day: Int32 = .max
        /// The weakest grade along the path.
        var grade = GradeCode.noHopsYet
        var flags: Flags = [.orderCertain, .stepOrderCertain]

        var isSettled: Bool { flags.contains(.settled) }
    }

    struct Way: Sendable {
        /// The last day of the latest dated hop on the path so far: the next hop's order is certain only if it
        /// cannot begin before this.
        var lastLatest: Int32 = .min
        var parent: Int32 = -1
        var claim = ClaimIndex.none
        var hops: Int32 = 0
        var link = HopLink.made
    }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        static let disputed = Flags(rawValue: 1)
        static let orderCertain = Flags(rawValue: 2)
        static let stepOrderCertain = Flags(rawValue: 4)
        static let settled = Flags(rawValue: 8)
    }

    /// An earliest-arrival search (Dijkstra's, over days) from datasets over every hop that fits the time order.
    ///
    /// A hop with event time [*e*, *l*] out of a state reached on day *a* reaches its target on max(*a*, *e*), if
    /// that is no later than *l*; otherwise the hop cannot have happened after the data arrived, and is left out.
    /// A containment hop follows the same rule: the holder of the whole holds the part from the later of the day it
    /// got the whole and the containment's start, if that is inside the containment's time.
    /// That rule never gets earlier as *a* gets later, so settling states in order of day gives each its earliest
    /// day. Each state is settled once, so trading in cycles neither loops nor counts anyone twice.
    ///
    /// Days are handled as ranks in the graph's `days` (every reachable day is a claim's first day, or unbounded),
    /// so the queue is a bucket per day and the search is linear.
    struct EarliestArrival {
        private(set) var reaches: [Reach]
        private(set) var ways: [Way]
        /// Custody states in the order they were settled: by day, and within a day as they were found.
        private(set) var settled: [Int32] = []
        /// Hops out of settled states that could not fit the time order: the claim, and the rank of the day the
        /// data reached the hop's source at the earliest.
        private(set) var leftOut: [(claim: ClaimIndex, day: Int32)] = []

        /// Searches from the datasets `roots` (one, for a query), and from the owner's custody of each root that is
        /// an owned database: the owner holds it from the start, so it is settled with the root and never listed.
        ///
        /// - Parameters:
        ///   - threshold: follow only hops graded this well or better (the best-supported search asks once per
        ///     grade); `.ungraded` follows every hop.
        ///   - followsShown: also follow `shown` hops, which support that a party held data some claim explains.
        /// - Complexity: O(*s* + *h* + *D*) for the *s* states and *h* hops reachable from `roots` and the *D* days
        ///   of the graph, plus O(*S*) to allocate the labels of all *S* states.
        init(
            from roots: [Int32], in custody: CustodyGraph, threshold: GradeCode = .ungraded,
            followsShown: Bool = false
        ) {
            var reaches = [Reach](repeating: Reach(), count: custody.stateCount)
            // A way is written whenever its state is reached and read only after, so it needs no first value:
            // leaving the array unwritten saves a pass over the largest array a query makes.
            var ways = [Way](unsafeUninitializedCapacity: custody.stateCount) { _, count in
                count = custody.stateCount
            }
            var settled: [Int32] = []
            var leftOut: [(claim: ClaimIndex, day: Int32)] = []

            // A dataset exists from its earliest making; a dataset nothing makes is unbounded before.
            let starts = roots.map { root in
                let makings = custody.makings(of: root)
                var start = Arrival(reach: Reach(), way: Way())
                start.reach.day = makings.map(\.earliestRank).min() ?? 0
                start.reach.flags.insert(.settled)
                start.way.lastLatest = makings.map(\.latest).min() ?? .min
                reaches[Int(root)] = start.reach
                ways[Int(root)] = start.way
                return start
            }

            custody.withHopBuffers { graph in
                Self.withMutableBuffers(&reaches, &ways) { reaches, ways in
                    var run = Run(
                        graph: graph, reaches: reaches, ways: ways, queue: DayQueue(days: custody.days.count),
                        threshold: threshold, shown: followsShown ? custody : nil)
                    run.start(from: roots, starts, in: custody)
                    run.settleAll(datasets: Int32(custody.datasetIDs.count))
                    settled = run.settled
                    leftOut = run.leftOut
                }
            }
            self.reaches = reaches
            self.ways = ways
            self.settled = settled
            self.leftOut = leftOut
        }

        /// Calls `body` with the two label arrays as buffers: one scope for the arrays a search writes.
        private static func withMutableBuffers<Result>(
            _ reaches: inout [Reach], _ ways: inout [Way],
            _ body: (UnsafeMutableBufferPointer<Reach>, UnsafeMutableBufferPointer<Way>) -> Result
        ) -> Result {
            reaches.withUnsafeMutableBufferPointer { reaches in
                ways.withUnsafeMutableBufferPointer { ways in body(reaches, ways) }
            }
        }

        /// The search proper, over raw buffers: a struct with mutating methods rather than closures capturing
        /// variables, so that the compiler checks exclusive access once, statically, instead of on every hop.
        private struct Run {
            /// The graph's hops, their offsets by source state, and the claims' grades.
            let graph: HopBuffers
            let reaches: UnsafeMutableBufferPointer<Reach>
            let ways: UnsafeMutableBufferPointer<Way>
            var queue: DayQueue
            let threshold: GradeCode
            /// The graph, when the search follows `shown` hops too.
            let shown: CustodyGraph?
            var settled: [Int32] = []
            var leftOut: [(claim: ClaimIndex, day: Int32)] = []

            /// Labels the roots and the owners' custodies of them, and follows their hops.
            mutating func start(from roots: [Int32], _ starts: [Arrival], in custody: CustodyGraph) {
                for (root, start) in zip(roots, starts) {
                    // The makers are the dataset's first holders: their hops begin the paths, in order by
                    // definition.
                    var beforeMaking = start
                    beforeMaking.way.lastLatest = .min
                    for hop in custody.makings(of: root) { relax(hop, from: beforeMaking) }
                    relaxHops(from: root, start)
                    // The owner holds its database from the start: its sales begin paths too.
                    for owned in custody.ownedCustodies[Int(root)] {
                        let way = Way(
                            lastLatest: start.way.lastLatest, parent: root, claim: .none, hops: 0, link: .owned)
                        reaches[Int(owned)] = start.reach
                        ways[Int(owned)] = way
                        relaxHops(from: owned, Arrival(reach: start.reach, way: way))
                    }
                }
            }

            /// Follows `hop` out of a state labelled `from`.
            mutating func relax(_ hop: Hop, from: Arrival) {
                guard hop.grade <= threshold else { return }
                let day = hop.arrival(after: from.day)
                guard day <= hop.latestRank else {
                    if hop.link != .madeDataset { leftOut.append((hop.claim, from.day)) }
                    return
                }
                let target = Int(hop.target)
                let current = reaches[target]
                guard !current.isSettled, day <= current.day else { return }
                let hopCount = from.hops + 1
                let grade = Swift.max(from.grade, hop.grade)
                // Earliest first; then fewest hops; then the better-graded path, and the better-graded hop (the
                // same hop is often claimed by several sources, some far better than others).
                let sameDay = day == current.day
                if sameDay {
                    let way = ways[target]
                    guard (hopCount, grade, hop.grade) < (way.hops, current.grade, graph.claimGrade[way.claim.index])
                    else { return }
                }
                // A containment is a state over its time, not an event: the step is certain when the part entered
                // the whole after the holder certainly had it, or was inside it all the while the holder can have
                // got it.
                let stepCertain =
                    from.lastLatest <= hop.earliest
                    || (hop.link == .contained && hop.earliestRank <= from.day && from.lastLatest <= hop.latest)
                var flags: Flags = []
                if from.flags.contains(.disputed) || hop.isDisputed { flags.insert(.disputed) }
                if from.flags.contains(.orderCertain) && stepCertain { flags.insert(.orderCertain) }
                if stepCertain { flags.insert(.stepOrderCertain) }
                reaches[target] = Reach(day: day, grade: grade, flags: flags)
                ways[target] = Way(
                    lastLatest: hop.link.isShowing || hop.link == .contained ? from.lastLatest : hop.latest,
                    parent: hop.source,
                    claim: hop.claim, hops: hopCount, link: hop.link)
                // On the same day, the entry already queued for the state settles the better label.
                if !sameDay { queue.push(hop.target, day: day) }
            }

            /// Follows every hop out of `state`, labelled `from`.
            mutating func relaxHops(from state: Int32, _ from: Arrival) {
                for position in Int(graph.hopStart[Int(state)])..<Int(graph.hopStart[Int(state) + 1]) {
                    relax(graph.hops[position], from: from)
                }
                if let shown, !shown.isCustody(state) {
                    for hop in shown.shownHops(from: state) { relax(hop, from: from) }
                }
            }

            /// Settles states, earliest first, until none is left; states numbered below `datasets` are datasets.
            mutating func settleAll(datasets: Int32) {
                while let state = queue.pop() {
                    guard !reaches[Int(state)].isSettled else { continue }
                    reaches[Int(state)].flags.insert(.settled)
                    if state >= datasets { settled.append(state) }
                    relaxHops(from: state, Arrival(reach: reaches[Int(state)], way: ways[Int(state)]))
                }
            }
        }
    }

    /// The graph's hop index as raw buffers, read by a search for its whole length.
    struct HopBuffers {
        let hops: UnsafeBufferPointer<Hop>
        let hopStart: UnsafeBufferPointer<Int32>
        let claimGrade: UnsafeBufferPointer<GradeCode>
    }

    /// Calls `body` with the hop index's buffers: one scope for the three arrays a search reads on every hop.
    func withHopBuffers<Result>(_ body: (HopBuffers) -> Result) -> Result {
        hops.withUnsafeBufferPointer { hops in
            hopStart.withUnsafeBufferPointer { hopStart in
                claimGrade.withUnsafeBufferPointer { claimGrade in
                    body(HopBuffers(hops: hops, hopStart: hopStart, claimGrade: claimGrade))
                }
            }
        }
    }

    /// The day a search's day rank stands for, or nil when no date bounds it.
    func day(ofRank rank: Int32) -> CalendarDay? {
        days[Int(rank)].boundedDay
    }
}
