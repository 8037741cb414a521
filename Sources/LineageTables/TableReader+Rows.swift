import LineageCore

/// Each table's rows made into items, checked cell by cell as the evidence schema checks attributes.
extension TableReader {
    mutating func source(_ row: Row) {
        guard let id: SourceID = identifier(row, "id"), let title = required(row, "title", in: .sources),
            required(row, "date", in: .sources) != nil, let date = time(row, "date"),
            let reliability: Reliability = choice(row, "reliability", Reliability.allCases)
        else { return }
        var source = Source(
            id: id, title: title, date: date, publisher: row.cells["publisher"]?.text, reference: row.cells["ref"]?.text,
            reliability: reliability, language: row.cells["lang"]?.text, location: row.location)
        source.notes = takeNotes(id.rawValue)
        insert(evidence.insert(source))
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
        var party = Party(
            id: id, kind: kind, name: name, isIdentified: identified, whereabouts: row.cells["location"]?.text,
            aliases: aliases, location: row.location)
        party.notes = takeNotes(id.rawValue)
        insert(evidence.insert(party))
    }

    mutating func dataset(_ row: Row) {
        guard let id: DatasetID = identifier(row, "id"), let kind: Dataset.Kind = choice(row, "kind", Dataset.Kind.allCases),
            let name = required(row, "name", in: .datasets), case .some(let records) = count(row),
            let owners: [PartyID] = identifiers(row, "owner")
        else { return }
        let fields = (row.cells["fields"]?.text ?? "").split(separator: " ").map(String.init)
        if let bad = fields.first(where: { !DatasetID.isValid($0) }), let field = row.cells["fields"] {
            return error("'\(bad)' is not a field name (letters, digits, - _ .)", row.path, field.line, field.column)
        }
        let aliases = (row.cells["aliases"]?.text ?? "").split(whereSeparator: \.isNewline).map(AliasCell.alias)
        insert(evidence.insert(
            Dataset(id: id, kind: kind, name: name, owners: owners, records: records, fields: fields, aliases: aliases,
                    notes: takeNotes(id.rawValue), location: row.location)))
    }

    mutating func claim(_ row: Row) {
        guard let kind: Claim.Kind = choice(row, "kind", Claim.Kind.allCases), let id: ClaimID = identifier(row, "id"),
            required(row, "when", in: .claims) != nil, let when = time(row, "when")
        else { return }
        // The columns a kind may fill are its attributes in the format (`Claim.Kind.attributes`); each kind's
        // guard below starts with this, as it always has (a derivation still reports a missing `from` beside).
        let clean = kind == .event || onlyColumns(row, Self.columns(of: kind), for: kind.rawValue)
        let action: Claim.Action?
        var basis: Claim.Basis?
        var payment: Price?
        switch kind {
        case .extraction:
            guard clean, let dataset: DatasetID = self.identifier(row, "dataset"), let from: DatasetID = self.identifier(row, "from"),
                let by: PartyID = self.identifier(row, "by"), case .some(let records) = count(row)
            else { return }
            action = .extraction(dataset: dataset, from: from, by: by, medium: row.cells["medium"]?.text, records: records)
        case .transfer:
            guard clean, let dataset: DatasetID = self.identifier(row, "dataset"), let from: PartyID = self.identifier(row, "from"),
                let to: PartyID = self.identifier(row, "to"), case .some(let records) = count(row),
                case .some(let price) = self.price(row)
            else { return }
            if row.cells["basis"] != nil {
                guard let known: Claim.Basis = choice(row, "basis", Claim.Basis.allCases) else { return }
                basis = known
            }
            payment = price
            action = .transfer(dataset: dataset, from: from, to: to, records: records, price: row.cells["price"]?.text)
        case .derivation:
            guard clean, let dataset: DatasetID = self.identifier(row, "dataset"), let by: PartyID = self.identifier(row, "by"),
                let operation: Claim.Operation = choice(row, "operation", Claim.Operation.allCases),
                case .some(let records) = count(row), row.cells["from"] != nil
            else {
                if row.cells["from"] == nil { error("a derivation needs 'from' (dataset ids, space-separated)", row.path, row.line, row.column("from")) }
                return
            }
            guard let inputs: [DatasetID] = identifiers(row, "from") else { return }
            action = .derivation(dataset: dataset, from: inputs, by: by, operation: operation, records: records)
        case .use:
            guard clean, let dataset: DatasetID = self.identifier(row, "dataset"), let by: PartyID = self.identifier(row, "by"),
                case .some(let records) = count(row)
            else { return }
            action = .use(dataset: dataset, by: by, purpose: row.cells["purpose"]?.text, records: records)
        case .holding, .deletion:
            guard clean, let dataset: DatasetID = self.identifier(row, "dataset"), let party: PartyID = self.identifier(row, "party")
            else { return }
            action = kind == .holding ? .holding(dataset: dataset, party: party) : .deletion(dataset: dataset, party: party)
        case .delegation:
            guard clean, let agent: PartyID = self.identifier(row, "agent"), let principal: PartyID = self.identifier(row, "principal"),
                let relation: Claim.Relation = choice(row, "relation", Claim.Relation.allCases)
            else { return }
            action = .delegation(agent: agent, principal: principal, relation: relation)
        case .containment:
            guard clean, let dataset: DatasetID = self.identifier(row, "dataset"), let within: DatasetID = self.identifier(row, "within"),
                case .some(let records) = count(row)
            else { return }
            action = .containment(dataset: dataset, within: within, records: records)
        case .identity:
            guard clean, let party: PartyID = self.identifier(row, "party"), let sameAs: PartyID = self.identifier(row, "same-as")
            else { return }
            action = .identity(party: party, sameAs: sameAs)
        case .event:
            // An event's own `kind` (arrest, judgment, ...) would collide with this table's `kind` column.
            let field = row.cells["kind"]
            return error(
                "an event goes in the events table (id, kind, when, party, dataset), not the claims table", row.path,
                field?.line ?? row.line, field?.column ?? row.column("kind"))
        }
        guard let action else { return }
        append(Claim(id: id, when: when, action: action, cites: [], basis: basis, payment: payment, location: row.location))
    }

    /// A row of the events table: something that happened but moved no data, cited like a claim.
    mutating func event(_ row: Row) {
        guard let id: ClaimID = identifier(row, "id"), let kind: Claim.EventKind = choice(row, "kind", Claim.EventKind.allCases),
            required(row, "when", in: .events) != nil, let when = time(row, "when"),
            let parties: [PartyID] = identifiers(row, "party"), let datasets: [DatasetID] = identifiers(row, "dataset")
        else { return }
        append(Claim(id: id, when: when, action: .event(kind: kind, parties: parties, datasets: datasets), cites: [],
                     location: row.location))
    }

    /// Keeps a claim read from a row, with its notes; cites attach to the first claim of an id.
    private mutating func append(_ claim: Claim) {
        var claim = claim
        claim.notes = takeNotes(claim.id.rawValue)
        if claimIndex[claim.id] == nil { claimIndex[claim.id] = claims.count }
        claims.append(claim)
    }

    static let priceColumns: Set<String> = ["price-amount", "price-currency", "price-approx"]

    /// The claims table's columns a claim of `kind` may fill: `kind`, `id`, and its attributes in the format, with
    /// the price columns for a kind that carries a `<price>`.
    static func columns(of kind: Claim.Kind) -> Set<String> {
        Set(["kind", "id"] + kind.attributes.map(\.name)).union(kind.carriesPayment ? priceColumns : [])
    }

    /// A transfer's `<price>` from `price-amount`, `price-currency` and `price-approx`, checked as the schema checks
    /// the element: nil inside when the row gives none, nil outside on an error.
    mutating func price(_ row: Row) -> Price?? {
        let amount = row.cells["price-amount"]
        let currency = row.cells["price-currency"]
        guard case .some(let approx) = flag(row, "price-approx") else { return .none }
        guard let amount, let currency else {
            if amount == nil && currency == nil && !approx { return .some(nil) }
            let missing = amount == nil ? "price-amount" : "price-currency"
            error("a price needs both 'price-amount' and 'price-currency'; '\(missing)' is empty", row.path, row.line,
                  row.column(missing))
            return .none
        }
        guard Price.isValidAmount(amount.text) else {
            error("'\(amount.text)' is not an amount: digits, with at most one decimal point (1650, 0.5)", row.path,
                  amount.line, amount.column)
            return .none
        }
        guard Price.isValidCurrency(currency.text) else {
            error("'\(currency.text)' is not a currency: an ISO 4217 code of three capital letters (KRW, JPY)", row.path,
                  currency.line, currency.column)
            return .none
        }
        return .some(Price(amount: amount.text, currency: currency.text, isApproximate: approx))
    }

    /// A row of the notes table, kept for its item (any source, party, dataset, claim or event, by id).
    mutating func note(_ row: Row) {
        guard let field = row.cells["item"] else {
            return error("'item' is empty; it needs the id of the item the note is about", row.path, row.line, row.column("item"))
        }
        guard let text = required(row, "note", in: .notes) else { return }
        notes[field.text, default: []].append((Note(text, language: row.cells["lang"]?.text), row))
    }

    /// The notes of the item `id`, in row order; they are then no longer unclaimed.
    mutating func takeNotes(_ id: String) -> [Note] {
        notes.removeValue(forKey: id)?.map(\.note) ?? []
    }

    /// A note whose item is in none of the tables is an error at its `item` cell (a note about an item whose own
    /// row had an error is not reported twice).
    mutating func unclaimedNotes() {
        let named = Set(
            [CaseTable.sources, .parties, .datasets, .claims, .events].flatMap { rows[$0] ?? [] }.compactMap { $0.cells["id"]?.text })
        for (item, notes) in notes.sorted(by: { $0.key < $1.key }) where !named.contains(item) {
            for (_, row) in notes {
                let field = row.cells["item"]!
                error("'\(item)' in 'item' is no source, party, dataset, claim or event of these tables", row.path,
                      field.line, field.column)
            }
        }
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
