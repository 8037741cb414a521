package import LineageCore

/// The answer of `lineage trace --json`.
package struct TraceJSON: Encodable {
    package struct HoldingJSON: Encodable {
        package var party: String?
        package var dataset: String
        package var truncated: Bool
        package var paths: [QueryJSON.PathJSON]

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(party, forKey: .party)
            try container.encode(dataset, forKey: .dataset)
            try container.encode(truncated, forKey: .truncated)
            try container.encode(paths, forKey: .paths)
        }

        private enum CodingKeys: String, CodingKey {
            case party, dataset, truncated, paths
        }
    }

    /// The id traced, and whether it is a "dataset" or a "party".
    package var subject: String
    package var kind: String
    package var filter: QueryJSON.FilterJSON
    package var holdings: [HoldingJSON]
    package var leftOut: [QueryJSON.LeftOutJSON]

    package init(_ answer: Provenance, _ prepared: PreparedCase) {
        switch answer.subject {
        case .dataset(let dataset): (subject, kind) = (dataset.rawValue, DatasetKindTag.noun)
        case .party(let party): (subject, kind) = (party.rawValue, PartyKindTag.noun)
        }
        filter = QueryJSON.FilterJSON(prepared.filter, prepared.omitted)
        holdings = answer.holdings.map { holding in
            HoldingJSON(
                party: holding.party?.rawValue, dataset: holding.dataset.rawValue, truncated: holding.isTruncated,
                paths: holding.paths.map { QueryJSON.PathJSON($0, dataset: holding.dataset, in: prepared.evidence) })
        }
        leftOut = answer.leftOut.map(QueryJSON.LeftOutJSON.init)
    }
}

extension AnswerText {
    /// The text answer of `lineage trace`.
    package static func trace(_ answer: Provenance, _ prepared: PreparedCase) -> String {
        let format = QueryText(evidence: prepared.evidence)
        var text: String
        switch answer.subject {
        case .dataset(let dataset):
            text = "\(dataset): "
        case .party(let party):
            let count = answer.holdings.count
            text = "\(format.party(party)) holds \(count) dataset\(count == 1 ? "" : "s"): "
            text += answer.holdings.map(\.dataset.rawValue).joined(separator: ", ") + "\n"
        }
        for line in QueryText.omissions(prepared.omitted, prepared.filter) { text += "(\(line))\n" }
        for holding in answer.holdings {
            let count = holding.paths.count
            if case .party = answer.subject { text += "\n\(holding.dataset): " }
            text += "\(count)\(holding.isTruncated ? " listed" : "") path\(count == 1 ? "" : "s")\n"
            for (number, path) in holding.paths.enumerated() {
                // A party's own database: an origin, with no hop to show (docs/queries.md, rule 1).
                if case .party = answer.subject, path.steps.isEmpty, path.origin == .database {
                    text += "  path \(number + 1): \(path.start) is its owner's own database, held from the start\n"
                    continue
                }
                text +=
                    "  path \(number + 1) from \(path.start) (\(Self.origin(path.origin))), "
                    + "arriving \(QueryText.day(path.earliest)) at the earliest, "
                    + QueryText.marks(
                        grade: path.grade, isOrderCertain: path.isOrderCertain, isDisputed: path.isDisputed)
                    + "\n"
                for step in path.steps { text += "    \(format.line(for: step))\n" }
            }
            if holding.isTruncated { text += "  (more paths not listed: raise --limit)\n" }
        }
        if !answer.leftOut.isEmpty {
            text +=
                "\n\(answer.leftOut.count) hop\(answer.leftOut.count == 1 ? "" : "s") left out: "
                + "\(answer.leftOut.count == 1 ? "it contradicts" : "they contradict") the time order\n"
            for hop in answer.leftOut { text += "  \(format.line(for: hop))\n" }
        }
        return text
    }

    private static func origin(_ origin: CustodyPath.Origin) -> String {
        switch origin {
        case .asked: "the dataset asked about"
        case .database: "a database"
        case .unknownMaking: "how it was made is not in the evidence"
        }
    }
}
