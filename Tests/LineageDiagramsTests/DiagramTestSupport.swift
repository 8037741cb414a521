import LineageCore
import LineageDiagrams
import LineageTestSupport

/// The DOT of a built case.
func dot(_ builder: CaseBuilder, _ options: DiagramOptions = DiagramOptions()) throws -> String {
    try Diagram.dot(of: builder.evidence, options: options)
}

/// The statement lines of edges from `tail` to `head`.
func edges(in dot: String, from tail: String, to head: String) -> [String] {
    dot.split(separator: "\n").map(String.init).filter { $0.hasPrefix("    \"\(tail)\" -> \"\(head)\"") }
}

/// The statement line of node `id`, wherever it is nested.
func node(in dot: String, _ id: String) -> String? {
    dot.split(separator: "\n").map(String.init).first {
        $0.trimmingPrefix(while: { $0 == " " }).hasPrefix("\"\(id)\" [")
    }
}

/// The ids of every edge's ends, as `tail -> head`.
func edgeEnds(in dot: String) -> [String] {
    dot.split(separator: "\n").compactMap { line in
        let parts = line.split(separator: "\"")
        guard parts.count >= 4, parts[2] == " -> " else { return nil }
        return "\(parts[1]) -> \(parts[3])"
    }
}

extension String {
    fileprivate func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
        self[(firstIndex { !predicate($0) } ?? endIndex)...]
    }
}

/// The broker chain most tests draw: a database, a batch extracted from it by an insider, sold to broker A,
/// then to broker B, who made a list from it and sold it to a buyer. Sources `s1` (A) to `s3` (C).
func brokerChain() throws -> CaseBuilder {
    var builder = CaseBuilder()
    try builder.source("s1", .a)
    try builder.source("s2", .b)
    try builder.source("s3", .c)
    try builder.party("owner", name: "Owner Corp", aliases: [.init("オーナー", language: "ja")])
    try builder.party("insider", .person, name: "Insider")
    try builder.party("broker-a", name: "Broker A")
    try builder.party("broker-b", name: "Broker B")
    try builder.party("buyer", name: "Buyer")
    try builder.dataset("db", .database, name: "Customer database", owner: "owner")
    try builder.dataset("batch", .batch, name: "Batch one", owner: "owner")
    try builder.dataset("list", .list, name: "Derived list", owner: "owner")
    try builder.claim(
        "c1-extract", "2014-04",
        .extraction(
            dataset: "batch", from: "db", by: "insider", medium: nil, records: RecordCount(100, unit: .persons)),
        cites: [cite("s1", .confirmed)])
    try builder.claim(
        "c2-sale", "2014-05", transfer("batch", "insider", "broker-a", records: RecordCount(100, unit: .persons)),
        cites: [cite("s2")])
    try builder.claim("c3-resale", "2014-06", transfer("batch", "broker-a", "broker-b"), cites: [cite("s3", .possible)])
    try builder.claim(
        "c4-derive", "2014-06",
        .derivation(dataset: "list", from: ["batch"], by: "broker-b", operation: .subset, records: nil), cites: [cite("s2")])
    try builder.claim("c5-sale", "2014-07", transfer("list", "broker-b", "buyer"), cites: [cite("s2", .doubtful)])
    return builder
}
