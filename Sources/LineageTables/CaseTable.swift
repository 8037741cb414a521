/// The tables a case is written as and read from (docs/tables.md). Each is recognised by its header, so file names
/// do not matter on the way in; columns may come in any order.
public enum CaseTable: String, CaseIterable, Sendable {
    case sources, parties, datasets, claims, events, cites, notes

    /// `sources.csv`, ...
    public var fileName: String { rawValue + ".csv" }

    /// The columns, in the order they are written: the evidence format's attribute names, one column each (a
    /// transfer's `<price>` as `price-amount`, `price-currency` and `price-approx`, the names `lineage add transfer`
    /// gives them).
    public var columns: [String] {
        switch self {
        case .sources: ["id", "title", "date", "publisher", "ref", "reliability", "lang"]
        case .parties: ["id", "kind", "name", "identified", "location", "aliases"]
        case .datasets: ["id", "kind", "name", "owner", "records", "unit", "approx", "fields", "aliases"]
        case .claims:
            ["kind", "id", "when", "dataset", "from", "to", "by", "party", "agent", "principal", "operation",
             "relation", "medium", "purpose", "within", "same-as", "basis", "price", "price-amount", "price-currency",
             "price-approx", "records", "unit", "approx", "grade", "disputed"]
        case .events: ["id", "kind", "when", "party", "dataset"]
        case .cites: ["claim", "source", "credibility", "stance", "page", "quote", "lang"]
        case .notes: ["item", "note", "lang"]
        }
    }

    /// Columns that evidence format 1.1 added to a version 1 table: a header without them is a version 1 table,
    /// which still reads (the events and notes tables are new, and whole).
    package var addedColumns: Set<String> {
        switch self {
        case .datasets: ["approx", "aliases"]
        case .claims: ["within", "same-as", "basis", "price-amount", "price-currency", "price-approx", "approx"]
        default: []
        }
    }

    /// Columns computed from the rest, written for people to read and ignored on the way in.
    package var computedColumns: Set<String> {
        self == .claims ? ["grade", "disputed"] : []
    }

    /// The table whose header `header` is (its columns in any order, each once), if any: all its columns, or all
    /// but those format 1.1 added.
    static func recognising(_ header: [String]) -> CaseTable? {
        let names = Set(header)
        guard names.count == header.count else { return nil }
        return allCases.first { table in
            let all = Set(table.columns)
            return names.isSubset(of: all) && all.subtracting(table.addedColumns).isSubset(of: names)
        }
    }
}
