/// The selected columns of an opened file, arranged as the row scanner and a block use them.
///
/// Only the selected columns' field boundaries are kept for each row; several fields may share a column, so
/// boundaries are kept per distinct column (a slot) and each field points at its slot.
struct ColumnLayout: Sendable {
    /// How many columns the header has: every row must have as many.
    let width: Int
    /// For each column: its slot among the selected columns, or -1 when no field uses it.
    let slotOfColumn: [Int]
    /// How many distinct columns are selected.
    let slotCount: Int
    /// The selected fields, in `RecordField` order, each with the slot holding its value.
    let fields: [(field: RecordField, slot: Int)]

    init(columns: [RecordField: Int], width: Int) {
        self.width = width
        var slotOfColumn = [Int](repeating: -1, count: width)
        var slotCount = 0
        for column in Set(columns.values).sorted() {
            slotOfColumn[column] = slotCount
            slotCount += 1
        }
        self.slotOfColumn = slotOfColumn
        self.slotCount = slotCount
        fields = columns.sorted { $0.key < $1.key }.map { ($0.key, slotOfColumn[$0.value]) }
    }
}
