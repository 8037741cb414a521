public import LineageCore

/// Writes a case as GraphML, the graph format Gephi, yEd, Cytoscape and NetworkX all read: parties and datasets
/// are nodes, and each claim is one edge (a derivation one edge per input) carrying the claim's attributes and
/// grade, so a graph tool can filter and colour by them.
///
/// Edges run the way data moves: a transfer from sender to recipient, an extraction and a derivation from the
/// input dataset to the new one, a use, holding or deletion from the dataset to the party, a delegation from the
/// agent to the principal, a containment from the whole to the part, an identity from one name to the other.
/// An event moves no data, so it is a node of its own (`class` event) with an edge to each party and dataset it
/// concerns. Format 1.1's basis, price, "about" counts and notes are keys of their own. Items are sorted by id, so
/// the same case always gives the same file.
public enum GraphMLWriter {
    /// A GraphML attribute: its id in the file, what it belongs to, its name and its type.
    private struct Key {
        var id: String
        var domain: String
        var name: String
        var type: String
    }

    private static let keys: [Key] = [
        Key(id: "node_class", domain: "node", name: "class", type: "string"),
        Key(id: "label", domain: "node", name: "label", type: "string"),
        Key(id: "node_kind", domain: "node", name: "kind", type: "string"),
        Key(id: "identified", domain: "node", name: "identified", type: "boolean"),
        Key(id: "whereabouts", domain: "node", name: "whereabouts", type: "string"),
        Key(id: "owner", domain: "node", name: "owner", type: "string"),
        Key(id: "node_records", domain: "node", name: "records", type: "long"),
        Key(id: "node_unit", domain: "node", name: "unit", type: "string"),
        Key(id: "node_approx", domain: "node", name: "approx", type: "boolean"),
        Key(id: "node_when", domain: "node", name: "when", type: "string"),
        Key(id: "node_grade", domain: "node", name: "grade", type: "string"),
        Key(id: "node_sources", domain: "node", name: "sources", type: "string"),
        Key(id: "node_notes", domain: "node", name: "notes", type: "string"),
        Key(id: "claim", domain: "edge", name: "claim", type: "string"),
        Key(id: "edge_kind", domain: "edge", name: "kind", type: "string"),
        Key(id: "when", domain: "edge", name: "when", type: "string"),
        Key(id: "grade", domain: "edge", name: "grade", type: "string"),
        Key(id: "disputed", domain: "edge", name: "disputed", type: "boolean"),
        Key(id: "dataset", domain: "edge", name: "dataset", type: "string"),
        Key(id: "by", domain: "edge", name: "by", type: "string"),
        Key(id: "edge_records", domain: "edge", name: "records", type: "long"),
        Key(id: "edge_unit", domain: "edge", name: "unit", type: "string"),
        Key(id: "edge_approx", domain: "edge", name: "approx", type: "boolean"),
        Key(id: "basis", domain: "edge", name: "basis", type: "string"),
        Key(id: "price", domain: "edge", name: "price", type: "string"),
        Key(id: "price_amount", domain: "edge", name: "price_amount", type: "double"),
        Key(id: "price_currency", domain: "edge", name: "price_currency", type: "string"),
        Key(id: "price_approx", domain: "edge", name: "price_approx", type: "boolean"),
        Key(id: "medium", domain: "edge", name: "medium", type: "string"),
        Key(id: "purpose", domain: "edge", name: "purpose", type: "string"),
        Key(id: "operation", domain: "edge", name: "operation", type: "string"),
        Key(id: "relation", domain: "edge", name: "relation", type: "string"),
        Key(id: "sources", domain: "edge", name: "sources", type: "string"),
        Key(id: "edge_notes", domain: "edge", name: "notes", type: "string"),
    ]

    /// The case as one GraphML document: its parties and datasets as nodes, its claims as edges, each with the
    /// keys declared above.
    public static func write(_ evidence: EvidenceCase) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
        ]
        for key in keys {
            lines.append(#"  <key id="\#(key.id)" for="\#(key.domain)" attr.name="\#(key.name)" attr.type="\#(key.type)"/>"#)
        }
        lines.append(#"  <graph id="case" edgedefault="directed">"#)
        for party in evidence.parties.values.sorted(by: { $0.id < $1.id }) {
            lines += node(
                party.id.rawValue,
                [("node_class", "party"), ("label", party.name), ("node_kind", party.kind.rawValue),
                 ("identified", party.isIdentified ? "true" : "false"), ("whereabouts", party.whereabouts),
                 ("node_notes", notes(party.notes))])
        }
        for dataset in evidence.datasets.values.sorted(by: { $0.id < $1.id }) {
            lines += node(
                dataset.id.rawValue,
                [("node_class", "dataset"), ("label", dataset.name), ("node_kind", dataset.kind.rawValue),
                 ("owner", dataset.owners.isEmpty ? nil : dataset.owners.map(\.rawValue).joined(separator: " "))]
                    + count(dataset.records, "node") + [("node_notes", notes(dataset.notes))])
        }
        for id in evidence.sortedClaimIDs {
            guard let claim = evidence.claims[id], case .event(let kind, _, _) = claim.action else { continue }
            lines += node(
                id.rawValue,
                [("node_class", "event"), ("label", "\(kind.rawValue) \(claim.when.description)"),
                 ("node_kind", kind.rawValue), ("node_when", claim.when.description),
                 ("node_grade", evidence.grade(of: claim)?.description), ("node_sources", sources(of: claim)),
                 ("node_notes", notes(claim.notes))])
        }
        for id in evidence.sortedClaimIDs {
            lines += edges(for: evidence.claims[id]!, grade: evidence.grade(of: evidence.claims[id]!))
        }
        lines += ["  </graph>", "</graphml>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func node(_ id: String, _ data: [(String, String?)]) -> [String] {
        [#"    <node id="\#(XMLEscaping.attribute(id))">"#] + values(data) + ["    </node>"]
    }

    /// `records`, `unit` and `approx` of a count, under the keys of `domain` (node or edge).
    private static func count(_ records: RecordCount?, _ domain: String) -> [(String, String?)] {
        guard let records else { return [] }
        return [("\(domain)_records", String(records.value)), ("\(domain)_unit", records.unit.rawValue),
                ("\(domain)_approx", records.isApproximate ? "true" : "false")]
    }

    /// An item's notes in one value, a blank line between two; nil when it has none.
    private static func notes(_ notes: [Note]) -> String? {
        notes.isEmpty ? nil : notes.map(\.text).joined(separator: "\n\n")
    }

    /// The ids of the sources a claim cites, each once, in cite order.
    private static func sources(of claim: Claim) -> String {
        var seen: [String] = []
        for cite in claim.cites where !seen.contains(cite.source.rawValue) { seen.append(cite.source.rawValue) }
        return seen.joined(separator: " ")
    }

    private static func values(_ data: [(String, String?)]) -> [String] {
        data.compactMap { key, value in
            value.map { #"      <data key="\#(key)">\#(XMLEscaping.text($0))</data>"# }
        }
    }

    /// The edges of one claim: `(from, to)` pairs, with the attributes every edge of the claim carries.
    private static func edges(for claim: Claim, grade: Grade?) -> [String] {
        var data: [(String, String?)] = [
            ("claim", claim.id.rawValue), ("edge_kind", claim.kind.rawValue), ("when", claim.when.description),
            ("grade", grade?.description), ("disputed", claim.isDisputed ? "true" : "false"),
            ("dataset", claim.dataset?.rawValue),
        ] + count(claim.records, "edge")
        let pairs: [(from: String, to: String)]
        switch claim.action {
        case .extraction(let dataset, let from, let by, let medium, _):
            pairs = [(from.rawValue, dataset.rawValue)]
            data += [("by", by.rawValue), ("medium", medium)]
        case .transfer(_, let from, let to, _, let price):
            pairs = [(from.rawValue, to.rawValue)]
            data += [("basis", claim.effectiveBasis.rawValue), ("price", price)]
            if let payment = claim.payment {
                data += [("price_amount", payment.amount), ("price_currency", payment.currency),
                         ("price_approx", payment.isApproximate ? "true" : "false")]
            }
        case .derivation(let dataset, let inputs, let by, let operation, _):
            pairs = inputs.map { ($0.rawValue, dataset.rawValue) }
            data += [("by", by.rawValue), ("operation", operation.rawValue)]
        case .use(let dataset, let by, let purpose, _):
            pairs = [(dataset.rawValue, by.rawValue)]
            data.append(("purpose", purpose))
        case .holding(let dataset, let party), .deletion(let dataset, let party):
            pairs = [(dataset.rawValue, party.rawValue)]
        case .delegation(let agent, let principal, let relation):
            pairs = [(agent.rawValue, principal.rawValue)]
            data.append(("relation", relation.rawValue))
        case .containment(let dataset, let within, _):
            // The whole to the part: whoever holds the whole holds the part.
            pairs = [(within.rawValue, dataset.rawValue)]
        case .identity(let party, let sameAs):
            pairs = [(party.rawValue, sameAs.rawValue)]
        case .event(_, let parties, let datasets):
            // An event moves no data: its node points at each party and dataset it concerns.
            pairs = (parties.map(\.rawValue) + datasets.map(\.rawValue)).map { (claim.id.rawValue, $0) }
        }
        data += [("sources", sources(of: claim)), ("edge_notes", notes(claim.notes))]
        return pairs.enumerated().flatMap { offset, pair in
            // An event's node has the claim's id, so its edges are always numbered.
            let id = pairs.count == 1 && claim.kind != .event ? claim.id.rawValue : "\(claim.id.rawValue)#\(offset + 1)"
            return [
                #"    <edge id="\#(XMLEscaping.attribute(id))" source="\#(XMLEscaping.attribute(pair.from))" target="\#(XMLEscaping.attribute(pair.to))">"#
            ] + values(data) + ["    </edge>"]
        }
    }
}
