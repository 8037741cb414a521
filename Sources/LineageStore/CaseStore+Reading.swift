import GRDB
public import LineageCore

extension CaseStore {
    /// The case the store holds now: every item added, less the claims retracted. Rows load straight into the
    /// model; no XML is parsed. Each item's location is `store:entry`, the entry that added it.
    ///
    /// - Complexity: O(*n*) rows read, in id order, with no sort: each table is read along its primary key.
    public func loadCase() throws(StoreError) -> EvidenceCase {
        try read { db in try readItems(db, excludingRetracted: true) }
    }

    /// The items in the store, as one case: those added by entry `entry` only when given, and without retracted
    /// claims when `excludingRetracted`.
    func readItems(_ db: Database, entry: Int? = nil, excludingRetracted: Bool) throws -> EvidenceCase {
        var evidence = EvidenceCase()
        let filter = Filter(entry: entry, excludingRetracted: excludingRetracted)
        if entry == nil {
            let count = { (table: String) in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            evidence.reserveCapacity(
                sources: try count("source"), parties: try count("party"), datasets: try count("dataset"),
                claims: try count("claim"))
        }
        let details = try Details(db, filter)
        for var source in try readSources(db, filter) {
            source.notes = details.notes[source.id.rawValue] ?? []
            try insert(source, into: &evidence)
        }
        for var party in try readParties(db, filter) {
            party.notes = details.notes[party.id.rawValue] ?? []
            try insert(party, into: &evidence)
        }
        for var dataset in try readDatasets(db, filter, details: details.present) {
            dataset.notes = details.notes[dataset.id.rawValue] ?? []
            dataset.aliases = details.datasetAliases[dataset.id.rawValue] ?? []
            try insert(dataset, into: &evidence)
        }
        try readClaims(db, filter, details: details.present) { claim in
            var claim = claim
            claim.notes = details.notes[claim.id.rawValue] ?? []
            try insert(claim, into: &evidence)
        }
        return evidence
    }

    /// Which rows to read.
    struct Filter {
        var entry: Int?
        var excludingRetracted = false

        /// A WHERE clause over `table`'s alias, and its arguments.
        func clause(_ alias: String, claims: Bool = false) -> (sql: String, arguments: StatementArguments) {
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let entry {
                conditions.append("\(alias).entry = ?")
                arguments += [entry]
            }
            if claims && excludingRetracted {
                conditions.append(
                    "\(alias).id NOT IN (SELECT claim FROM entry WHERE kind = 'retract' AND claim IS NOT NULL)")
            }
            return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
        }
    }

    private func insert(_ item: Source, into evidence: inout EvidenceCase) throws {
        if evidence.insert(item) != nil {
            throw RowProblem(table: "source", id: item.id.rawValue, reason: "id used twice")
        }
    }

    private func insert(_ item: Party, into evidence: inout EvidenceCase) throws {
        if evidence.insert(item) != nil {
            throw RowProblem(table: "party", id: item.id.rawValue, reason: "id used twice")
        }
    }

    private func insert(_ item: Dataset, into evidence: inout EvidenceCase) throws {
        if evidence.insert(item) != nil {
            throw RowProblem(table: "dataset", id: item.id.rawValue, reason: "id used twice")
        }
    }

    private func insert(_ item: Claim, into evidence: inout EvidenceCase) throws {
        if evidence.insert(item) != nil {
            throw RowProblem(table: "claim", id: item.id.rawValue, reason: "id used twice")
        }
    }

    // MARK: Tables

    private func readSources(_ db: Database, _ filter: Filter) throws -> [Source] {
        let (condition, arguments) = filter.clause("s")
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT s.id, s.entry, s.title, s.date, s.publisher, s.ref, s.reliability, s.lang
                FROM source s \(condition) ORDER BY s.id
                """, arguments: arguments)
        var sources: [Source] = []
        while let row = try rows.next() {
            let columns = RowColumns(row, table: "source")
            sources.append(
                Source(
                    id: SourceID(try columns.text(0)), title: try columns.text(2), date: try columns.time(3),
                    publisher: try columns.optionalText(4), reference: try columns.optionalText(5),
                    reliability: try columns.choice(6), language: try columns.optionalText(7),
                    location: location(ofEntry: Int(try columns.integer(1)))))
        }
        return sources
    }

    private func readParties(_ db: Database, _ filter: Filter) throws -> [Party] {
        let (condition, arguments) = filter.clause("p")
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT p.id, p.entry, p.kind, p.name, p.identified, p.location, a.position, a.text, a.lang
                FROM party p LEFT JOIN alias a ON a.party = p.id \(condition) ORDER BY p.id, a.position
                """, arguments: arguments)
        var parties: [Party] = []
        while let row = try rows.next() {
            let columns = RowColumns(row, table: "party")
            let id = PartyID(try columns.text(0))
            if parties.last?.id != id {
                let identified = try columns.integer(4)
                guard identified == 0 || identified == 1 else { throw columns.problem("identified is not 0 or 1") }
                parties.append(
                    Party(
                        id: id, kind: try columns.choice(2), name: try columns.text(3), isIdentified: identified == 1,
                        whereabouts: try columns.optionalText(5),
                        location: location(ofEntry: Int(try columns.integer(1)))))
            }
            if try columns.optionalInteger(6) != nil {
                parties[parties.count - 1].aliases.append(
                    Party.Alias(try columns.text(7), language: try columns.optionalText(8)))
            }
        }
        return parties
    }

    private func readDatasets(_ db: Database, _ filter: Filter, details: Bool) throws -> [Dataset] {
        let (condition, arguments) = filter.clause("d")
        let (detailColumns, detailJoin) =
            details
            ? ("x.owners, x.approx", "LEFT JOIN dataset_detail x ON x.dataset = d.id") : ("NULL, NULL", "")
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT d.id, d.entry, d.kind, d.name, d.owner, d.records, d.unit, f.position, f.name,
                    \(detailColumns)
                FROM dataset d LEFT JOIN field f ON f.dataset = d.id \(detailJoin)
                \(condition) ORDER BY d.id, f.position
                """, arguments: arguments)
        var datasets: [Dataset] = []
        while let row = try rows.next() {
            let columns = RowColumns(row, table: "dataset")
            let id = DatasetID(try columns.text(0))
            if datasets.last?.id != id {
                var records = try columns.count(5)
                records?.isApproximate = try columns.flag(10)
                let owners = try columns.optionalText(9) ?? columns.optionalText(4)
                datasets.append(
                    Dataset(
                        id: id, kind: try columns.choice(2), name: try columns.text(3),
                        owners: (owners ?? "").split(separator: " ").map { PartyID(String($0)) }, records: records,
                        location: location(ofEntry: Int(try columns.integer(1)))))
            }
            if try columns.optionalInteger(7) != nil {
                datasets[datasets.count - 1].fields.append(try columns.text(8))
            }
        }
        return datasets
    }

    /// Reads claims with their cites and quotes in one pass over a three-way join, handing each claim to `body`
    /// as soon as its last row has been read, so a million claims are never held twice.
    private func readClaims(
        _ db: Database, _ filter: Filter, details: Bool, _ body: (Claim) throws -> Void
    ) throws {
        let (condition, arguments) = filter.clause("c", claims: true)
        let (detailColumns, detailJoin) =
            details
            ? (
                "x.basis, x.within, x.same_as, x.event_kind, x.parties, x.datasets, x.approx, x.price_amount, "
                    + "x.price_currency, x.price_approx", "LEFT JOIN claim_detail x ON x.claim = c.id"
            ) : ("NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL", "")
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT c.id, c.entry, c.kind, c."when", c.dataset, c."from", c."to", c.by, c.party, c.agent,
                    c.principal, c.medium, c.price, c.purpose, c.operation, c.relation, c.records, c.unit,
                    t.position, t.source, t.credibility, t.stance, t.page, q.position, q.text, q.lang,
                    \(detailColumns)
                FROM claim c
                \(detailJoin)
                LEFT JOIN cite t ON t.claim = c.id
                LEFT JOIN quote q ON q.claim = t.claim AND q.cite = t.position
                \(condition)
                ORDER BY c.id, t.position, q.position
                """, arguments: arguments)
        var current: Claim?
        var citePosition: Int64?
        while let row = try rows.next() {
            let columns = RowColumns(row, table: "claim")
            if current?.id.rawValue != columns.id {
                if let current { try body(current) }
                current = try claim(from: columns)
                citePosition = nil
            }
            if let position = try columns.optionalInteger(18), position != citePosition {
                citePosition = position
                let credibility = try columns.integer(20)
                guard let grade = Credibility(rawValue: Int(credibility)) else {
                    throw columns.problem("credibility \(credibility) is not 1 to 6")
                }
                current!.cites.append(
                    Cite(
                        source: SourceID(try columns.text(19)), credibility: grade, stance: try columns.choice(21),
                        page: try columns.optionalText(22)))
            }
            if try columns.optionalInteger(23) != nil {
                current!.cites[current!.cites.count - 1].quotes.append(
                    Cite.Quote(try columns.text(24), language: try columns.optionalText(25)))
            }
        }
        if let current { try body(current) }
    }

    /// A claim without its cites, from the claim columns of a row and the `claim_detail` columns after them
    /// (from 26: basis, within, same_as, event_kind, parties, datasets, approx, price_amount, price_currency,
    /// price_approx).
    private func claim(from columns: RowColumns) throws -> Claim {
        let kind: Claim.Kind = try columns.choice(2)
        let dataset = { () throws -> DatasetID in DatasetID(try columns.text(4)) }
        let party = { (index: Int) throws -> PartyID in PartyID(try columns.text(index)) }
        let list = { (index: Int) throws -> [String] in
            (try columns.optionalText(index) ?? "").split(separator: " ").map(String.init)
        }
        var records = try columns.count(16)
        records?.isApproximate = try columns.flag(32)
        let action: Claim.Action
        switch kind {
        case .extraction:
            action = .extraction(
                dataset: try dataset(), from: DatasetID(try columns.text(5)), by: try party(7),
                medium: try columns.optionalText(11), records: records)
        case .transfer:
            action = .transfer(
                dataset: try dataset(), from: try party(5), to: try party(6), records: records,
                price: try columns.optionalText(12))
        case .derivation:
            let inputs = try columns.text(5).split(separator: " ").map { DatasetID(String($0)) }
            action = .derivation(
                dataset: try dataset(), from: inputs, by: try party(7), operation: try columns.choice(14),
                records: records)
        case .use:
            action = .use(
                dataset: try dataset(), by: try party(7), purpose: try columns.optionalText(13),
                records: records)
        case .holding:
            action = .holding(dataset: try dataset(), party: try party(8))
        case .deletion:
            action = .deletion(dataset: try dataset(), party: try party(8))
        case .delegation:
            action = .delegation(agent: try party(9), principal: try party(10), relation: try columns.choice(15))
        case .containment:
            action = .containment(dataset: try dataset(), within: DatasetID(try columns.text(27)), records: records)
        case .event:
            action = .event(
                kind: try columns.choice(29), parties: try list(30).map { PartyID($0) },
                datasets: try list(31).map { DatasetID($0) })
        case .identity:
            action = .identity(party: try party(8), sameAs: PartyID(try columns.text(28)))
        }
        var payment: Price?
        if let amount = try columns.optionalText(33) {
            payment = Price(amount: amount, currency: try columns.text(34), isApproximate: try columns.flag(35))
        }
        return Claim(
            id: ClaimID(columns.id), when: try columns.time(3), action: action, cites: [],
            basis: try columns.optionalText(26).map { text throws(RowProblem) in
                guard let basis = Claim.Basis(rawValue: text) else {
                    throw columns.problem("'\(text)' is not a known basis")
                }
                return basis
            },
            payment: payment, location: location(ofEntry: Int(try columns.integer(1))))
    }
}
