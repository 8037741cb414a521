import LineageCore

/// Builds small cases in code, so each test states exactly the evidence its rule is about.
///
/// Every claim is cited by source `s1` (reliability B, dated 2014-07-09) with credibility 2 unless the test says
/// otherwise; parties and datasets are declared as the claims name them.
struct CaseBuilder {
    private(set) var evidence = EvidenceCase()

    init() throws {
        try source("s1", date: "2014-07-09", reliability: .b)
    }

    /// The default cite: `s1`, probably true.
    static let cite = Cite(source: "s1", credibility: .probable)

    mutating func source(_ id: SourceID, date: String, reliability: Reliability) throws {
        try expectInserted(
            evidence.insert(
                Source(id: id, title: id.rawValue, date: EventTime(parsing: date), reliability: reliability)))
    }

    mutating func party(_ id: PartyID, identified: Bool = true) throws {
        guard evidence.parties[id] == nil else { return }
        try expectInserted(
            evidence.insert(Party(id: id, kind: .organization, name: id.rawValue, isIdentified: identified)))
    }

    mutating func dataset(_ id: DatasetID, kind: Dataset.Kind = .list, owner: PartyID? = nil) throws {
        guard evidence.datasets[id] == nil else { return }
        if let owner { try party(owner) }
        try expectInserted(evidence.insert(Dataset(id: id, kind: kind, name: id.rawValue, owner: owner)))
    }

    /// A database whose customers are `owner`'s: the owner holds it from the start.
    mutating func database(_ id: DatasetID, owner: PartyID? = nil) throws {
        try dataset(id, kind: .database, owner: owner)
    }

    /// A database pooled from several owners' customers (format 1.1 `owner="a b"`): each owner holds it from the
    /// start.
    mutating func database(_ id: DatasetID, owners: [PartyID]) throws {
        for owner in owners { try party(owner) }
        try expectInserted(evidence.insert(Dataset(id: id, kind: .database, name: id.rawValue, owners: owners)))
    }

    mutating func extraction(
        _ id: ClaimID, _ batch: DatasetID, from database: DatasetID, by party: PartyID, _ when: String,
        records: RecordCount? = nil, cites: [Cite] = [cite]
    ) throws {
        try dataset(database, kind: .database)
        try dataset(batch, kind: .batch)
        try self.party(party)
        try claim(
            id, when, .extraction(dataset: batch, from: database, by: party, medium: nil, records: records), cites)
    }

    mutating func transfer(
        _ id: ClaimID, _ data: DatasetID, from sender: PartyID, to receiver: PartyID, _ when: String,
        records: RecordCount? = nil, cites: [Cite] = [cite]
    ) throws {
        try dataset(data)
        try party(sender)
        try party(receiver)
        try claim(id, when, .transfer(dataset: data, from: sender, to: receiver, records: records, price: nil), cites)
    }

    mutating func derivation(
        _ id: ClaimID, _ list: DatasetID, from inputs: [DatasetID], by party: PartyID, _ when: String,
        records: RecordCount? = nil, cites: [Cite] = [cite]
    ) throws {
        for input in inputs { try dataset(input) }
        try dataset(list)
        try self.party(party)
        try claim(
            id, when, .derivation(dataset: list, from: inputs, by: party, operation: .merge, records: records), cites)
    }

    /// A transfer with every attribute the format allows, for answers that must carry the whole hop.
    mutating func claim(_ id: ClaimID, _ when: String, _ action: Claim.Action, cites: [Cite] = [cite]) throws {
        try claim(id, when, action, cites)
    }

    mutating func holding(_ id: ClaimID, _ data: DatasetID, party: PartyID, _ when: String, cites: [Cite] = [cite])
        throws
    {
        try dataset(data)
        try self.party(party)
        try claim(id, when, .holding(dataset: data, party: party), cites)
    }

    mutating func use(_ id: ClaimID, _ data: DatasetID, by party: PartyID, _ when: String, cites: [Cite] = [cite])
        throws
    {
        try dataset(data)
        try self.party(party)
        try claim(id, when, .use(dataset: data, by: party, purpose: "direct mail", records: nil), cites)
    }

    mutating func delegation(_ id: ClaimID, agent: PartyID, principal: PartyID, _ when: String) throws {
        try party(agent)
        try party(principal)
        try claim(id, when, .delegation(agent: agent, principal: principal, relation: .dispatched), [Self.cite])
    }

    private mutating func claim(_ id: ClaimID, _ when: String, _ action: Claim.Action, _ cites: [Cite]) throws {
        try expectInserted(evidence.insert(Claim(id: id, when: EventTime(parsing: when), action: action, cites: cites)))
    }

    private func expectInserted(_ duplicate: Diagnostic?) throws {
        if let duplicate { throw BuilderError(diagnostic: duplicate) }
    }

    /// The case as a custody graph, with `filter` applied first.
    func custody(_ filter: CaseFilter = CaseFilter()) -> CustodyGraph {
        CustodyGraph(LineageGraph(filter.apply(to: evidence).evidence))
    }
}

struct BuilderError: Error {
    var diagnostic: Diagnostic
}

extension CalendarDay {
    /// The day a plain ISO date names, for expectations: `day("2014-06-17")`.
    static func day(_ text: String) throws -> CalendarDay {
        try CalendarDay(endOf: text)
    }
}
