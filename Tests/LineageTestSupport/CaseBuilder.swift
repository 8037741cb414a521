public import LineageCore

/// Builds small cases in code, so each test states exactly the evidence its rule is about: one line per source,
/// party, dataset or claim. The one builder every test target shares.
///
/// Parties and datasets a claim names are declared as it names them (an organisation, a list), unless the test
/// declared them first; a claim is cited by source `s1` with credibility 2 unless the test says otherwise
/// (`withDefaultSource()` declares `s1`, reliability B, dated 2014-07-09). A duplicate id throws, so a malformed
/// test case fails its test with the reason rather than trapping.
public struct CaseBuilder: Sendable {
    public private(set) var evidence = EvidenceCase()

    /// An empty case.
    public init() {}

    /// A case holding source `s1` (reliability B, dated 2014-07-09), the source of the default ``cite``.
    public static func withDefaultSource() throws -> CaseBuilder {
        var builder = CaseBuilder()
        try builder.source("s1", .b, date: "2014-07-09")
        return builder
    }

    /// The default cite: `s1`, probably true.
    public static let cite = Cite(source: "s1", credibility: .probable)

    /// A source, titled `Source <id>` unless given a title.
    public mutating func source(
        _ id: SourceID, _ reliability: Reliability = .b, title: String? = nil, date: String = "2015",
        reference: String? = nil
    ) throws {
        try Self.expectInserted(
            evidence.insert(
                Source(
                    id: id, title: title ?? "Source \(id.rawValue)", date: EventTime(parsing: date),
                    reference: reference, reliability: reliability)))
    }

    /// A party, named by its id unless given a name; nothing when the case already has it.
    public mutating func party(
        _ id: PartyID, _ kind: Party.Kind = .organization, name: String? = nil, identified: Bool = true,
        aliases: [Party.Alias] = []
    ) throws {
        guard evidence.parties[id] == nil else { return }
        try Self.expectInserted(
            evidence.insert(
                Party(id: id, kind: kind, name: name ?? id.rawValue, isIdentified: identified, aliases: aliases)))
    }

    /// A dataset, named by its id unless given a name, with its owner declared; nothing when the case already has
    /// it.
    public mutating func dataset(
        _ id: DatasetID, _ kind: Dataset.Kind = .list, name: String? = nil, owner: PartyID? = nil,
        records: RecordCount? = nil
    ) throws {
        guard evidence.datasets[id] == nil else { return }
        if let owner { try party(owner) }
        try Self.expectInserted(
            evidence.insert(Dataset(id: id, kind: kind, name: name ?? id.rawValue, owner: owner, records: records)))
    }

    /// A database whose customers are `owner`'s: the owner holds it from the start.
    public mutating func database(_ id: DatasetID, owner: PartyID? = nil) throws {
        try dataset(id, .database, owner: owner)
    }

    /// A database pooled from several owners' customers (format 1.1 `owner="a b"`): each owner holds it from the
    /// start.
    public mutating func database(_ id: DatasetID, owners: [PartyID]) throws {
        for owner in owners { try party(owner) }
        try Self.expectInserted(evidence.insert(Dataset(id: id, kind: .database, name: id.rawValue, owners: owners)))
    }

    public mutating func extraction(
        _ id: ClaimID, _ batch: DatasetID, from database: DatasetID, by party: PartyID, _ when: String,
        records: RecordCount? = nil, cites: [Cite] = [cite]
    ) throws {
        try dataset(database, .database)
        try dataset(batch, .batch)
        try self.party(party)
        try claim(
            id, when, .extraction(dataset: batch, from: database, by: party, medium: nil, records: records),
            cites: cites)
    }

    public mutating func transfer(
        _ id: ClaimID, _ data: DatasetID, from sender: PartyID, to receiver: PartyID, _ when: String,
        records: RecordCount? = nil, cites: [Cite] = [cite]
    ) throws {
        try dataset(data)
        try party(sender)
        try party(receiver)
        try claim(
            id, when, .transfer(dataset: data, from: sender, to: receiver, records: records, price: nil), cites: cites)
    }

    public mutating func derivation(
        _ id: ClaimID, _ list: DatasetID, from inputs: [DatasetID], by party: PartyID, _ when: String,
        records: RecordCount? = nil, cites: [Cite] = [cite]
    ) throws {
        for input in inputs { try dataset(input) }
        try dataset(list)
        try self.party(party)
        try claim(
            id, when, .derivation(dataset: list, from: inputs, by: party, operation: .merge, records: records),
            cites: cites)
    }

    public mutating func holding(_ id: ClaimID, _ data: DatasetID, party: PartyID, _ when: String, cites: [Cite] = [cite])
        throws
    {
        try dataset(data)
        try self.party(party)
        try claim(id, when, .holding(dataset: data, party: party), cites: cites)
    }

    public mutating func use(_ id: ClaimID, _ data: DatasetID, by party: PartyID, _ when: String, cites: [Cite] = [cite])
        throws
    {
        try dataset(data)
        try self.party(party)
        try claim(id, when, .use(dataset: data, by: party, purpose: "direct mail", records: nil), cites: cites)
    }

    public mutating func delegation(_ id: ClaimID, agent: PartyID, principal: PartyID, _ when: String) throws {
        try party(agent)
        try party(principal)
        try claim(id, when, .delegation(agent: agent, principal: principal, relation: .dispatched), cites: [Self.cite])
    }

    /// A claim of any kind, as it is: the parties and datasets it names must be declared already.
    public mutating func claim(_ id: ClaimID, _ when: String = "2014-05", _ action: Claim.Action, cites: [Cite] = [cite])
        throws
    {
        try Self.expectInserted(
            evidence.insert(Claim(id: id, when: EventTime(parsing: when), action: action, cites: cites)))
    }

    private static func expectInserted(_ duplicate: Diagnostic?) throws {
        if let duplicate { throw BuilderError(diagnostic: duplicate) }
    }

    /// The case as a custody graph, with `filter` applied first.
    public func custody(_ filter: CaseFilter = CaseFilter()) -> CustodyGraph {
        CustodyGraph(LineageGraph(filter.apply(to: evidence).evidence))
    }
}

/// A test case that is malformed: the builder met an id twice.
public struct BuilderError: Error {
    public var diagnostic: Diagnostic
}

/// A cite of `source` graded `credibility`.
public func cite(_ source: SourceID, _ credibility: Credibility = .probable, _ stance: Cite.Stance = .supports) -> Cite {
    Cite(source: source, credibility: credibility, stance: stance)
}

/// A transfer of `dataset` from one party to another.
public func transfer(_ dataset: DatasetID, _ from: PartyID, _ to: PartyID, records: RecordCount? = nil) -> Claim.Action {
    .transfer(dataset: dataset, from: from, to: to, records: records, price: nil)
}

extension CalendarDay {
    /// The day a plain ISO date names, for expectations: `day("2014-06-17")`.
    public static func day(_ text: String) throws -> CalendarDay {
        try CalendarDay(endOf: text)
    }
}
