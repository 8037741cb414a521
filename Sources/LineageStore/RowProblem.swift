import GRDB
import LineageCore

/// A row that cannot become evidence again: a missing value, a value of the wrong type or outside its vocabulary.
/// The store writes none; one appears only when the file was damaged or edited.
struct RowProblem: Error, CustomStringConvertible {
    let table: String
    let id: String
    let reason: String

    var description: String { "\(table) row '\(id)': \(reason)" }
}

/// Strict typed access to one row's columns: a value is either exactly what the store writes, or a `RowProblem`.
/// (GRDB's typed subscripts stop the process on a NULL or a mismatched type; evidence read from a file someone
/// may have edited must never do that.)
struct RowColumns {
    let row: Row
    let table: String
    let id: String
    /// The statement's column positions, when the caller looked them up once for all its rows.
    let positions: ColumnPositions?

    /// The columns of `row`, a row of `table` whose id is in column `idColumn`.
    init(_ row: Row, table: String, idColumn: Int = 0, positions: ColumnPositions? = nil) {
        self.row = row
        self.table = table
        self.positions = positions
        let value: DatabaseValue = row[idColumn]
        switch value.storage {
        case .string(let text): id = text
        case .int64(let number): id = String(number)
        default: id = "?"
        }
    }

    func problem(_ reason: String) -> RowProblem { RowProblem(table: table, id: id, reason: reason) }

    private func columnName(_ index: Int) -> String { Array(row.columnNames)[index] }

    func optionalText(_ index: Int) throws(RowProblem) -> String? {
        let value: DatabaseValue = row[index]
        switch value.storage {
        case .null: return nil
        case .string(let text): return text
        default: throw problem("column \(columnName(index)) is not text")
        }
    }

    func text(_ index: Int) throws(RowProblem) -> String {
        guard let text = try optionalText(index) else {
            throw problem("column \(columnName(index)) is empty")
        }
        return text
    }

    func optionalInteger(_ index: Int) throws(RowProblem) -> Int64? {
        let value: DatabaseValue = row[index]
        switch value.storage {
        case .null: return nil
        case .int64(let number): return number
        default: throw problem("column \(columnName(index)) is not an integer")
        }
    }

    func integer(_ index: Int) throws(RowProblem) -> Int64 {
        guard let number = try optionalInteger(index) else {
            throw problem("column \(columnName(index)) is empty")
        }
        return number
    }

    func choice<Value: RawRepresentable>(_ name: String) throws(RowProblem) -> Value where Value.RawValue == String {
        let text = try text(name)
        guard let value = Value(rawValue: text) else { throw problem("'\(text)' is not a known value") }
        return value
    }

    func time(_ name: String) throws(RowProblem) -> EventTime {
        let text = try text(name)
        do {
            return try EventTime(parsing: text)
        } catch {
            throw problem(error.description)
        }
    }

    /// A count in column `name` with its unit in column `unit`, both or neither.
    func records(_ name: String, unit: String) throws(RowProblem) -> RecordCount? {
        guard let value = try optionalInteger(name) else { return nil }
        guard value >= 0 else { throw problem("a negative count") }
        let unit: CountUnit = try choice(unit)
        return RecordCount(UInt64(value), unit: unit)
    }

    /// A 0/1 flag in column `name`; an empty column (a row with no detail) is false.
    func flag(_ name: String) throws(RowProblem) -> Bool {
        switch try optionalInteger(name) {
        case nil, 0: return false
        case 1: return true
        case let other?: throw problem("column \(name) is \(other), not 0 or 1")
        }
    }
}
