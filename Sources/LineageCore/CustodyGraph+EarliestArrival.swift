extension CustodyGraph {
    /// What a search knows about one state: the earliest day the data can have reached it, and the one best way
    /// there (a parent pointer, so all best paths together form a tree and share their prefixes).
    struct Arrival: Sendable {
        /// The earliest day; `Int.min` when no date bounds it, `Int.max` while the state is unreached.
        var day = Int.max
        /// The last day of the latest-ending dated hop on the path so far: the next hop's order is certain only if
        /// it cannot begin before this.
        var lastLatest = Int.min
        var parent: Int32 = -1
        var claim: Int32 = -1
        var hops: Int32 = 0
        /// How many hops into this state fit the time order, the best one included.
        var ways: Int32 = 0
        /// The weakest grade along the path.
        var grade = GradeCode.noHopsYet
        var link = HopLink.made
        var isDisputed = false
        var isOrderCertain = true
        var isStepOrderCertain = true
        var isSettled = false

        var isReached: Bool { day != .max }
    }

    /// An earliest-arrival search (Dijkstra's, over days) from one dataset over every hop that fits the time order.
    ///
    /// A hop with event time [*e*, *l*] out of a state reached on day *a* reaches its target on max(*a*, *e*), if
    /// that is no later than *l*; otherwise the hop cannot have happened after the data arrived, and is left out.
    /// That rule never gets earlier as *a* gets later, so settling states in order of day gives each its earliest
    /// day. Each state is settled once, so trading in cycles neither loops nor counts anyone twice.
    struct EarliestArrival {
        private(set) var arrivals: [Arrival]
        /// Custody states in the order they were settled: by day, then hops, then state number.
        private(set) var settled: [Int32] = []
        /// Hops out of settled states that could not fit the time order: the claim, and the day the data reached
        /// the hop's source at the earliest.
        private(set) var leftOut: [(claim: Int32, day: Int)] = []

        /// Searches from dataset `root`.
        ///
        /// - Complexity: O((*s* + *h*) log *h*) for the *s* states and *h* hops reachable from `root`, plus
        ///   O(*S*) to allocate the labels of all *S* states of the graph.
        init(from root: Int32, in custody: CustodyGraph) {
            arrivals = Array(repeating: Arrival(), count: custody.stateCount)
            var queue = ArrivalQueue()
            // The dataset exists from its earliest making; a dataset nothing makes is unbounded before.
            let makings = custody.makings(of: root)
            var start = Arrival()
            start.day = makings.isEmpty ? .min : makings.map { custody.claimEarliest[Int($0.claim)] }.min()!
            start.lastLatest = makings.isEmpty ? .min : makings.map { custody.claimLatest[Int($0.claim)] }.min()!
            start.isSettled = true
            arrivals[Int(root)] = start
            // Its makers are its first holders: their hops begin the paths, in order by definition.
            var beforeMaking = start
            beforeMaking.lastLatest = .min
            for hop in makings { relax(hop, from: beforeMaking, in: custody, queue: &queue) }
            for hop in custody.hops(from: root) { relax(hop, from: start, in: custody, queue: &queue) }

            while let entry = queue.pop() {
                let state = Int(entry.state)
                guard !arrivals[state].isSettled else { continue }
                arrivals[state].isSettled = true
                if custody.isCustody(entry.state) { settled.append(entry.state) }
                let from = arrivals[state]
                for hop in custody.hops(from: entry.state) { relax(hop, from: from, in: custody, queue: &queue) }
            }
        }

        private mutating func relax(
            _ hop: Hop, from: Arrival, in custody: CustodyGraph, queue: inout ArrivalQueue
        ) {
            let claim = Int(hop.claim)
            let earliest = custody.claimEarliest[claim]
            let latest = custody.claimLatest[claim]
            // A `held` hop has no date of its own: the party got the data some time after the dataset existed and
            // no later than the claim that shows it holding it.
            let day = hop.link == .held ? from.day : Swift.max(from.day, earliest)
            guard day <= latest else {
                if hop.link != .madeDataset { leftOut.append((hop.claim, from.day)) }
                return
            }
            let target = Int(hop.target)
            arrivals[target].ways += 1
            let hops = from.hops + 1
            let grade = Swift.max(from.grade, custody.claimGrade[claim])
            let current = arrivals[target]
            // Earliest first; then fewest hops; then the better-graded path, and the better-graded hop (the same
            // hop is often claimed by several sources, one of them far better than the others).
            let sameKey = day == current.day && hops == current.hops
            let better =
                (day, hops) < (current.day, current.hops) || sameKey
                && (grade, custody.claimGrade[claim]) < (current.grade, custody.claimGrade[Int(current.claim)])
            guard !current.isSettled, better else { return }
            let stepCertain = from.lastLatest <= earliest
            arrivals[target] = Arrival(
                day: day, lastLatest: hop.link == .held ? from.lastLatest : latest, parent: hop.source,
                claim: hop.claim, hops: hops, ways: current.ways, grade: grade, link: hop.link,
                isDisputed: from.isDisputed || custody.claimDisputed[claim],
                isOrderCertain: from.isOrderCertain && stepCertain, isStepOrderCertain: stepCertain)
            // With the same day and hops, the entry already queued for the state settles the better label.
            if !sameKey { queue.push(.init(day: day, hops: hops, state: hop.target)) }
        }
    }
}
