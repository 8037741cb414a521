import ArgumentParser
import LineageCore

extension Lineage {
    /// `lineage trace`: where a dataset, or what a party holds, came from.
    struct Trace: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Trace a dataset, or every dataset a party holds, back to where the evidence begins.",
            discussion: """
                Lists every path that respects time, from a database (or from a batch or list whose making is \
                not in the evidence) to the dataset or to the party's copy, one hop a line with its date, count, \
                grade and [sources]. Hops dated too late to lead on are left out and listed. Parties that trade \
                in cycles are followed once per path. See docs/queries.md.
                """
        )

        @Argument(help: "The dataset or party to trace.")
        var subject: String

        @OptionGroup var input: EvidenceOptions
        @OptionGroup var filter: FilterOptions

        @Option(help: "List at most this many paths for each dataset.")
        var limit = 100

        @Flag(help: "Print the answer as JSON on standard output.")
        var json = false

        func validate() throws {
            guard limit > 0 else { throw ValidationError("--limit must be a positive number of paths.") }
        }

        func run() throws {
            let prepared = try PreparedCase(input: input, filter: filter)
            let answer: Provenance
            switch try Provenance.Subject(resolving: subject, in: prepared.evidence) {
            case .dataset(let dataset): answer = try prepared.custody.provenance(of: dataset, limit: limit)
            case .party(let party): answer = try prepared.custody.provenance(of: party, limit: limit)
            }
            if json {
                try JSONOutput.print(TraceJSON(answer, prepared))
            } else {
                print(Self.text(answer, prepared), terminator: "")
            }
        }

        static func text(_ answer: Provenance, _ prepared: PreparedCase) -> String {
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

        static func origin(_ origin: CustodyPath.Origin) -> String {
            switch origin {
            case .asked: "the dataset asked about"
            case .database: "a database"
            case .unknownMaking: "how it was made is not in the evidence"
            }
        }
    }
}

/// The answer of `lineage trace --json`.
struct TraceJSON: Encodable {
    struct HoldingJSON: Encodable {
        var party: String?
        var dataset: String
        var truncated: Bool
        var paths: [QueryJSON.PathJSON]

        func encode(to encoder: any Encoder) throws {
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
    var subject: String
    var kind: String
    var filter: QueryJSON.FilterJSON
    var holdings: [HoldingJSON]
    var leftOut: [QueryJSON.LeftOutJSON]

    init(_ answer: Provenance, _ prepared: PreparedCase) {
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
