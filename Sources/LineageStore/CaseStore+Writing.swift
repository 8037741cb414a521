import GRDB
import LineageCore

extension CaseStore {
    /// Writes `items` as rows of entry `entry`, each table through one cached prepared statement. The inverse of
    /// `readItems`: reading the rows back gives the same values, which is what lets `verify` recompute a hash.
    func insertItems(_ items: EvidenceCase, entry: Int, _ db: Database) throws {
        let source = try db.cachedStatement(
            sql:
                "INSERT INTO source (id, entry, title, date, publisher, ref, reliability, lang) VALUES (?,?,?,?,?,?,?,?)"
        )
        for item in items.sources.values {
            try source.execute(arguments: [
                item.id.rawValue, entry, item.title, item.date.description, item.publisher, item.reference,
                item.reliability.rawValue, item.language,
            ])
            try insertNotes(item.notes, of: item.id.rawValue, db)
        }
        let party = try db.cachedStatement(
            sql: "INSERT INTO party (id, entry, kind, name, identified, location) VALUES (?,?,?,?,?,?)")
        let alias = try db.cachedStatement(sql: "INSERT INTO alias (party, position, text, lang) VALUES (?,?,?,?)")
        for item in items.parties.values {
            try party.execute(arguments: [
                item.id.rawValue, entry, item.kind.rawValue, item.name, item.isIdentified ? 1 : 0, item.whereabouts,
            ])
            try insertNotes(item.notes, of: item.id.rawValue, db)
            for (position, name) in item.aliases.enumerated() {
                try alias.execute(arguments: [item.id.rawValue, position, name.text, name.language])
            }
        }
        let dataset = try db.cachedStatement(
            sql: "INSERT INTO dataset (id, entry, kind, name, owner, records, unit) VALUES (?,?,?,?,?,?,?)")
        let field = try db.cachedStatement(sql: "INSERT INTO field (dataset, position, name) VALUES (?,?,?)")
        for item in items.datasets.values {
            try dataset.execute(arguments: [
                item.id.rawValue, entry, item.kind.rawValue, item.name, item.owners.count == 1 ? item.owner?.rawValue : nil,
                try Self.storable(item.records, item.id.rawValue), item.records?.unit.rawValue,
            ])
            for (position, name) in item.fields.enumerated() {
                try field.execute(arguments: [item.id.rawValue, position, name])
            }
            try insertDetails(of: item, db)
        }
        try insertClaims(items, entry: entry, db)
    }

    private func insertClaims(_ items: EvidenceCase, entry: Int, _ db: Database) throws {
        let claim = try db.cachedStatement(
            sql: """
                INSERT INTO claim (id, entry, kind, "when", dataset, "from", "to", by, party, agent, principal,
                    medium, price, purpose, operation, relation, records, unit)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                """)
        let cite = try db.cachedStatement(
            sql: "INSERT INTO cite (claim, position, source, credibility, stance, page) VALUES (?,?,?,?,?,?)")
        let quote = try db.cachedStatement(
            sql: "INSERT INTO quote (claim, cite, position, text, lang) VALUES (?,?,?,?,?)")
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
            try claim.execute(arguments: [
                item.id.rawValue, entry, item.kind.rawValue, item.when.description, columns.dataset, columns.from,
                columns.to, columns.by, columns.party, columns.agent, columns.principal, columns.medium, columns.price,
                columns.purpose, columns.operation, columns.relation,
                try Self.storable(columns.records, item.id.rawValue), columns.records?.unit.rawValue,
            ])
            for (position, each) in item.cites.enumerated() {
                try cite.execute(arguments: [
                    item.id.rawValue, position, each.source.rawValue, each.credibility.rawValue, each.stance.rawValue,
                    each.page,
                ])
                for (quotePosition, text) in each.quotes.enumerated() {
                    try quote.execute(arguments: [item.id.rawValue, position, quotePosition, text.text, text.language])
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
