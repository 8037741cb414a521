extension CustodyGraph {
    /// The paths by which `dataset` came to be: every time-respecting path back from its making through the
    /// custodies of its inputs, to datasets no claim makes (databases, or batches and lists whose making is a gap).
    ///
    /// - Parameter limit: the most paths to list; a dataset made by merging merges has exponentially many.
    /// - Complexity: proportional to the paths listed times their length, and to the dead ends explored on the way,
    ///   which `limit` also bounds.
    public func provenance(of dataset: DatasetID, limit: Int = 100) throws(QueryError) -> Provenance {
        guard let number = datasetNumbers[dataset] else {
            throw QueryError(id: dataset.rawValue, expected: DatasetKindTag.noun, in: graph.evidence)
        }
        var trace = BackwardTrace(limit: limit)
        let holding = trace.holding(of: number, in: self)
        return Provenance(subject: .dataset(dataset), holdings: [holding], leftOut: trace.leftOut(in: self))
    }

    /// For each dataset `party` holds, the paths by which it got it: the same paths as `provenance(of:)` for a
    /// dataset, ending in the party's custody rather than in the making.
    ///
    /// - Parameter limit: the most paths to list for each dataset held.
    /// - Complexity: as for a dataset, for each dataset the party holds.
    public func provenance(of party: PartyID, limit: Int = 100) throws(QueryError) -> Provenance {
        guard let number = partyNumbers[party] else {
            throw QueryError(id: party.rawValue, expected: PartyKindTag.noun, in: graph.evidence)
        }
        var trace = BackwardTrace(limit: limit)
        let holdings = custodies(of: number).map { trace.holding(of: $0, in: self) }
        return Provenance(subject: .party(party), holdings: holdings, leftOut: trace.leftOut(in: self))
    }

    /// A depth-first walk backwards over the hops into a state, listing every simple path (no state twice, so
    /// cycles of trade end) along which the dates can run forward.
    ///
    /// Walking back, each state carries a bound: the last day the data can have reached it and still make the
    /// hops after it. A hop into the state fits if it can begin by that bound; the state it leaves then gets the
    /// tighter of the bound and the hop's own last day. That is exactly the condition for days within the hops'
    /// event times to exist that never go backwards. Several claims for the same hop make one step: the walk
    /// follows the one leaving the loosest bound, the path shows the best-graded one that fits, and the others are
    /// listed with it.
    struct BackwardTrace {
        let limit: Int
        /// How many states one holding's walk may visit before it stops and says the list is incomplete.
        let budget: Int
        /// Claims that began too late for the hops after them (with the loosest bound they missed), that ended
        /// before the data can have reached their source (with the earliest day it can have), and that fit a
        /// listed path. The answer's `leftOut` is those that never fit.
        private var tooLate: [CustodyGraph.ClaimIndex: Int] = [:]
        private var tooEarly: [CustodyGraph.ClaimIndex: Int] = [:]
        private var fitted: Set<CustodyGraph.ClaimIndex> = []

        init(limit: Int) {
            self.limit = limit
            // Saturating: `trace --limit 9223372036854776` must not trap.
            let (scaled, overflow) = limit.multipliedReportingOverflow(by: 1_000)
            budget = Swift.max(10_000, overflow ? Int.max : scaled)
        }

        /// A step back: the hop followed, and every claim of the same hop.
        private typealias Choice = (hop: Hop, group: [Hop])

        private struct Frame {
            var state: Int32
            var bound: Int
            /// The hop from this state into the state below it on the stack, with the others of its group.
            var hop: Hop?
            var group: [Hop]
            var choices: [Choice]
            var next = 0
        }

        mutating func holding(of target: Int32, in custody: CustodyGraph) -> Provenance.Holding {
            var found: [(path: CustodyPath, day: Int)] = []
            var truncated = false
            var visits = 0
            var onPath: Set<Int32> = [target]
            var stack = [
                Frame(
                    state: target, bound: .max, hop: nil, group: [],
                    choices: choices(into: target, by: .max, in: custody))
            ]
            while let top = stack.last {
                if top.choices.isEmpty, top.next == 0, custody.hopIndices(into: top.state).isEmpty {
                    // A dataset nothing makes: the path begins here.
                    guard found.count < limit else {
                        truncated = true
                        break
                    }
                    found.append(path(from: stack, in: custody))
                    stack[stack.count - 1].next = 1
                    continue
                }
                guard top.next < top.choices.count else {
                    onPath.remove(top.state)
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let (hop, group) = top.choices[top.next]
                guard !onPath.contains(hop.source) else { continue }
                visits += 1
                guard visits <= budget else {
                    truncated = true
                    break
                }
                // The hop's source had the data by the hop's last day, and by the bound the hop had to meet. (For a
                // held hop: the party got the data by the last day of the claim showing it, whenever that was.)
                let bound = Swift.min(top.bound, custody.claimLatest[hop.claim.index])
                onPath.insert(hop.source)
                stack.append(
                    Frame(
                        state: hop.source, bound: bound, hop: hop, group: group,
                        choices: choices(into: hop.source, by: bound, in: custody)))
            }
            found.sort { ($0.day, $0.path.steps.count) < ($1.day, $1.path.steps.count) }
            let party = custody.isCustody(target) ? custody.partyIDs[custody.partyNumber(of: target).index] : nil
            return Provenance.Holding(
                party: party, dataset: custody.datasetIDs[Int(custody.datasetNumber(of: target))],
                paths: found.map(\.path), isTruncated: truncated)
        }

        /// The steps to take back from `state` when the data must have reached it by `bound`: one per source and
        /// link, with the claim that leaves the loosest bound. Hops that cannot fit are noted as failed.
        private mutating func choices(into state: Int32, by bound: Int, in custody: CustodyGraph) -> [Choice] {
            var groups: [Choice] = []
            var groupOf: [UInt64: Int] = [:]
            for index in custody.hopIndices(into: state) {
                let hop = custody.hops[Int(index)]
                let key = UInt64(UInt32(hop.source)) << 8 | UInt64(hop.link.rawValue)
                if let existing = groupOf[key] {
                    groups[existing].group.append(hop)
                } else {
                    groupOf[key] = groups.count
                    groups.append((hop, [hop]))
                }
            }
            return groups.compactMap { _, group in
                // A held hop is undated: the party got the data by the claim's last day, whenever that was.
                let fitting = group.filter { $0.link.isShowing || custody.claimEarliest[$0.claim.index] <= bound }
                for hop in group where hop.link != .madeDataset && !fitting.contains(where: { $0.claim == hop.claim }) {
                    tooLate[hop.claim] = Swift.max(tooLate[hop.claim] ?? .min, bound)
                }
                guard
                    let best = fitting.max(by: {
                        custody.claimLatest[$0.claim.index] < custody.claimLatest[$1.claim.index]
                    })
                else { return nil }
                return (best, group)
            }
        }

        /// The path the stack spells, from the origin on top down to the target, with days computed forwards.
        ///
        /// The walk followed, for each hop, the claim leaving the loosest bound, so that no path is missed. The path
        /// shows, for each hop, the best-graded claim that still fits: going backwards, a claim fits if it can begin
        /// by the bound the later hops set and end no earlier than the data can have reached the hop's source. The
        /// claim giving that earliest arrival always fits, so there is always one.
        private mutating func path(from stack: [Frame], in custody: CustodyGraph) -> (path: CustodyPath, day: Int) {
            let origin = stack.last!.state
            let frames = stack.reversed().filter { $0.hop != nil }
            // The earliest the data can reach each hop's source, choosing the soonest claim for every hop before.
            var reach = [Int.min]
            for frame in frames {
                let before = reach[reach.count - 1]
                let arrivals = frame.group.compactMap { hop -> Int? in
                    let claim = hop.claim.index
                    let day = hop.link.isShowing ? before : Swift.max(before, custody.claimEarliest[claim])
                    return day <= custody.claimLatest[claim] ? day : nil
                }
                reach.append(arrivals.min() ?? before)
            }
            var chosen = frames.map { $0.hop! }
            var corroborating = [[Hop]](repeating: [], count: frames.count)
            var bound = Int.max
            for index in frames.indices.reversed() {
                var fitting: [Hop] = []
                for hop in frames[index].group {
                    let claim = hop.claim.index
                    let (earliest, latest) = (custody.claimEarliest[claim], custody.claimLatest[claim])
                    if latest < reach[index] {
                        tooEarly[hop.claim] = Swift.min(tooEarly[hop.claim] ?? .max, reach[index])
                    } else if !hop.link.isShowing, earliest > bound {
                        tooLate[hop.claim] = Swift.max(tooLate[hop.claim] ?? .min, bound)
                    } else {
                        fitting.append(hop)
                        fitted.insert(hop.claim)
                    }
                }
                // Best grade first; then the loosest bound, which leaves the earlier hops the most room.
                if let best = fitting.min(by: { first, second in
                    let (one, other) = (first.claim.index, second.claim.index)
                    guard custody.claimGrade[one] == custody.claimGrade[other] else {
                        return custody.claimGrade[one] < custody.claimGrade[other]
                    }
                    return custody.claimLatest[one] > custody.claimLatest[other]
                }) {
                    chosen[index] = best
                }
                corroborating[index] = fitting
                bound = Swift.min(bound, custody.claimLatest[chosen[index].claim.index])
            }

            var day = Int.min
            var lastLatest = Int.min
            var steps: [CustodyStep] = []
            for (hop, others) in zip(chosen, corroborating) {
                let earliest = custody.claimEarliest[hop.claim.index]
                let certain = lastLatest <= earliest
                if !hop.link.isShowing {
                    day = Swift.max(day, earliest)
                    lastLatest = custody.claimLatest[hop.claim.index]
                }
                steps.append(custody.step(hop, day: day, isOrderCertain: certain, others: others))
            }
            // A path begins at a dataset nothing makes, or at an owner's custody of its database.
            let start = custody.datasetIDs[Int(custody.datasetNumber(of: origin))]
            let isDatabase = custody.graph.evidence.datasets[start]?.kind == .database
            let path = CustodyPath(start: start, origin: isDatabase ? .database : .unknownMaking, steps: steps)
            return (path, day)
        }

        /// The hops that failed to fit and fit no listed path, in claim-id order. A hop that ended before the data
        /// can have reached its source is reported so (the stronger contradiction); otherwise as too late.
        func leftOut(in custody: CustodyGraph) -> [LeftOutHop] {
            Set(tooEarly.keys).union(tooLate.keys).subtracting(fitted).map { claim in
                let reason: LeftOutHop.Reason =
                    if let day = tooEarly[claim] {
                        .beforeDataArrived(CalendarDay(ordinal: day))
                    } else {
                        .afterNextHop(CalendarDay(ordinal: tooLate[claim]!))
                    }
                return LeftOutHop(claim: custody.graph.evidence.claims[custody.claimIDs[claim.index]]!, reason: reason)
            }.sorted { $0.claim.id < $1.claim.id }
        }
    }
}
