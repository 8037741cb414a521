import GRDB
import LineageCore

extension CaseStore {
    /// Writes `items` as rows of entry `entry`. The inverse of `readItems`: reading the rows back gives the same
    /// values, which is what lets `verify` recompute a hash.
    ///
    /// Every INSERT is one cached prepared statement that binds each value by name (`:title`), beside its column.
    /// Not SQL interpolation, on purpose: `cachedStatement(literal:)` renders the SQL again for every row, which made
    /// adding 23,546 items take 8.5-8.9 s of CPU against 5.9-6.5 s (debug build); named arguments keep the
    /// statement's text fixed and still tie each value to its column.
    func insertItems(_ items: EvidenceCase, entry: Int, _ db: Database) throws {
        for item in items.sources.values {
            try db.cachedStatement(
                sql: """
                    INSERT INTO source (id, entry, title, date, publisher, ref, reliability, lang)
                    VALUES (:id, :entry, :title, :date, :publisher, :ref, :reliability, :lang)
                    """
            ).execute(arguments: [
                "id": item.id.rawValue, "entry": entry, "title": item.title, "date": item.date.description,
                "publisher": item.publisher, "ref": item.reference, "reliability": item.reliability.rawValue,
                "lang": item.language,
            ])
            try insertNotes(item.notes, of: item.id.rawValue, db)
        }
        for item in items.parties.values {
            try db.cachedStatement(
                sql: """
                    INSERT INTO party (id, entry, kind, name, identified, location)
                    VALUES (:id, :entry, :kind, :name, :identified, :location)
                    """
            ).execute(arguments: [
                "id": item.id.rawValue, "entry": entry, "kind": item.kind.rawValue, "name": item.name,
                "identified": item.isIdentified ? 1 : 0, "location": item.whereabouts,
            ])
            try insertNotes(item.notes, of: item.id.rawValue, db)
            for (position, name) in item.aliases.enumerated() {
                try db.cachedStatement(
                    sql: """
                        INSERT INTO alias (party, position, text, lang)
                        VALUES (:party, :position, :text, :lang)
                        """
                ).execute(arguments: [
                    "party": item.id.rawValue, "position": position, "text": name.text, "lang": name.language,
                ])
            }
        }
        for item in items.datasets.values {
            let owner = item.owners.count == 1 ? item.owner?.rawValue : nil
            let records = try Self.storable(item.records, item.id.rawValue)
            try db.cachedStatement(
                sql: """
                    INSERT INTO dataset (id, entry, kind, name, owner, records, unit)
                    VALUES (:id, :entry, :kind, :name, :owner, :records, :unit)
                    """
            ).execute(arguments: [
                "id": item.id.rawValue, "entry": entry, "kind": item.kind.rawValue, "name": item.name, "owner": owner,
                "records": records, "unit": item.records?.unit.rawValue,
            ])
            for (position, name) in item.fields.enumerated() {
                try db.cachedStatement(
                    sql: """
                        INSERT INTO field (dataset, position, name)
                        VALUES (:dataset, :position, :name)
                        """
                ).execute(arguments: ["dataset": item.id.rawValue, "position": position, "name": name])
            }
            try insertDetails(of: item, db)
        }
        try insertClaims(items, entry: entry, db)
    }

    private func insertClaims(_ items: EvidenceCase, entry: Int, _ db: Database) throws {
        for item in items.claims.values {
            // The kind's fields, each in its column (`Claim.Field.column`); every other claim column stays NULL.
            let values = item.fieldValues
            var fields: [String: String] = [:]
            var details: [String: String] = [:]
            for attribute in item.kind.attributes {
                switch attribute.field.column {
                case .claim(let name): fields[name] = values[attribute.field]
                case .detail(let name): details[name] = values[attribute.field]
                case .detailList(let name): details[name] = values[attribute.field] ?? ""
                case .count, .claimsOwn: continue
                }
            }
            var arguments: [String: (any DatabaseValueConvertible)?] = [
                "id": item.id.rawValue, "entry": entry, "kind": item.kind.rawValue, "when": item.when.description,
                "records": try Self.storable(item.records, item.id.rawValue), "unit": item.records?.unit.rawValue,
            ]
            for name in Self.claimColumnNames { arguments.updateValue(fields[name], forKey: name) }
            try db.cachedStatement(
                sql: """
                    INSERT INTO claim (id, entry, kind, "when", dataset, "from", "to", by, party, agent, principal,
                        medium, price, purpose, operation, relation, records, unit)
                    VALUES (:id, :entry, :kind, :when, :dataset, :from, :to, :by, :party, :agent, :principal,
                        :medium, :price, :purpose, :operation, :relation, :records, :unit)
                    """
            ).execute(arguments: StatementArguments(arguments))
            for (position, each) in item.cites.enumerated() {
                try db.cachedStatement(
                    sql: """
                        INSERT INTO cite (claim, position, source, credibility, stance, page)
                        VALUES (:claim, :position, :source, :credibility, :stance, :page)
                        """
                ).execute(arguments: [
                    "claim": item.id.rawValue, "position": position, "source": each.source.rawValue,
                    "credibility": each.credibility.rawValue, "stance": each.stance.rawValue, "page": each.page,
                ])
                for (quotePosition, text) in each.quotes.enumerated() {
                    try db.cachedStatement(
                        sql: """
                            INSERT INTO quote (claim, cite, position, text, lang)
                            VALUES (:claim, :cite, :position, :text, :lang)
                            """
                    ).execute(arguments: [
                        "claim": item.id.rawValue, "cite": position, "position": quotePosition, "text": text.text,
                        "lang": text.language,
                    ])
                }
            }
            try insertDetails(of: item, details, db)
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

    /// The `claim` columns that hold a claim's fields: a kind sets those it has, the rest are NULL.
    private static let claimColumnNames: [String] = Claim.Field.allCases.compactMap { field in
        guard case .claim(let name) = field.column else { return nil }
        return name
    }
}
