internal import Foundation
public import LineageCore

extension CaseTables {
    /// Tables read into a case: the case, and every problem found, at file:line:column. Callers add nothing when
    /// there is an error (all or nothing).
    public struct Reading: Sendable {
        /// The case the rows make.
        public var evidence: EvidenceCase
        /// Every problem found, each at its file, line and column.
        public var diagnostics: [Diagnostic]
        /// Which file held which table.
        public var tables: [CaseTable: String]
        /// How many of `diagnostics` are errors: with any, the reading adds nothing.
        public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    }

    /// Reads the files (`path`, content) as case tables: each recognised by its header, in UTF-8 or CP932, each row
    /// checked as the evidence schema checks an element, then the case's own checks (references, cites, cycles).
    public static func read(_ files: [(path: String, bytes: [UInt8])]) -> Reading {
        var reader = TableReader()
        for file in files { reader.read(file.path, file.bytes) }
        return reader.finish()
    }
}

/// The work of `CaseTables.read`.
struct TableReader {
    var evidence = EvidenceCase()
    var diagnostics: [Diagnostic] = []
    var tables: [CaseTable: String] = [:]
    var rows: [CaseTable: [Row]] = [:]
    /// Claims as read, before their cites are attached; the first claim of each id by its place.
    var claims: [Claim] = []
    var claimIndex: [ClaimID: Int] = [:]
    /// The notes table's notes by the id of their item, in row order, until the item takes them.
    var notes: [String: [(note: Note, row: Row)]] = [:]

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
        diagnostics.append(.error(.table, message, at: SourceLocation(file: path, line: line, column: column)))
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
        for row in rows[.notes] ?? [] { note(row) }
        for row in rows[.sources] ?? [] { source(row) }
        for row in rows[.parties] ?? [] { party(row) }
        for row in rows[.datasets] ?? [] { dataset(row) }
        for row in rows[.claims] ?? [] { claim(row) }
        for row in rows[.events] ?? [] { event(row) }
        cites(rows[.cites] ?? [])
        unclaimedNotes()
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

    /// The row's `records`, `unit` and `approx`: nil inside when it states no count, nil outside on an error.
    mutating func count(_ row: Row) -> RecordCount?? {
        var unit = CountUnit.records
        if let field = row.cells["unit"] {
            guard let known = CountUnit(rawValue: field.text) else {
                error("'\(field.text)' is not a unit: records, households or persons", row.path, field.line, field.column)
                return .none
            }
            unit = known
        }
        guard case .some(let approx) = flag(row, "approx") else { return .none }
        guard let field = row.cells["records"] else {
            if approx, let field = row.cells["approx"] {
                error("'approx' says a count was given as \"about\", but 'records' is empty", row.path, field.line, field.column)
                return .none
            }
            return .some(nil)
        }
        guard let value = UInt64(field.text) else {
            error("'\(field.text)' is not a count of records (digits only)", row.path, field.line, field.column)
            return .none
        }
        return .some(RecordCount(value, unit: unit, approx: approx))
    }

    /// A `true`/`false` cell: false when empty, nil on an error.
    mutating func flag(_ row: Row, _ column: String) -> Bool? {
        guard let field = row.cells[column] else { return false }
        guard field.text == "true" || field.text == "false" else {
            error("'\(field.text)' in '\(column)' is not true or false", row.path, field.line, field.column)
            return nil
        }
        return field.text == "true"
    }

    /// Space-separated ids in one cell (a dataset's owners, a derivation's inputs, an event's parties and
    /// datasets): empty when the cell is, nil on an error.
    mutating func identifiers<Kind>(_ row: Row, _ column: String) -> [Identifier<Kind>]? {
        guard let field = row.cells[column] else { return [] }
        let texts = field.text.split(separator: " ").map(String.init)
        if let bad = texts.first(where: { !Identifier<Kind>.isValid($0) }) {
            error("'\(bad)' in '\(column)' is not a valid id", row.path, field.line, field.column)
            return nil
        }
        return texts.map { Identifier<Kind>($0) }
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
}
