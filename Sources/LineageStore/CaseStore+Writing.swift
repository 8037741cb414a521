import GRDB
import LineageCore

extension CaseStore {
    /// Writes `items` as rows of entry `entry`. The inverse of `readItems`: reading the rows back gives the same
    /// values, which is what lets `verify` recompute a hash.
    ///
    /// Every value is bound by SQL interpolation, beside the column it fills. `cachedStatement(literal:)` keeps one
    /// prepared statement per INSERT (and per pattern of empty columns, which interpolation writes as NULL) and binds
    /// each row's values to it, so an addition of many items does not compile an INSERT once per row.
    func insertItems(_ items: EvidenceCase, entry: Int, _ db: Database) throws {
        for item in items.sources.values {
            try db.cachedStatement(
                literal: """
                    INSERT INTO source (id, entry, title, date, publisher, ref, reliability, lang)
                    VALUES (\(item.id.rawValue), \(entry), \(item.title), \(item.date.description), \(item.publisher),
                        \(item.reference), \(item.reliability.rawValue), \(item.language))
                    """
            ).execute()
            try insertNotes(item.notes, of: item.id.rawValue, db)
        }
        for item in items.parties.values {
            try db.cachedStatement(
                literal: """
                    INSERT INTO party (id, entry, kind, name, identified, location)
                    VALUES (\(item.id.rawValue), \(entry), \(item.kind.rawValue), \(item.name),
                        \(item.isIdentified ? 1 : 0), \(item.whereabouts))
                    """
            ).execute()
            try insertNotes(item.notes, of: item.id.rawValue, db)
            for (position, name) in item.aliases.enumerated() {
                try db.cachedStatement(
                    literal: """
                        INSERT INTO alias (party, position, text, lang)
                        VALUES (\(item.id.rawValue), \(position), \(name.text), \(name.language))
                        """
                ).execute()
            }
        }
        for item in items.datasets.values {
            let owner = item.owners.count == 1 ? item.owner?.rawValue : nil
            let records = try Self.storable(item.records, item.id.rawValue)
            try db.cachedStatement(
                literal: """
                    INSERT INTO dataset (id, entry, kind, name, owner, records, unit)
                    VALUES (\(item.id.rawValue), \(entry), \(item.kind.rawValue), \(item.name), \(owner), \(records),
                        \(item.records?.unit.rawValue))
                    """
            ).execute()
            for (position, name) in item.fields.enumerated() {
                try db.cachedStatement(
                    literal: """
                        INSERT INTO field (dataset, position, name) VALUES (\(item.id.rawValue), \(position), \(name))
                        """
                ).execute()
            }
            try insertDetails(of: item, db)
        }
        try insertClaims(items, entry: entry, db)
    }

    private func insertClaims(_ items: EvidenceCase, entry: Int, _ db: Database) throws {
        for item in items.claims.values {
            var columns = ClaimColumns()
            switch item.action {
            case .extraction(let dataset, let from, let by, let medium, let records):
                (columns.dataset, columns.from, columns.by) = (dataset.rawValue, from.rawValue, by.rawValue)
                (columns.medium, columns.records) = (medium, records)
            case .transfer(let dataset, let from, let to, let records, let price):
                (columns.dataset, columns.from, columns.to) = (dataset.rawValue, from.rawValue, to.rawValue)
                (columns.records, columns.price) = (records, price)
            case .derivation(let dataset, let from, let by, let operation, let records):
                columns.dataset = dataset.rawValue
                columns.from = from.map(\.rawValue).joined(separator: " ")
                (columns.by, columns.operation, columns.records) = (by.rawValue, operation.rawValue, records)
            case .use(let dataset, let by, let purpose, let records):
                (columns.dataset, columns.by, columns.purpose, columns.records) =
                    (dataset.rawValue, by.rawValue, purpose, records)
            case .holding(let dataset, let party), .deletion(let dataset, let party):
                (columns.dataset, columns.party) = (dataset.rawValue, party.rawValue)
            case .delegation(let agent, let principal, let relation):
                (columns.agent, columns.principal, columns.relation) =
                    (agent.rawValue, principal.rawValue, relation.rawValue)
            case .containment(let dataset, _, let records):
                (columns.dataset, columns.records) = (dataset.rawValue, records)
            case .identity(let party, _):
                columns.party = party.rawValue
            case .event:
                break
            }
            let records = try Self.storable(columns.records, item.id.rawValue)
            try db.cachedStatement(
                literal: """
                    INSERT INTO claim (id, entry, kind, "when", dataset, "from", "to", by, party, agent, principal,
                        medium, price, purpose, operation, relation, records, unit)
                    VALUES (\(item.id.rawValue), \(entry), \(item.kind.rawValue), \(item.when.description),
                        \(columns.dataset), \(columns.from), \(columns.to), \(columns.by), \(columns.party),
                        \(columns.agent), \(columns.principal), \(columns.medium), \(columns.price), \(columns.purpose),
                        \(columns.operation), \(columns.relation), \(records), \(columns.records?.unit.rawValue))
                    """
            ).execute()
            for (position, each) in item.cites.enumerated() {
                try db.cachedStatement(
                    literal: """
                        INSERT INTO cite (claim, position, source, credibility, stance, page)
                        VALUES (\(item.id.rawValue), \(position), \(each.source.rawValue), \(each.credibility.rawValue),
                            \(each.stance.rawValue), \(each.page))
                        """
                ).execute()
                for (quotePosition, text) in each.quotes.enumerated() {
                    try db.cachedStatement(
                        literal: """
                            INSERT INTO quote (claim, cite, position, text, lang)
                            VALUES (\(item.id.rawValue), \(position), \(quotePosition), \(text.text), \(text.language))
                            """
                    ).execute()
                }
            }
            try insertDetails(of: item, db)
            try insertNotes(item.notes, of: item.id.rawValue, db)
        }
    }

    /// A count as SQLite's signed 64-bit INTEGER holds it. The format allows counts up to 2⁶⁴ − 1; no real count
    /// comes near 2⁶³, and `add` refuses one that does before it gets here.
    static func storable(_ records: RecordCount?, _ id: String) throws -> Int64? {
        guard let records else { return nil }
        guard let value = Int64(exactly: records.value) else {
            throw RowProblem(table: "claim", id: id, reason: "count \(records.value) is too large to store")
        }
        return value
    }
}

/// The claim columns one kind of claim fills; the rest stay NULL.
private struct ClaimColumns {
    var dataset: String?
    var from: String?
    var to: String?
    var by: String?
    var party: String?
    var agent: String?
    var principal: String?
    var medium: String?
    var price: String?
    var purpose: String?
    var operation: String?
    var relation: String?
    var records: RecordCount?
}
