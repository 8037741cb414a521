/// A recovered list's fingerprints, each with the row it came from, sorted by fingerprint so that every record set
/// can be compared with it in one linear pass.
public struct ListFingerprints: Sendable {
    /// The fingerprints of one match key and, at the same index, the row (counting from 0) each came from.
    struct Column: Sendable {
        var fingerprints: [UInt64] = []
        var rows: [UInt32] = []

        mutating func sortByFingerprint() { RadixSort.sort(&fingerprints, carrying: &rows) }
    }

    /// The keys the list gives, in `MatchKey.all` order.
    public let keys: [MatchKey]
    /// What reading the list found, for the report.
    public let summary: RecordFileSummary
    var columns: [Column]

    init(keys: [MatchKey], summary: RecordFileSummary, columns: [Column]) {
        precondition(columns.allSatisfy { $0.fingerprints.count == $0.rows.count })
        self.keys = keys
        self.summary = summary
        // Each key's column sorts on its own core: four sorts of 8.8 million pairs take about a second each.
        var sorted = columns
        DisjointSlots.update(&sorted) { _, column in column.sortByFingerprint() }
        self.columns = sorted
    }
}

/// What reading a record file found, without any of its values: the counts a report or a registration states.
public struct RecordFileSummary: Sendable, Hashable, Codable {
    /// Data rows (the header not counted).
    public var rows: Int
    /// Rows that gave no match key at all.
    public var rowsWithoutKey: Int
    /// For each field, how many rows had a value that could not be normalised (a birth date that is no date, a
    /// phone number with too few digits): those rows lose the keys that need it.
    public var unusableValues: [RecordField: Int]

    public init(rows: Int = 0, rowsWithoutKey: Int = 0, unusableValues: [RecordField: Int] = [:]) {
        self.rows = rows
        self.rowsWithoutKey = rowsWithoutKey
        self.unusableValues = unusableValues
    }

    mutating func add(_ other: RecordFileSummary) {
        rows += other.rows
        rowsWithoutKey += other.rowsWithoutKey
        unusableValues.merge(other.unusableValues, uniquingKeysWith: +)
    }
}
