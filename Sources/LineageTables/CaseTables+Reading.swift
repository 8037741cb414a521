internal import Foundation
public import LineageCore

extension CaseTables {
    /// Tables read into a case: the case, and every problem found, at file:line:column. Callers add nothing when
    /// there is an error (all or nothing).
    public struct Reading: Sendable {
        public var evidence: EvidenceCase
        public var diagnostics: [Diagnostic]
        /// Which file held which table.
        public var tables: [CaseTable: String]
        public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    }

    static let tableCode = Diagnostic.Code(rawValue: "table")

    /// Reads the files (`path`, content) as case tables: each recognised by its header, in UTF-8 or CP932, each row
    /// checked as the evidence schema checks an element, then the case's own checks (references, cites, cycles).
    public static func read(_ files: [(path: String, bytes: [UInt8])]) -> Reading {
        var reader = TableReader()
        for file in files { reader.read(file.path, file.bytes) }
        return reader.finish()
    }
}

/// The work of `CaseTables.read`.
private struct TableReader {
    var evidence = EvidenceCase()
    var diagnostics: [Diagnostic] = []
    var tables: [CaseTable: String] = [:]
    var rows: [CaseTable: [Row]] = [:]
    /// Claims as read, before their cites are attached; the first claim of each id by its place.
    var claims: [Claim] = []
    var claimIndex: [ClaimID: Int] = [:]

    /// One row: its cells by column name, and where each is.
    struct Row {
        var path: String
        var line: Int
        /// Every field of the row by column, empty ones too (for the place of a missing value).
        var fields: [String: CSV.Field]
        /// The fields that hold something.
        var cells: [String: CSV.Field]

        /// Where the field of `column` starts (the row's start when the table has no such column).
        func column(_ name: String) -> Int { fields[name]?.column ?? 1 }

        var location: SourceLocation { SourceLocation(file: path, line: line, column: 1) }
    }

    mutating func error(_ message: String, _ path: String, _ line: Int, _ column: Int) {
        diagnostics.append(.error(CaseTables.tableCode, message, at: SourceLocation(file: path, line: line, column: column)))
    }

    mutating func read(_ path: String, _ bytes: [UInt8]) {
        let content = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let text: String
        if let utf8 = String(validating: content, as: UTF8.self) {
            text = utf8
        } else if let cp932 = String(data: Data(content), encoding: .shiftJIS) {
            text = cp932
        } else {
            return error("neither UTF-8 nor CP932 text", path, 1, 1)
        }
        let records: [[CSV.Field]]
        do {
            records = try CSV.records(text)
        } catch {
            return self.error(error.message, path, error.line, error.column)
        }
        guard let header = records.first else { return error("the file is empty: a table starts with its header", path, 1, 1) }
        let names = header.map { $0.text.trimmingCharacters(in: .whitespaces) }
        guard let table = CaseTable.recognising(names) else {
            let expected = CaseTable.allCases.map { "\($0.fileName): \($0.columns.joined(separator: ","))" }
            return error(
                "the header matches none of the case tables; expected the columns of one of "
                    + expected.joined(separator: "; "), path, 1, 1)
        }
        if let earlier = tables[table] {
            return error("a second \(table.rawValue) table (the first is \(earlier))", path, 1, 1)
        }
        tables[table] = path
        for record in records.dropFirst() {
            guard record.count == names.count else {
                error("\(record.count) fields where the header has \(names.count)", path, record[0].line, 1)
                continue
            }
            var fields: [String: CSV.Field] = [:]
            for (name, field) in zip(names, record) where !table.computedColumns.contains(name) {
                var restored = field
                restored.text = SpreadsheetCell.restored(field.text)
                fields[name] = restored
            }
            rows[table, default: []].append(
                Row(path: path, line: record[0].line, fields: fields, cells: fields.filter { !$0.value.text.isEmpty }))
        }
    }

    mutating func finish() -> CaseTables.Reading {
        for row in rows[.sources] ?? [] { source(row) }
        for row in rows[.parties] ?? [] { party(row) }
        for row in rows[.datasets] ?? [] { dataset(row) }
        for row in rows[.claims] ?? [] { claim(row) }
        cites(rows[.cites] ?? [])
        for claim in claims { insert(evidence.insert(claim)) }
        if diagnostics.isEmpty { diagnostics = evidence.check() }
        return CaseTables.Reading(evidence: evidence, diagnostics: diagnostics, tables: tables)
    }

    // MARK: Cells

    mutating func required(_ row: Row, _ column: String, in table: CaseTable) -> String? {
        guard let field = row.cells[column] else {
            error("a \(table.rawValue) row needs '\(column)'", row.path, row.line, row.column(column))
            return nil
        }
        return field.text
    }

    mutating func identifier<Kind>(_ row: Row, _ column: String, required: Bool = true) -> Identifier<Kind>? {
        guard let field = row.cells[column] else {
            if required { error("'\(column)' is empty; it needs an id", row.path, row.line, row.column(column)) }
            return nil
        }
        guard Identifier<Kind>.isValid(field.text) else {
            error("'\(field.text)' in '\(column)' is not a valid id (a letter or _ first, then letters, digits, - _ .; at most 256)",
                  row.path, field.line, field.column)
            return nil
        }
        return Identifier<Kind>(field.text)
    }

    mutating func choice<Value: RawRepresentable>(_ row: Row, _ column: String, _ values: [Value]) -> Value?
    where Value.RawValue == String {
        guard let field = row.cells[column] else {
            error("'\(column)' is empty; it is one of \(values.map(\.rawValue).joined(separator: ", "))", row.path, row.line, row.column(column))
            return nil
        }
        guard let value = Value(rawValue: field.text) else {
            error("'\(field.text)' is not a \(column): one of \(values.map(\.rawValue).joined(separator: ", "))",
                  row.path, field.line, field.column)
            return nil
        }
        return value
    }

    mutating func time(_ row: Row, _ column: String) -> EventTime? {
        guard let field = row.cells[column] else { return nil }
        do {
            return try EventTime(parsing: field.text)
        } catch {
            self.error(error.description, row.path, field.line, field.column)
            return nil
        }
    }

    mutating func count(_ row: Row) -> RecordCount?? {
        var unit = CountUnit.records
        if let field = row.cells["unit"] {
            guard let known = CountUnit(rawValue: field.text) else {
                error("'\(field.text)' is not a unit: records, households or persons", row.path, field.line, field.column)
                return .none
            }
            unit = known
        }
        guard let field = row.cells["records"] else { return .some(nil) }
        guard let value = UInt64(field.text) else {
            error("'\(field.text)' is not a count of records (digits only)", row.path, field.line, field.column)
            return .none
        }
        return .some(RecordCount(value, unit: unit))
    }

    /// Refuses a filled cell the row's kind has no attribute for, so nothing typed into a table is dropped.
    mutating func onlyColumns(_ row: Row, _ allowed: Set<String>, for kind: String) -> Bool {
        var clean = true
        for (column, field) in row.cells where !allowed.contains(column) {
            error("a \(kind) has no '\(column)'", row.path, field.line, field.column)
            clean = false
        }
        return clean
    }

    mutating func insert(_ problem: Diagnostic?) { if let problem { diagnostics.append(problem) } }

    // MARK: Rows

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
