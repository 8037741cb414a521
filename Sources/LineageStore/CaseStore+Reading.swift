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
        try readItems(db, Filter(entry: entry, excludingRetracted: excludingRetracted))
    }

    /// The items `filter` selects, as one case.
    func readItems(_ db: Database, _ filter: Filter) throws -> EvidenceCase {
        var evidence = EvidenceCase()
        if filter.entry == nil && filter.ids == nil {
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
        /// Only the items with these ids, of any kind, as a JSON array of strings: how `add` loads the part of a
        /// store new items can reach (`CaseStore.neighbourhood`). SQLite's `json_each` takes any number of them
        /// as one bound value.
        var ids: String?

        /// A WHERE clause over the table named `alias` in the query, its values bound by SQL interpolation.
        func clause(_ alias: String, claims: Bool = false) -> SQL {
            var conditions: [SQL] = []
            if let entry {
                conditions.append("\(sql: alias).entry = \(entry)")
            }
            if let ids {
                conditions.append("\(sql: alias).id IN (SELECT value FROM json_each(\(ids)))")
            }
            if claims && excludingRetracted {
                conditions.append(
                    "\(sql: alias).id NOT IN (SELECT claim FROM entry WHERE kind = 'retract' AND claim IS NOT NULL)")
            }
            return conditions.isEmpty ? "" : "WHERE \(conditions.joined(separator: " AND "))"
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
        let statement = try db.makeStatement(
            literal: """
                SELECT s.id, s.entry, s.title, s.date, s.publisher, s.ref, s.reliability, s.lang
                FROM source s \(filter.clause("s")) ORDER BY s.id
                """
        )
        let positions = ColumnPositions(statement)
        let rows = try Row.fetchCursor(statement)
        var sources: [Source] = []
        while let row = try rows.next() {
            let columns = RowColumns(row, table: "source", positions: positions)
            sources.append(
                Source(
                    id: SourceID(try columns.text("id")), title: try columns.text("title"),
                    date: try columns.time("date"), publisher: try columns.optionalText("publisher"),
                    reference: try columns.optionalText("ref"), reliability: try columns.choice("reliability"),
                    language: try columns.optionalText("lang"),
                    location: location(ofEntry: Int(try columns.integer("entry")))))
        }
        return sources
    }

    private func readParties(_ db: Database, _ filter: Filter) throws -> [Party] {
        let statement = try db.makeStatement(
            literal: """
                SELECT p.id, p.entry, p.kind, p.name, p.identified, p.location,
                    a.position AS alias_position, a.text AS alias, a.lang AS alias_lang
                FROM party p LEFT JOIN alias a ON a.party = p.id \(filter.clause("p")) ORDER BY p.id, a.position
                """
        )
        let positions = ColumnPositions(statement)
        let rows = try Row.fetchCursor(statement)
        var parties: [Party] = []
        while let row = try rows.next() {
            let columns = RowColumns(row, table: "party", positions: positions)
            let id = PartyID(try columns.text("id"))
            if parties.last?.id != id {
                let identified = try columns.integer("identified")
                guard identified == 0 || identified == 1 else { throw columns.problem("identified is not 0 or 1") }
                parties.append(
                    Party(
                        id: id, kind: try columns.choice("kind"), name: try columns.text("name"),
                        isIdentified: identified == 1, whereabouts: try columns.optionalText("location"),
                        location: location(ofEntry: Int(try columns.integer("entry")))))
            }
            if try columns.optionalInteger("alias_position") != nil {
                parties[parties.count - 1].aliases.append(
                    Party.Alias(try columns.text("alias"), language: try columns.optionalText("alias_lang")))
            }
        }
        return parties
    }

    private func readDatasets(_ db: Database, _ filter: Filter, details: Bool) throws -> [Dataset] {
        let (detailColumns, detailJoin): (SQL, SQL) =
            details
            ? ("x.owners, x.approx", "LEFT JOIN dataset_detail x ON x.dataset = d.id")
            : ("NULL AS owners, NULL AS approx", "")
        let statement = try db.makeStatement(
            literal: """
                SELECT d.id, d.entry, d.kind, d.name, d.owner, d.records, d.unit,
                    f.position AS field_position, f.name AS field, \(detailColumns)
                FROM dataset d LEFT JOIN field f ON f.dataset = d.id \(detailJoin)
                \(filter.clause("d")) ORDER BY d.id, f.position
                """
        )
        let positions = ColumnPositions(statement)
        let rows = try Row.fetchCursor(statement)
        var datasets: [Dataset] = []
        while let row = try rows.next() {
            let columns = RowColumns(row, table: "dataset", positions: positions)
            let id = DatasetID(try columns.text("id"))
            if datasets.last?.id != id {
                var records = try columns.records("records", unit: "unit")
                records?.isApproximate = try columns.flag("approx")
                let owners = try columns.optionalText("owners") ?? columns.optionalText("owner")
                datasets.append(
                    Dataset(
                        id: id, kind: try columns.choice("kind"), name: try columns.text("name"),
                        owners: (owners ?? "").split(separator: " ").map { PartyID(String($0)) }, records: records,
                        location: location(ofEntry: Int(try columns.integer("entry")))))
            }
            if try columns.optionalInteger("field_position") != nil {
                datasets[datasets.count - 1].fields.append(try columns.text("field"))
            }
        }
        return datasets
    }

    /// Reads claims with their cites and quotes in one pass over a three-way join, handing each claim to `body`
    /// as soon as its last row has been read, so a million claims are never held twice.
    private func readClaims(
        _ db: Database, _ filter: Filter, details: Bool, _ body: (Claim) throws -> Void
    ) throws {
        let (detailColumns, detailJoin): (SQL, SQL) =
            details
            ? (
                """
                x.basis, x.within, x.same_as, x.event_kind, x.parties, x.datasets, x.approx, x.price_amount,
                    x.price_currency, x.price_approx
                """, "LEFT JOIN claim_detail x ON x.claim = c.id"
            )
            : (
                """
                NULL AS basis, NULL AS within, NULL AS same_as, NULL AS event_kind, NULL AS parties,
                    NULL AS datasets, NULL AS approx, NULL AS price_amount, NULL AS price_currency,
                    NULL AS price_approx
                """, ""
            )
        let statement = try db.makeStatement(
            literal: """
                SELECT c.id, c.entry, c.kind, c."when", c.dataset, c."from", c."to", c.by, c.party, c.agent,
                    c.principal, c.medium, c.price, c.purpose, c.operation, c.relation, c.records, c.unit,
                    t.position AS cite_position, t.source, t.credibility, t.stance, t.page,
                    q.position AS quote_position, q.text AS quote, q.lang AS quote_lang,
                    \(detailColumns)
                FROM claim c
                \(detailJoin)
                LEFT JOIN cite t ON t.claim = c.id
                LEFT JOIN quote q ON q.claim = t.claim AND q.cite = t.position
                \(filter.clause("c", claims: true))
                ORDER BY c.id, t.position, q.position
                """
        )
        let positions = ColumnPositions(statement)
        let rows = try Row.fetchCursor(statement)
        var current: Claim?
        var citePosition: Int64?
        while let row = try rows.next() {
            let columns = RowColumns(row, table: "claim", positions: positions)
            if current?.id.rawValue != columns.id {
                if let current { try body(current) }
                current = try claim(from: columns)
                citePosition = nil
            }
            if let position = try columns.optionalInteger("cite_position"), position != citePosition {
                citePosition = position
                let credibility = try columns.integer("credibility")
                guard let grade = Credibility(rawValue: Int(credibility)) else {
                    throw columns.problem("credibility \(credibility) is not 1 to 6")
                }
                current!.cites.append(
                    Cite(
                        source: SourceID(try columns.text("source")), credibility: grade,
                        stance: try columns.choice("stance"), page: try columns.optionalText("page")))
            }
            if try columns.optionalInteger("quote_position") != nil {
                current!.cites[current!.cites.count - 1].quotes.append(
                    Cite.Quote(try columns.text("quote"), language: try columns.optionalText("quote_lang")))
            }
        }
        if let current { try body(current) }
    }

    /// A claim without its cites, from the `claim` columns of a row and the `claim_detail` columns beside them
    /// (basis, within, same_as, event_kind, parties, datasets, approx, price_amount, price_currency, price_approx).
    private func claim(from columns: RowColumns) throws -> Claim {
        let kind: Claim.Kind = try columns.choice("kind")
        // The kind's fields from their columns (`Claim.Field.column`), the count from its own.
        var values = Claim.FieldValues()
        for attribute in kind.attributes {
            switch attribute.field.column {
            case .claim(let name), .detail(let name), .detailList(let name):
                values[attribute.field] = try columns.optionalText(name)
            case .count, .claimsOwn:
                continue
            }
        }
        var records = try columns.records("records", unit: "unit")
        records?.isApproximate = try columns.flag("approx")
        values.set(records)
        let action: Claim.Action
        do {
            action = try Claim.Action(kind, values: values)
        } catch {
            let column = error.field.column.name ?? "\(error.field)"
            throw columns.problem(error.text.map { "'\($0)' is not a known value" } ?? "column \(column) is empty")
        }
        var payment: Price?
        if let amount = try columns.optionalText("price_amount") {
            payment = Price(
                amount: amount, currency: try columns.text("price_currency"),
                isApproximate: try columns.flag("price_approx"))
        }
        return Claim(
            id: ClaimID(columns.id), when: try columns.time("when"), action: action, cites: [],
            basis: try columns.optionalText("basis").map { text throws(RowProblem) in
                guard let basis = Claim.Basis(rawValue: text) else {
                    throw columns.problem("'\(text)' is not a known basis")
                }
                return basis
            },
            payment: payment, location: location(ofEntry: Int(try columns.integer("entry"))))
    }
}
