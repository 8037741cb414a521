import LineageCore

/// Each table's rows made into items, checked cell by cell as the evidence schema checks attributes.
extension TableReader {
    mutating func source(_ row: Row) {
        guard let id: SourceID = identifier(row, "id"), let title = required(row, "title", in: .sources),
            required(row, "date", in: .sources) != nil, let date = time(row, "date"),
            let reliability: Reliability = choice(row, "reliability", Reliability.allCases)
        else { return }
        insert(evidence.insert(
            Source(id: id, title: title, date: date, publisher: row.cells["publisher"]?.text, reference: row.cells["ref"]?.text,
                   reliability: reliability, language: row.cells["lang"]?.text, location: row.location)))
    }

    mutating func party(_ row: Row) {
        guard let id: PartyID = identifier(row, "id"), let kind: Party.Kind = choice(row, "kind", Party.Kind.allCases),
            let name = required(row, "name", in: .parties)
        else { return }
        var identified = true
        if let field = row.cells["identified"] {
            guard field.text == "true" || field.text == "false" else {
                return error("'\(field.text)' is not true or false", row.path, field.line, field.column)
            }
            identified = field.text == "true"
        }
        let aliases = (row.cells["aliases"]?.text ?? "").split(whereSeparator: \.isNewline).map(AliasCell.alias)
        insert(evidence.insert(
            Party(id: id, kind: kind, name: name, isIdentified: identified, whereabouts: row.cells["location"]?.text,
                  aliases: aliases, location: row.location)))
    }

    mutating func dataset(_ row: Row) {
        guard let id: DatasetID = identifier(row, "id"), let kind: Dataset.Kind = choice(row, "kind", Dataset.Kind.allCases),
            let name = required(row, "name", in: .datasets), case .some(let records) = count(row)
        else { return }
        let owner: PartyID? = identifier(row, "owner", required: false)
        if row.cells["owner"] != nil && owner == nil { return }
        let fields = (row.cells["fields"]?.text ?? "").split(separator: " ").map(String.init)
        if let bad = fields.first(where: { !DatasetID.isValid($0) }), let field = row.cells["fields"] {
            return error("'\(bad)' is not a field name (letters, digits, - _ .)", row.path, field.line, field.column)
        }
        insert(evidence.insert(
            Dataset(id: id, kind: kind, name: name, owner: owner, records: records, fields: fields, location: row.location)))
    }

    mutating func claim(_ row: Row) {
        guard let kind: Claim.Kind = choice(row, "kind", Claim.Kind.allCases), let id: ClaimID = identifier(row, "id"),
            required(row, "when", in: .claims) != nil, let when = time(row, "when")
        else { return }
        let action: Claim.Action?
        let common: Set<String> = ["kind", "id", "when"]
        switch kind {
        case .extraction:
            guard onlyColumns(row, common.union(["dataset", "from", "by", "medium", "records", "unit"]), for: "extraction"),
                let dataset: DatasetID = self.identifier(row, "dataset"), let from: DatasetID = self.identifier(row, "from"),
                let by: PartyID = self.identifier(row, "by"), case .some(let records) = count(row)
            else { return }
            action = .extraction(dataset: dataset, from: from, by: by, medium: row.cells["medium"]?.text, records: records)
        case .transfer:
            guard onlyColumns(row, common.union(["dataset", "from", "to", "price", "records", "unit"]), for: "transfer"),
                let dataset: DatasetID = self.identifier(row, "dataset"), let from: PartyID = self.identifier(row, "from"),
                let to: PartyID = self.identifier(row, "to"), case .some(let records) = count(row)
            else { return }
            action = .transfer(dataset: dataset, from: from, to: to, records: records, price: row.cells["price"]?.text)
        case .derivation:
            guard onlyColumns(row, common.union(["dataset", "from", "by", "operation", "records", "unit"]), for: "derivation"),
                let dataset: DatasetID = self.identifier(row, "dataset"), let by: PartyID = self.identifier(row, "by"),
                let operation: Claim.Operation = choice(row, "operation", Claim.Operation.allCases),
                case .some(let records) = count(row), let fromField = row.cells["from"]
            else {
                if row.cells["from"] == nil { error("a derivation needs 'from' (dataset ids, space-separated)", row.path, row.line, row.column("from")) }
                return
            }
            let inputs = fromField.text.split(separator: " ").map(String.init)
            if let bad = inputs.first(where: { !DatasetID.isValid($0) }) {
                return error("'\(bad)' in 'from' is not a valid id", row.path, fromField.line, fromField.column)
            }
            action = .derivation(dataset: dataset, from: inputs.map { DatasetID($0) }, by: by, operation: operation, records: records)
        case .use:
            guard onlyColumns(row, common.union(["dataset", "by", "purpose", "records", "unit"]), for: "use"),
                let dataset: DatasetID = self.identifier(row, "dataset"), let by: PartyID = self.identifier(row, "by"),
                case .some(let records) = count(row)
            else { return }
            action = .use(dataset: dataset, by: by, purpose: row.cells["purpose"]?.text, records: records)
        case .holding, .deletion:
            guard onlyColumns(row, common.union(["dataset", "party"]), for: kind.rawValue),
                let dataset: DatasetID = self.identifier(row, "dataset"), let party: PartyID = self.identifier(row, "party")
            else { return }
            action = kind == .holding ? .holding(dataset: dataset, party: party) : .deletion(dataset: dataset, party: party)
        case .delegation:
            guard onlyColumns(row, common.union(["agent", "principal", "relation"]), for: "delegation"),
                let agent: PartyID = self.identifier(row, "agent"), let principal: PartyID = self.identifier(row, "principal"),
                let relation: Claim.Relation = choice(row, "relation", Claim.Relation.allCases)
            else { return }
            action = .delegation(agent: agent, principal: principal, relation: relation)
        case .containment, .event, .identity:
            // Format 1.1 claims have no columns in the tables yet.
            let field = row.cells["kind"]
            return error(
                "a \(kind.rawValue) cannot be read from tables yet; give it as evidence XML", row.path,
                field?.line ?? row.line, field?.column ?? row.column("kind"))
        }
        guard let action else { return }
        if claimIndex[id] == nil { claimIndex[id] = claims.count }
        claims.append(Claim(id: id, when: when, action: action, cites: [], location: row.location))
    }

    /// Cites, in order; a row with only a claim and a quote adds a quote to that claim's previous cite.
    mutating func cites(_ rows: [Row]) {
        for row in rows {
            guard let claimID: ClaimID = identifier(row, "claim") else { continue }
            guard let index = claimIndex[claimID] else {
                let field = row.cells["claim"]!
                error("'\(claimID)' is not a claim of these tables", row.path, field.line, field.column)
                continue
            }
            let quote = row.cells["quote"].map { Cite.Quote($0.text, language: row.cells["lang"]?.text) }
            if row.cells["source"] == nil, row.cells["credibility"] == nil, row.cells["stance"] == nil, row.cells["page"] == nil {
                guard let quote, !claims[index].cites.isEmpty else {
                    error("a cite row needs 'source' and 'credibility' (a row with only a quote continues a cite)", row.path, row.line, row.column("source"))
                    continue
                }
                claims[index].cites[claims[index].cites.count - 1].quotes.append(quote)
                continue
            }
            guard let source: SourceID = identifier(row, "source") else { continue }
            guard let field = row.cells["credibility"] else {
                error("'credibility' is empty; it is 1 to 6", row.path, row.line, row.column("credibility"))
                continue
            }
            guard let number = Int(field.text), let credibility = Credibility(rawValue: number) else {
                error("'\(field.text)' is not a credibility: 1 to 6", row.path, field.line, field.column)
                continue
            }
            var stance = Cite.Stance.supports
            if row.cells["stance"] != nil {
                guard let known: Cite.Stance = choice(row, "stance", [.supports, .disputes]) else { continue }
                stance = known
            }
            claims[index].cites.append(
                Cite(source: source, credibility: credibility, stance: stance, page: row.cells["page"]?.text,
                     quotes: quote.map { [$0] } ?? [], location: row.location))
        }
    }
}
