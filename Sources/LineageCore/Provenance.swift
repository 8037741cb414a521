/// The answer to `CustodyGraph.provenance(of:)`: the paths by which a dataset, or each dataset a party holds, came
/// from the data it was made of, back to where the evidence begins.
public struct Provenance: Hashable, Sendable {
    /// What a trace asks about.
    public enum Subject: Hashable, Sendable {
        case dataset(DatasetID)
        case party(PartyID)

        /// The dataset or party `id` names in `evidence`.
        public init(resolving id: String, in evidence: EvidenceCase) throws(QueryError) {
            switch evidence.noun(of: id) {
            case DatasetKindTag.noun: self = .dataset(DatasetID(id))
            case PartyKindTag.noun: self = .party(PartyID(id))
            default: throw QueryError(id: id, expected: "dataset or party", in: evidence)
            }
        }
    }

    /// One dataset traced: the dataset asked about, or one the party asked about holds.
    public struct Holding: Hashable, Sendable {
        /// The party holding it, when a party was asked about; nil for the dataset itself.
        public var party: PartyID?
        /// The dataset traced.
        public var dataset: DatasetID
        /// Every time-respecting path from a dataset no claim makes (a database, or a gap) to the holding, up to the
        /// query's limit: earliest first, then shortest.
        public var paths: [CustodyPath]
        /// Whether there are paths beyond the limit, which are not listed.
        public var isTruncated: Bool
    }

    /// The dataset or party asked about.
    public let subject: Subject
    /// For a dataset, one holding: the dataset itself. For a party, each dataset it holds, in dataset-id order.
    public let holdings: [Holding]
    /// Hops that lead towards a holding but are dated after the hop they would lead into: left out of every path,
    /// in claim-id order.
    public let leftOut: [LeftOutHop]
}
