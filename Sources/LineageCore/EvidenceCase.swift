/// A case: the union of everything read from any number of evidence files, keyed by id.
///
/// Ids are unique across the whole case and across kinds; `insert` refuses a second item with an id already
/// used and says where the first one is. The case holds values only; reading files is the XML layer's job.
public struct EvidenceCase: Sendable {
    public private(set) var sources: [SourceID: Source] = [:]
    public private(set) var parties: [PartyID: Party] = [:]
    public private(set) var datasets: [DatasetID: Dataset] = [:]
    public private(set) var claims: [ClaimID: Claim] = [:]

    /// Every id in the case, with what it names and where, for the across-kinds uniqueness rule.
    private var definitions: [String: Definition] = [:]

    private struct Definition: Sendable {
        var noun: String
        var location: SourceLocation?
    }

    public init() {}

    /// The number of sources, parties, datasets and claims.
    public var count: Int { definitions.count }

    /// Adds a source, or returns the error that its id is already taken (and adds nothing).
    public mutating func insert(_ source: Source) -> Diagnostic? {
        if let duplicate = define(source.id.rawValue, noun: SourceKind.noun, at: source.location) { return duplicate }
        sources[source.id] = source
        return nil
    }

    /// Adds a party, or returns the error that its id is already taken (and adds nothing).
    public mutating func insert(_ party: Party) -> Diagnostic? {
        if let duplicate = define(party.id.rawValue, noun: PartyKindTag.noun, at: party.location) { return duplicate }
        parties[party.id] = party
        return nil
    }

    /// Adds a dataset, or returns the error that its id is already taken (and adds nothing).
    public mutating func insert(_ dataset: Dataset) -> Diagnostic? {
        if let duplicate = define(dataset.id.rawValue, noun: DatasetKindTag.noun, at: dataset.location) {
            return duplicate
        }
        datasets[dataset.id] = dataset
        return nil
    }

    /// Adds a claim, or returns the error that its id is already taken (and adds nothing).
    public mutating func insert(_ claim: Claim) -> Diagnostic? {
        if let duplicate = define(claim.id.rawValue, noun: ClaimKindTag.noun, at: claim.location) { return duplicate }
        claims[claim.id] = claim
        return nil
    }

    /// Which kind of thing an id names in this case ("party", "dataset", ...), if any.
    public func noun(of id: String) -> String? {
        definitions[id]?.noun
    }

    /// Records `id`, or explains why it cannot be: it is already defined.
    private mutating func define(_ id: String, noun: String, at location: SourceLocation?) -> Diagnostic? {
        if let first = definitions[id] {
            return .error(
                .duplicateID, "duplicate id '\(id)': already defines a \(first.noun)", at: location,
                notes: [.init("'\(id)' first defined here", at: first.location)])
        }
        definitions[id] = Definition(noun: noun, location: location)
        return nil
    }
}

extension EvidenceCase {
    /// The case with each claim replaced by what `transform` returns for it, or removed where it returns nil.
    /// Everything else stays as it is.
    public func removingClaims(_ transform: (Claim) -> Claim?) -> EvidenceCase {
        var copy = self
        copy.claims = claims.compactMapValues(transform)
        for id in claims.keys where copy.claims[id] == nil {
            copy.definitions[id.rawValue] = nil
        }
        return copy
    }

    /// Claims in id order, so every output built from them is deterministic.
    public var sortedClaims: [Claim] { claims.values.sorted { $0.id < $1.id } }

    /// The claim's grade in this case (see `Claim.grade(sources:)`).
    public func grade(of claim: Claim) -> Grade? { claim.grade(sources: sources) }
}
