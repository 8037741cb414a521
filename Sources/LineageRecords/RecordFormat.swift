/// Comma- or tab-separated; `.automatic` decides by extension (.tsv/.tab → tab, .csv → comma) and otherwise by
/// whether the header line contains a tab.
public enum RecordFormat: String, Sendable, CaseIterable {
    case automatic
    case csv
    case tsv
}

extension RecordFormat {
    /// The byte that separates fields in a file at `path` whose first line is `headerLine`.
    func separator(forPath path: String, headerLine: some Sequence<UInt8>) -> UInt8 {
        switch self {
        case .csv: return comma
        case .tsv: return tab
        case .automatic:
            let name = path.lowercased()
            if name.hasSuffix(".tsv") || name.hasSuffix(".tab") { return tab }
            if name.hasSuffix(".csv") { return comma }
            return headerLine.contains(tab) ? tab : comma
        }
    }
}

private let comma = UInt8(ascii: ",")
private let tab = UInt8(ascii: "\t")
