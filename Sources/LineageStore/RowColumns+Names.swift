import GRDB

/// Columns read by name rather than by position, so a query's column order (or `SELECT *` on a table a later
/// schema version widened) cannot shift what a value means.
extension RowColumns {
    /// Where column `name` is in the row.
    func index(of name: String) throws(RowProblem) -> Int {
        if let positions {
            guard let index = positions.index[name] else { throw problem("there is no column \(name)") }
            return index
        }
        guard let index = Array(row.columnNames).firstIndex(where: { $0.lowercased() == name }) else {
            throw problem("there is no column \(name)")
        }
        return index
    }

    /// Whether the row has column `name`: a store not yet upgraded lacks the columns later versions added.
    func has(_ name: String) -> Bool { row.hasColumn(name) }

    func optionalText(_ name: String) throws(RowProblem) -> String? { try optionalText(index(of: name)) }
    func text(_ name: String) throws(RowProblem) -> String { try text(index(of: name)) }
    func optionalInteger(_ name: String) throws(RowProblem) -> Int64? { try optionalInteger(index(of: name)) }
    func integer(_ name: String) throws(RowProblem) -> Int64 { try integer(index(of: name)) }
}

/// Where each column of one statement is, looked up once per statement: finding each name in each row (a scan of
/// the row's columns) made loading a store of 23,000 items about 50% slower than reading by ordinal (debug build).
struct ColumnPositions {
    let index: [String: Int]

    init(_ statement: Statement) {
        index = Dictionary(
            statement.columnNames.enumerated().map { ($0.element.lowercased(), $0.offset) },
            uniquingKeysWith: { first, _ in first })
    }
}
