/// The five tables a case is written as and read from (docs/tables.md). Each is recognised by its header, so
/// file names do not matter on the way in; columns may come in any order.
public enum CaseTable: String, CaseIterable, Sendable {
    case sources, parties, datasets, claims, cites

    /// `sources.csv`, ...
    public var fileName: String { rawValue + ".csv" }

    /// The columns, in the order they are written: the evidence format's attribute names, one column each.
    public var columns: [String] {
        switch self {
        case .sources: ["id", "title", "date", "publisher", "ref", "reliability", "lang"]
        case .parties: ["id", "kind", "name", "identified", "location", "aliases"]
        case .datasets: ["id", "kind", "name", "owner", "records", "unit", "fields"]
        case .claims:
            ["kind", "id", "when", "dataset", "from", "to", "by", "party", "agent", "principal", "operation",
             "relation", "medium", "purpose", "price", "records", "unit", "grade", "disputed"]
        case .cites: ["claim", "source", "credibility", "stance", "page", "quote", "lang"]
        }
    }

    /// Columns computed from the rest, written for people to read and ignored on the way in.
    public var computedColumns: Set<String> {
        self == .claims ? ["grade", "disputed"] : []
    }

    /// Columns a row must fill.
    var requiredColumns: Set<String> {
        switch self {
        case .sources: ["id", "title", "date", "reliability"]
        case .parties: ["id", "kind", "name"]
        case .datasets: ["id", "kind", "name"]
        case .claims: ["kind", "id", "when"]
        case .cites: ["claim"]
        }
    }

    /// The table whose columns are exactly `header` (in any order), if any.
    static func recognising(_ header: [String]) -> CaseTable? {
        let names = Set(header)
        return allCases.first { Set($0.columns) == names && names.count == header.count }
    }
}
