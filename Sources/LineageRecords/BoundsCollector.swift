/// Collects where the selected fields of each row are, as a block keeps them.
struct BoundsCollector: FieldCollector {
    /// Set in a field's end when the field is quoted and holds `""`, which must become `"` before normalising.
    static let doubledQuotesFlag: UInt32 = 1 << 31

    let layout: ColumnLayout
    /// For each row, for each slot: the field's start and end in the text.
    private(set) var bounds: [UInt32] = []
    private var rowStart = 0

    init(layout: ColumnLayout, expectedRows: Int) {
        self.layout = layout
        bounds.reserveCapacity(expectedRows * layout.slotCount * 2)
    }

    mutating func startRow() {
        rowStart = bounds.count
        bounds.append(contentsOf: repeatElement(0, count: layout.slotCount * 2))
    }

    mutating func collect(column: Int, start: Int, end: Int, hasDoubledQuotes: Bool) {
        guard column < layout.width else { return }
        let slot = layout.slotOfColumn[column]
        guard slot >= 0 else { return }
        bounds[rowStart + 2 * slot] = UInt32(truncatingIfNeeded: start)
        bounds[rowStart + 2 * slot + 1] =
            UInt32(truncatingIfNeeded: end) | (hasDoubledQuotes ? Self.doubledQuotesFlag : 0)
    }

    mutating func abandonRow() { bounds.removeSubrange(rowStart...) }
}
