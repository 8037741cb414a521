/// A case: the union of everything read from any number of evidence files, keyed by id.
///
/// Ids are unique across the whole case and across kinds; `insert` refuses a second item with an id already
/// used and says where the first one is. The case holds values only; reading files is the XML layer's job.
public struct EvidenceCase: Sendable {
    /// Every source, by id. Added with `insert(_:)`, which refuses a duplicate id.
    public private(set) var sources: [SourceID: Source] = [:]
    /// Every party, by id.
    public private(set) var parties: [PartyID: Party] = [:]
    /// Every dataset, by id.
    public private(set) var datasets: [DatasetID: Dataset] = [:]
    /// Every claim, by id.
    public private(set) var claims: [ClaimID: Claim] = [:]

    /// An empty case.
    public init() {}

    /// The number of sources, parties, datasets and claims.
    public var count: Int { sources.count + parties.count + datasets.count + claims.count }

    /// Adds a source, or returns the error that its id is already taken (and adds nothing).
    public mutating func insert(_ source: Source) -> Diagnostic? {
        if let duplicate = duplicate(of: source.id.rawValue, at: source.location) { return duplicate }
        sources[source.id] = source
        return nil
    }

    /// Adds a party, or returns the error that its id is already taken (and adds nothing).
    public mutating func insert(_ party: Party) -> Diagnostic? {
        if let duplicate = duplicate(of: party.id.rawValue, at: party.location) { return duplicate }
        parties[party.id] = party
        return nil
    }

    /// Adds a dataset, or returns the error that its id is already taken (and adds nothing).
    public mutating func insert(_ dataset: Dataset) -> Diagnostic? {
        if let duplicate = duplicate(of: dataset.id.rawValue, at: dataset.location) { return duplicate }
        datasets[dataset.id] = dataset
        return nil
    }

    /// Adds a claim, or returns the error that its id is already taken (and adds nothing).
    public mutating func insert(_ claim: Claim) -> Diagnostic? {
        if let duplicate = duplicate(of: claim.id.rawValue, at: claim.location) { return duplicate }
        claims[claim.id] = claim
        return nil
    }

    /// Makes room for this many items of each kind, so that reading a large case whose size is known (from a case
    /// store) does not rehash its tables as they grow.
    package mutating func reserveCapacity(sources: Int, parties: Int, datasets: Int, claims: Int) {
        self.sources.reserveCapacity(sources)
        self.parties.reserveCapacity(parties)
        self.datasets.reserveCapacity(datasets)
        self.claims.reserveCapacity(claims)
    }

    /// Which kind of thing an id names in this case ("party", "dataset", ...), if any.
    package func noun(of id: String) -> String? {
        definition(of: id)?.noun
    }

    /// What `id` names and where, looked up in the four tables: ids are unique across kinds, so at most one
    /// answers.
    private func definition(of id: String) -> (noun: String, location: SourceLocation?)? {
        if let source = sources[SourceID(id)] { return (SourceKind.noun, source.location) }
        if let party = parties[PartyID(id)] { return (PartyKindTag.noun, party.location) }
        if let dataset = datasets[DatasetID(id)] { return (DatasetKindTag.noun, dataset.location) }
        if let claim = claims[ClaimID(id)] { return (ClaimKindTag.noun, claim.location) }
        return nil
    }

    /// The error for defining `id` again, or nil when it is new.
    private func duplicate(of id: String, at location: SourceLocation?) -> Diagnostic? {
        guard let first = definition(of: id) else { return nil }
        return .error(
            .duplicateID, "duplicate id '\(id)': already defines a \(first.noun)", at: location,
            notes: [.init("'\(id)' first defined here", at: first.location)])
    }
}

extension EvidenceCase {
    /// The case with each claim replaced by what `transform` returns for it, or removed where it returns nil.
    /// Everything else stays as it is.
    package func removingClaims(_ transform: (Claim) -> Claim?) -> EvidenceCase {
        var copy = self
        copy.claims = claims.compactMapValues(transform)
        return copy
    }

    /// Claim ids in order, so every output built from them is deterministic. Sorting ids rather than claims
    /// keeps a large case from being copied whole.
    public var sortedClaimIDs: [ClaimID] { claims.keys.sorted() }

    /// The claim's grade in this case (see `Claim.grade(sources:)`).
    public func grade(of claim: Claim) -> Grade? { claim.grade(sources: sources) }
}
