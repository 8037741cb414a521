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

    /// A party the answer names (the party traced, or a sender or holder on a path) that `<identity>` claims say
    /// may be another, with those others, best graded first.
    package struct PossibleIdentityJSON: Encodable {
        package var party: String
        package var possiblySameAs: [QueryJSON.IdentityJSON]
    }

    /// The id traced, and whether it is a "dataset" or a "party".
    package var subject: String
    package var kind: String
    package var filter: QueryJSON.FilterJSON
    package var holdings: [HoldingJSON]
    package var leftOut: [QueryJSON.LeftOutJSON]
    /// Every party the answer names that may be another, by id; empty when none may.
    package var possibleIdentities: [PossibleIdentityJSON]

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
        possibleIdentities = answer.partiesNamed.compactMap { party in
            let identities = prepared.evidence.identities(of: party)
            guard !identities.isEmpty else { return nil }
            return PossibleIdentityJSON(party: party.rawValue, possiblySameAs: identities.map(QueryJSON.IdentityJSON.init))
        }
    }
}

extension Provenance {
    /// Every party the answer names: the party traced, and each sender and holder on its paths, by id.
    package var partiesNamed: [PartyID] {
        var named: Set<PartyID> = []
        if case .party(let party) = subject { named.insert(party) }
        for holding in holdings {
            for path in holding.paths {
                for step in path.steps {
                    named.insert(step.holder)
                    if let sender = step.sender { named.insert(sender) }
                }
            }
        }
        return named.sorted()
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
        text += possibleIdentities(of: answer.partiesNamed, format)
        return text
    }

    /// The section naming, for each of `parties` that may be another, who (only when any may).
    private static func possibleIdentities(of parties: [PartyID], _ format: QueryText) -> String {
        let lines = parties.flatMap { party in
            format.identities(of: party).map { "  \(format.party(party)): \($0)\n" }
        }
        guard !lines.isEmpty else { return "" }
        return "\nparties possibly known under another name:\n" + lines.joined()
    }

    private static func origin(_ origin: CustodyPath.Origin) -> String {
        switch origin {
        case .asked: "the dataset asked about"
        case .database: "a database"
        case .unknownMaking: "how it was made is not in the evidence"
        }
    }
}
