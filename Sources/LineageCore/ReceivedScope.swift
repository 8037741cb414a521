/// The part of a case that the answer to `CustodyGraph.recipients(of:)` can depend on: the one definition that lets a
/// case store answer `lineage received` by reading only that part (issue 18).
///
/// The custody graph links datasets only through the claims that make one dataset from another or find it inside
/// another (extraction, derivation, containment: `Claim.inputs`); transfers, uses, holdings and deletions stay within
/// their dataset, and delegations, events and identities move nothing. So the datasets fall into *components*: the
/// datasets linked, in either direction, by such claims. Everything `recipients(of:)` computes for a dataset stays in
/// its component:
///
/// - the search starts from the dataset and the wholes it is inside, and follows hops, which never leave the
///   component;
/// - which holdings are unexplained (`CustodyGraph.unexplainedShowings`) is decided by grounded searches from the
///   origins, whose hops into a component come only from inside it; its second pass accepts dropping a custody's
///   hangings only if every other showing stays explained, which for showings of other components it always does,
///   since their hops and hangings do not change. A smaller set would not do: whether a holding downstream of an
///   ancestor (in the component, outside the dataset's downstream) stays explained decides that pass.
/// - what else is global is used only through its order, and restricting it keeps the order: parties, datasets and
///   claims are numbered in id order, each state's hops in claim order, days as ranks of the claims' first days (every
///   rank a search compares is a day of a claim in the component), and the best-supported search's grades (a grade no
///   claim of the component has adds no hop there, so no holding is first reached at it).
///
/// Beyond the component's datasets and every claim about or made from them, the answer reads: the parties those
/// claims name and the datasets' owners; the `<identity>` claims naming any of those parties (a recipient's possible
/// identities; `--merge-identities`, which merges along them transitively, so their parties' identity claims too,
/// and whose choice of the id a merged group keeps depends on that group alone);
/// and the sources every claim read cites (grades, the text's `[s1 B2]`). `CaseFilter`'s per-claim rules keep or
/// drop a claim by what it and its sources say, so the part filtered is the whole filtered, restricted; only the
/// filter's counts of claims left out are whole-case figures, which a part cannot give.
///
/// What is not read is never checked: the case-wide checks of the part see only the part.
package enum ReceivedScope {
    /// What a reader is asked for, each round. It must return at least these items (more is harmless: the closure
    /// takes in whatever it is given, and follows it):
    package struct Request: Hashable, Sendable {
        /// Each dataset, and every claim about it or made from it (`claim.dataset` or `claim.inputs`).
        package var datasets: Set<DatasetID> = []
        /// Each party, and every `<identity>` claim naming it on either side.
        package var parties: Set<PartyID> = []
        /// Sources, by id.
        package var sources: Set<SourceID> = []

        package var isEmpty: Bool { datasets.isEmpty && parties.isEmpty && sources.isEmpty }
    }

    /// The part of a case the answer to `received dataset` depends on, read round by round through `read`, which
    /// returns the items a request names (retracted claims left out). Rounds go on until nothing new is asked:
    /// one round for each step along the component's chains of datasets, and of identities.
    ///
    /// - Returns: the part, or the whole case when `read` returns it.
    package static func part(
        of dataset: DatasetID, reading read: (Request) throws -> EvidenceCase
    ) rethrows -> EvidenceCase {
        var part = EvidenceCase()
        var asked = Request()
        var request = Request(datasets: [dataset])
        while !request.isEmpty {
            asked.datasets.formUnion(request.datasets)
            asked.parties.formUnion(request.parties)
            asked.sources.formUnion(request.sources)
            let got = try read(request)
            var next = Request()
            for item in got.datasets.values where part.datasets[item.id] == nil {
                _ = part.insert(item)
                next.parties.formUnion(item.owners)
            }
            for item in got.parties.values where part.parties[item.id] == nil { _ = part.insert(item) }
            for item in got.sources.values where part.sources[item.id] == nil { _ = part.insert(item) }
            for claim in got.claims.values where part.claims[claim.id] == nil {
                _ = part.insert(claim)
                if let made = claim.dataset { next.datasets.insert(made) }
                next.datasets.formUnion(claim.inputs)
                next.parties.formUnion(claim.parties)
                next.sources.formUnion(claim.cites.map(\.source))
            }
            request = Request(
                datasets: next.datasets.subtracting(asked.datasets), parties: next.parties.subtracting(asked.parties),
                sources: next.sources.subtracting(asked.sources))
        }
        return part
    }
}
