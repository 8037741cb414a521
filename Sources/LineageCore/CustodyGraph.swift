/// The case as chains of custody: who could have held which data, from when, and by which hop. It answers the
/// investigators' questions: `recipients(of:)`, `provenance(of:)` and `gaps()`.
///
/// ## Model
///
/// A *custody* is one party holding a copy of one dataset. Every custody a claim names is a state of the graph:
/// the receiver and the sender of a transfer, the maker of an extraction or derivation, the deriver's custody of
/// each input, the party of a holding, use or deletion. Each dataset is a state too: the data itself, which
/// exists once it is made. Hops link the states, each resting on one claim:
///
/// - *made*: an extraction links the dataset it copies from to the extractor's custody of the batch (and to the
///   batch itself); a derivation links the deriver's custody of each input to its custody of the result (and to
///   the result itself).
/// - *transfer*: a transfer links the sender's custody to the receiver's.
/// - *held*: a custody that no claim explains hangs from the dataset itself, once for each claim showing that the
///   party held it. How it got the data is a gap; what it did with the data still counts. Which custodies are
///   unexplained is decided once, in `CustodyGraph+Unexplained.swift`, and every answer and diagram takes it from
///   there.
/// - *shown*: a claim showing a party holding data that some claim does explain. It is no way in for the
///   earliest-arrival answers, but it is support that the party had the data: the best-supported search follows it
///   (see `recipients(of:)`).
///
/// Owners are origins: a database's owner holds it from its creation. Its custody is never reached by a hop, and
/// never a recipient of its own data. A party that makes a dataset holds it from the making.
///
/// - *contained*: a containment links each custody of the whole to the same party's custody of the part.
///
/// Delegations, events and identities never move data; uses, holdings and deletions only show that a party held a
/// copy.
///
/// Parties, datasets and claims are numbered once, here, in id order, so the queries work on integer arrays, and
/// their answers are deterministic. The graph assumes a case without errors (`lineage check` passes): a claim
/// naming an unknown party or dataset is left out.
public struct CustodyGraph: Sendable {
    /// The graph the custodies were built from, and through it the case.
    public let graph: LineageGraph

    /// Party number → id, in id order.
    let partyIDs: [PartyID]
    /// Dataset number → id, in id order. Dataset number `d` is also state `d`: the dataset itself.
    let datasetIDs: [DatasetID]
    let partyNumbers: [PartyID: PartyIndex]
    let datasetNumbers: [DatasetID: Int32]

    /// For custody state `datasetIDs.count + k`: its party (`custodyParty[k]`) and dataset (`custodyDataset[k]`).
    let custodyParty: [PartyIndex]
    let custodyDataset: [Int32]
    /// The custody states of each party (by party number, as offsets into `custodies`), in dataset-id order.
    let custodyStart: [Int32]
    let custodies: [Int32]

    /// Claim number → id, and each claim's time, grade and dispute, for the claims about a dataset.
    let claimIDs: [ClaimID]
    /// The first day the claim's event time allows; `Int.min` when it is unbounded before.
    let claimEarliest: [Int]
    /// The last day the claim's event time allows; `Int.max` when it is unbounded after.
    let claimLatest: [Int]
    let claimGrade: [GradeCode]
    let claimDisputed: [Bool]

    /// Every day a hop can reach its target on: the first day of each claim's event time, in order, after
    /// `Int.min` (no bound). A search labels states with a day's rank here, so that its queue is an array of
    /// buckets, one per day, rather than a heap.
    let days: [Int]

    /// Every hop, grouped by source state (offsets in `hopStart`); each state's hops in claim order.
    let hops: [Hop]
    let hopStart: [Int32]
    /// Every hop again, as indices into `hops` grouped by target state (offsets in `intoStart`).
    let into: [Int32]
    let intoStart: [Int32]
    /// For each dataset, the hops that make it, drawn from the dataset's own state into the maker's custody: a
    /// `recipients(of:)` query starts at the dataset, and its makers are its first holders.
    let makings: [Hop]
    let makingStart: [Int32]
    /// For each dataset, the `shown` hops from its state (offsets in `shownStart`): only the best-supported search
    /// follows them.
    let shown: [Hop]
    let shownStart: [Int32]
    /// For each dataset, its owners' custodies when it is a database its owners hold (a database can have several
    /// owners, `Dataset.owners`): origins, held from the database's creation.
    let ownedCustodies: [[Int32]]

    /// For each dataset, the datasets it is inside (containments), and the reverse.
    let containmentWholes: [Int32: [Int32]]
    let containmentParts: [Int32: [Int32]]

    /// The number of states: datasets, then custodies.
    var stateCount: Int { datasetIDs.count + custodyParty.count }

    /// Numbers and indexes the case.
    ///
    /// Custodies are numbered in the order an earliest-arrival search from every origin settles them, so that a
    /// query, which settles states in much the same order, walks its arrays forwards: on a case of a million
    /// claims, memory latency rather than arithmetic is what a query costs.
    ///
    /// - Complexity: O(*n* + *p* log *p* + *d* log *d* + *D* log *D*) for *n* claims, *p* parties, *d* datasets and
    ///   *D* distinct days, with a dictionary look-up per claim, party named and cite: claims are taken in the
    ///   order the graph's `claimsByDataset` index already keeps, so nothing here sorts them again.
    public init(_ graph: LineageGraph) {
        self.init(graph, triesEveryCustody: false)
    }

    /// `init(_:)`, optionally trying every unexplained custody again (see `unexplainedShowings`): for tests that
    /// check the shortcut changes nothing.
    init(_ graph: LineageGraph, triesEveryCustody: Bool) {
        let evidence = graph.evidence
        var builder = Builder(
            parties: evidence.parties.keys.sorted(), datasets: evidence.datasets.keys.sorted(), in: evidence)
        for dataset in builder.datasetIDs.indices {
            for claimID in graph.claimsByDataset[builder.datasetIDs[dataset]] ?? [] {
                guard let claim = evidence.claims[claimID] else { continue }
                builder.add(claim, about: Int32(dataset), in: evidence)
            }
        }
        builder.containParts()
        builder.time()
        // Which showings are unexplained needs the graph of the hops that explain: decide on that, then hang them.
        let explaining = CustodyGraph(graph, builder)
        builder.hang(
            showings: explaining.unexplainedShowings(builder.showings, triesEveryCustody: triesEveryCustody))
        let provisional = CustodyGraph(graph, builder)
        builder.renumber(inOrder: provisional.settlingOrder())
        self.init(graph, builder)
    }

    /// The graph of what `builder` collected, with its custodies numbered as they are.
    private init(_ graph: LineageGraph, _ builder: Builder) {
        self.graph = graph
        partyIDs = builder.partyIDs
        datasetIDs = builder.datasetIDs
        partyNumbers = builder.partyNumbers
        datasetNumbers = builder.datasetNumbers
        custodyParty = builder.custodyParty
        custodyDataset = builder.custodyDataset
        claimIDs = builder.claimIDs
        claimEarliest = builder.claimEarliest
        claimLatest = builder.claimLatest
        claimGrade = builder.claimGrade
        claimDisputed = builder.claimDisputed
        days = builder.days
        var wholes: [Int32: [Int32]] = [:]
        var parts: [Int32: [Int32]] = [:]
        for (part, whole, _) in builder.containments {
            wholes[part, default: []].append(whole)
            parts[whole, default: []].append(part)
        }
        containmentWholes = wholes
        containmentParts = parts

        let states = builder.datasetIDs.count + builder.custodyParty.count
        (hopStart, hops) = Self.grouped(builder.hops, buckets: states) { $0.source }
        (intoStart, into) = Self.grouped(hops.indices.map { Int32($0) }, buckets: states) { [hops] in
            hops[Int($0)].target
        }
        (makingStart, makings) = Self.grouped(builder.makings, buckets: builder.datasetIDs.count) { $0.source }
        (shownStart, shown) = Self.grouped(builder.shown, buckets: builder.datasetIDs.count) { $0.source }
        var ownedCustodies = [[Int32]](repeating: [], count: builder.datasetIDs.count)
        for (index, isOwned) in builder.custodyOwned.enumerated() where isOwned {
            ownedCustodies[Int(builder.custodyDataset[index])].append(Int32(builder.datasetIDs.count + index))
        }
        self.ownedCustodies = ownedCustodies
        // Each party's custodies, in dataset-id order (dataset numbers follow id order; custody numbers do not).
        let first = builder.datasetIDs.count
        let owned = Self.grouped(builder.custodyParty.indices.map { Int32(first + $0) }, buckets: partyIDs.count) {
            [custodyParty] in custodyParty[Int($0) - first].raw
        }
        var custodies = owned.1
        for party in partyIDs.indices {
            custodies[Int(owned.0[party])..<Int(owned.0[party + 1])].sort { [custodyDataset] in
                custodyDataset[Int($0) - first] < custodyDataset[Int($1) - first]
            }
        }
        custodyStart = owned.0
        self.custodies = custodies
    }

    /// Custody states in the order an earliest-arrival search from every origin at once (the datasets nothing
    /// makes: databases, and gaps) settles them, then the custodies it never reaches, in number order. A query
    /// from a database settles them in exactly this order; one from a batch, in much the same.
    private func settlingOrder() -> [Int32] {
        let search = EarliestArrival(from: origins, in: self)
        var order = ownedCustodies.flatMap { $0 } + search.settled
        var settled = [Bool](repeating: false, count: custodyParty.count)
        for state in order { settled[Int(state) - datasetIDs.count] = true }
        for custody in custodyParty.indices where !settled[custody] { order.append(Int32(datasetIDs.count + custody)) }
        return order
    }

    /// `items` bucketed by `key` (a counting sort, so each bucket keeps the items' order): the start offset of
    /// every bucket (one more than there are buckets) and the items in bucket order.
    ///
    /// - Complexity: O(*n* + *b*) for *n* items and *b* buckets.
    private static func grouped<Item>(_ items: [Item], buckets: Int, key: (Item) -> Int32) -> ([Int32], [Item]) {
        var start = [Int32](repeating: 0, count: buckets + 1)
        for item in items { start[Int(key(item)) + 1] += 1 }
        for bucket in 0..<buckets { start[bucket + 1] += start[bucket] }
        guard let first = items.first else { return (start, []) }
        var next = start
        var placed = [Item](repeating: first, count: items.count)
        for item in items {
            let bucket = Int(key(item))
            placed[Int(next[bucket])] = item
            next[bucket] += 1
        }
        return (start, placed)
    }
}

extension CustodyGraph {
    /// How a hop moves data. `madeDataset` is the half of a making that reaches the made dataset itself rather
    /// than the maker's custody of it; both halves rest on the same claim. `owned` is no hop but the label of an
    /// owner's custody of its database, which a search starts from with the database (it rests on no claim).
    /// `contained` takes a holder of a whole to its custody of a part inside it (a containment).
    enum HopLink: UInt8, Sendable {
        case made, madeDataset, transfer, held, shown, owned, contained

        /// Whether the hop only shows the party holding the data: it is undated itself, and must fit only the
        /// showing claim's last day.
        var isShowing: Bool { self == .held || self == .shown }
    }

    /// A claim showing that a party held a dataset: the sender of a transfer, the deriver of each input, the party
    /// of a use, holding or deletion.
    struct Showing: Sendable {
        var custody: Int32
        var claim: ClaimIndex
    }

    /// One hop: from a state to a state, resting on a claim, with what a search needs of the claim at hand.
    struct Hop: Equatable, Sendable {
        var source: Int32
        var target: Int32
        var claim: ClaimIndex
        var link: HopLink
        /// The claim's first and last day (`Int32.min` and `Int32.max` when unbounded).
        var earliest: Int32 = .min
        var latest: Int32 = .max
        /// The rank of `earliest` in the graph's `days`, and the rank of the last of those days on or before
        /// `latest`: a hop fits after an arrival of rank *r* if max(*r*, `earliestRank`) ≤ `latestRank`.
        var earliestRank: Int32 = 0
        var latestRank: Int32 = 0
        var grade = GradeCode.ungraded
        var isDisputed = false

        init(source: Int32, target: Int32, claim: ClaimIndex, link: HopLink) {
            self.source = source
            self.target = target
            self.claim = claim
            self.link = link
        }

        /// The day rank the hop brings the data to its target on, after it reached the source on rank `day`; a
        /// rank past `latestRank` means the hop cannot fit. A held hop brings it from the dataset's existence,
        /// whenever that was; a shown hop no earlier than the evidence explains the holding (`earliestRank`).
        func arrival(after day: Int32) -> Int32 {
            link == .held ? day : Swift.max(day, earliestRank)
        }

        /// The hop with its claim's days, ranks, grade and dispute filled in.
        func timed(days: [Int], _ earliest: [Int], _ latest: [Int], _ grade: [GradeCode], _ disputed: [Bool]) -> Hop {
            var hop = self
            let claim = self.claim.index
            hop.earliest = Int32(clamping: earliest[claim])
            hop.latest = Int32(clamping: latest[claim])
            hop.earliestRank = Int32(days.partitioningIndex { $0 >= earliest[claim] })
            hop.latestRank = Int32(days.partitioningIndex { $0 > latest[claim] } - 1)
            hop.grade = grade[claim]
            hop.isDisputed = disputed[claim]
            return hop
        }
    }

    /// The datasets nothing makes (databases, and batches and lists whose making is a gap): where the evidence
    /// begins.
    var origins: [Int32] { datasetIDs.indices.map { Int32($0) }.filter { makings(of: $0).isEmpty } }

    /// The `shown` hops from a dataset's state.
    func shownHops(from dataset: Int32) -> ArraySlice<Hop> {
        shown[Int(shownStart[Int(dataset)])..<Int(shownStart[Int(dataset) + 1])]
    }

    /// Whether a custody is an owner's custody of its own database: an origin.
    func isOwned(_ custody: Int32) -> Bool {
        ownedCustodies[Int(datasetNumber(of: custody))].contains(custody)
    }

    /// Whether `state` is a custody rather than a dataset.
    func isCustody(_ state: Int32) -> Bool { Int(state) >= datasetIDs.count }

    /// The dataset of a state: the dataset itself, or the dataset held.
    func datasetNumber(of state: Int32) -> Int32 {
        isCustody(state) ? custodyDataset[Int(state) - datasetIDs.count] : state
    }

    /// The party of a custody state.
    func partyNumber(of custody: Int32) -> PartyIndex { custodyParty[Int(custody) - datasetIDs.count] }

    /// The hops leaving `state`.
    func hops(from state: Int32) -> ArraySlice<Hop> {
        hops[Int(hopStart[Int(state)])..<Int(hopStart[Int(state) + 1])]
    }

    /// The hops that make `dataset`, drawn from the dataset's state into each maker's custody.
    func makings(of dataset: Int32) -> ArraySlice<Hop> {
        makings[Int(makingStart[Int(dataset)])..<Int(makingStart[Int(dataset) + 1])]
    }

    /// The hops entering `state`, as indices into `hops`.
    func hopIndices(into state: Int32) -> ArraySlice<Int32> {
        into[Int(intoStart[Int(state)])..<Int(intoStart[Int(state) + 1])]
    }

    /// The custody states of a party, in dataset-id order.
    func custodies(of party: PartyIndex) -> ArraySlice<Int32> {
        custodies[Int(custodyStart[party.index])..<Int(custodyStart[party.index + 1])]
    }
}

extension CustodyGraph {
    /// Collects numbers and hops while the claims are read.
    private struct Builder {
        let partyIDs: [PartyID]
        let datasetIDs: [DatasetID]
        let partyNumbers: [PartyID: PartyIndex]
        let datasetNumbers: [DatasetID: Int32]
        var custodyNumbers: [UInt64: Int32] = [:]
        var custodyParty: [PartyIndex] = []
        var custodyDataset: [Int32] = []
        /// For each custody: whether it is an owner's custody of its own database (an origin).
        var custodyOwned: [Bool] = []
        /// For each custody: whether its party made the dataset (it holds it from the making).
        var custodyMade: [Bool] = []
        /// Claims showing a party held a dataset, in claim order: for custodies that are neither an owner's nor a
        /// maker's, a `held` or a `shown` hop each, as `CustodyGraph.unexplainedShowings` decides.
        var showings: [Showing] = []
        var shown: [Hop] = []
        let owners: [[PartyIndex]]
        var claimIDs: [ClaimID] = []
        var claimEarliest: [Int] = []
        var claimLatest: [Int] = []
        var claimGrade: [GradeCode] = []
        var claimDisputed: [Bool] = []
        var hops: [Hop] = []
        var makings: [Hop] = []
        var days: [Int] = []
        /// Each containment claim: the part's and the whole's dataset numbers.
        var containments: [(part: Int32, whole: Int32, claim: ClaimIndex)] = []

        init(parties: [PartyID], datasets: [DatasetID], in evidence: EvidenceCase) {
            partyIDs = parties
            datasetIDs = datasets
            let partyNumbers = Dictionary(
                uniqueKeysWithValues: parties.enumerated().map { ($1, PartyIndex(Int32($0))) })
            self.partyNumbers = partyNumbers
            datasetNumbers = Dictionary(uniqueKeysWithValues: datasets.enumerated().map { ($1, Int32($0)) })
            // The owners of each database: the parties whose own system of record it is.
            owners = datasets.map { id in
                guard let dataset = evidence.datasets[id], dataset.kind == .database else { return [] }
                return dataset.owners.compactMap { partyNumbers[$0] }
            }
        }

        /// The state of `party` holding `dataset`, numbered on first sight.
        mutating func custody(_ party: PartyIndex, _ dataset: Int32) -> Int32 {
            let key = UInt64(UInt32(party.raw)) << 32 | UInt64(UInt32(dataset))
            if let state = custodyNumbers[key] { return state }
            let state = Int32(datasetIDs.count + custodyParty.count)
            custodyNumbers[key] = state
            custodyParty.append(party)
            custodyDataset.append(dataset)
            custodyOwned.append(owners[Int(dataset)].contains(party))
            custodyMade.append(false)
            return state
        }

        func isOwned(_ custody: Int32) -> Bool { custodyOwned[Int(custody) - datasetIDs.count] }

        /// Numbers `claim`, which is about dataset number `dataset`, and adds its hops.
        mutating func add(_ claim: Claim, about dataset: Int32, in evidence: EvidenceCase) {
            let number = ClaimIndex(Int32(claimIDs.count))
            claimIDs.append(claim.id)
            claimEarliest.append(claim.when.earliest?.ordinal ?? .min)
            claimLatest.append(claim.when.latest?.ordinal ?? .max)
            claimGrade.append(GradeCode(claim.grade(sources: evidence.sources)))
            claimDisputed.append(claim.isDisputed)

            switch claim.action {
            case .extraction(_, let from, let by, _, _):
                guard let origin = datasetNumbers[from], let maker = partyNumbers[by] else { return }
                let made = custody(maker, dataset)
                custodyMade[Int(made) - datasetIDs.count] = true
                hops.append(Hop(source: origin, target: made, claim: number, link: .made))
                hops.append(Hop(source: origin, target: dataset, claim: number, link: .madeDataset))
                makings.append(Hop(source: dataset, target: made, claim: number, link: .made))
            case .derivation(_, let from, let by, _, _):
                guard let maker = partyNumbers[by] else { return }
                let made = custody(maker, dataset)
                custodyMade[Int(made) - datasetIDs.count] = true
                var seen: Set<Int32> = []
                for input in from {
                    guard let input = datasetNumbers[input], seen.insert(input).inserted else { continue }
                    let used = custody(maker, input)
                    showings.append(Showing(custody: used, claim: number))
                    hops.append(Hop(source: used, target: made, claim: number, link: .made))
                    hops.append(Hop(source: used, target: dataset, claim: number, link: .madeDataset))
                }
                makings.append(Hop(source: dataset, target: made, claim: number, link: .made))
            case .transfer(_, let from, let to, _, _):
                // A transfer to oneself moves nothing, and shows nothing the party did not have (`lineage check`
                // warns of it: `self-transfer`).
                guard let sender = partyNumbers[from], let receiver = partyNumbers[to], sender != receiver else {
                    return
                }
                let sending = custody(sender, dataset)
                showings.append(Showing(custody: sending, claim: number))
                let receiving = custody(receiver, dataset)
                // An owner is never a recipient of its own database.
                guard !isOwned(receiving) else { return }
                hops.append(Hop(source: sending, target: receiving, claim: number, link: .transfer))
            case .use(_, let party, _, _), .holding(_, let party), .deletion(_, let party):
                guard let party = partyNumbers[party] else { return }
                showings.append(Showing(custody: custody(party, dataset), claim: number))
            case .containment(_, let within, _):
                guard let container = datasetNumbers[within] else { return }
                containments.append((part: dataset, whole: container, claim: number))
            case .delegation, .event, .identity:
                return
            }
        }

        /// Gives every holder of a containment's whole a hop to its own custody of the part, timed by the
        /// containment: it reaches the part on the later of the day it got the whole and the containment's start,
        /// if that is inside the containment's time. Never the reverse. A holder of the part that is itself a
        /// whole passes its parts on in turn, so this repeats until no new custody appears.
        ///
        /// - Complexity: O(*k* · (*c* + *s*)) for *k* levels of nesting, *c* containments and *s* custodies.
        mutating func containParts() {
            guard !containments.isEmpty else { return }
            var linked: Set<UInt64> = []
            var grew = true
            while grew {
                grew = false
                var holders: [Int32: [Int32]] = [:]
                for index in custodyDataset.indices {
                    holders[custodyDataset[index], default: []].append(Int32(datasetIDs.count + index))
                }
                for (part, whole, claim) in containments {
                    for holding in holders[whole] ?? [] {
                        let key = UInt64(UInt32(holding)) << 32 | UInt64(UInt32(claim.raw))
                        guard linked.insert(key).inserted else { continue }
                        let party = custodyParty[Int(holding) - datasetIDs.count]
                        let before = custodyParty.count
                        let inside = custody(party, part)
                        grew = grew || custodyParty.count > before
                        // An owner holds its own database from the start: no containment brings it there.
                        guard !isOwned(inside) else { continue }
                        hops.append(Hop(source: holding, target: inside, claim: claim, link: .contained))
                    }
                }
            }
        }

        /// Hangs each showing from its dataset: as a `held` hop when `unexplained` says no claim explains the
        /// custody in time, else as a `shown` hop. Owners' and makers' custodies need no showing: they hold from
        /// the start.
        /// A shown hop brings the data no earlier than `explained`, the day rank the evidence explains the custody
        /// by.
        mutating func hang(showings decided: (unexplained: [Bool], explained: [Int32])) {
            let first = datasetIDs.count
            for (index, showing) in showings.enumerated() {
                let custody = Int(showing.custody) - first
                guard !custodyOwned[custody], !custodyMade[custody] else { continue }
                let dataset = custodyDataset[custody]
                let isUnexplained = decided.unexplained[index]
                var hop = Hop(source: dataset, target: showing.custody, claim: showing.claim, link: .held)
                    .timed(days: days, claimEarliest, claimLatest, claimGrade, claimDisputed)
                if isUnexplained {
                    hops.append(hop)
                } else {
                    hop.link = .shown
                    hop.earliestRank = decided.explained[index]
                    hop.earliest = Int32(clamping: days[Int(hop.earliestRank)])
                    shown.append(hop)
                }
            }
        }

        /// Gives the hops their claims' days, ranks, grades and disputes (see `Hop.timed`).
        mutating func time() {
            days = Array(Set(claimEarliest).union([Int.min])).sorted()
            let timed = { [days, claimEarliest, claimLatest, claimGrade, claimDisputed] (hop: Hop) in
                hop.timed(days: days, claimEarliest, claimLatest, claimGrade, claimDisputed)
            }
            hops = hops.map(timed)
            makings = makings.map(timed)
        }

        /// Renumbers the custodies: the custody numbered `order[k]` becomes the `k`th.
        mutating func renumber(inOrder order: [Int32]) {
            let first = datasetIDs.count
            var number = [Int32](repeating: 0, count: order.count)
            for (new, old) in order.enumerated() { number[Int(old) - first] = Int32(first + new) }
            let renumbered = { (hop: Hop) in
                var hop = hop
                if Int(hop.source) >= first { hop.source = number[Int(hop.source) - first] }
                if Int(hop.target) >= first { hop.target = number[Int(hop.target) - first] }
                return hop
            }
            hops = hops.map(renumbered)
            makings = makings.map(renumbered)
            shown = shown.map(renumbered)
            custodyParty = order.map { custodyParty[Int($0) - first] }
            custodyDataset = order.map { custodyDataset[Int($0) - first] }
            custodyOwned = order.map { custodyOwned[Int($0) - first] }
            custodyMade = order.map { custodyMade[Int($0) - first] }
            custodyNumbers = [:]
        }
    }
}

extension CustodyGraph {
    /// A claim's grade packed into a byte that orders like `Grade` (smaller is better), with no grade last: a path's
    /// grade is the largest code along it, its weakest link.
    struct GradeCode: Comparable, Hashable, Sendable {
        let raw: UInt8

        /// The code of a path with no hops yet: better than any grade, so the first hop's grade wins.
        static let noHopsYet = GradeCode(raw: 0)
        static let ungraded = GradeCode(raw: .max)

        private init(raw: UInt8) { self.raw = raw }

        init(_ grade: Grade?) {
            guard let grade else {
                self = .ungraded
                return
            }
            raw = UInt8((grade.credibility.rawValue - 1) * Reliability.allCases.count + grade.reliability.rank + 1)
        }

        var grade: Grade? {
            guard self != .ungraded, self != .noHopsYet else { return nil }
            let index = Int(raw) - 1
            let count = Reliability.allCases.count
            return Grade(Reliability.allCases[index % count], Credibility(rawValue: index / count + 1)!)
        }

        static func < (lhs: Self, rhs: Self) -> Bool { lhs.raw < rhs.raw }
    }
}

extension Array where Element: Comparable {
    /// The index of the first element for which `belongs` holds, in an array where it holds for a suffix.
    ///
    /// - Complexity: O(log *n*).
    func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

extension Int {
    /// The day an ordinal stands for, or nil for the unbounded ends `Int.min` and `Int.max`.
    var boundedDay: CalendarDay? {
        self == .min || self == .max ? nil : CalendarDay(ordinal: self)
    }
}
