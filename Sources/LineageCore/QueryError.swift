/// Why a query cannot answer: it names something the case does not have. A struct wrapping a code rather than a
/// closed enum, so reasons can be added without breaking clients.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Why a query cannot answer, from a closed catalogue: stable names for scripts.
    public struct Code: Hashable, Sendable, Encodable, CustomStringConvertible {
        /// The reason's stable name, for scripts.
        public let rawValue: String
        /// Private: the members below are the whole catalogue.
        private init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// Encoded as its name alone, as a `RawRepresentable` would be.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        /// The id names nothing in the case.
        public static let unknownID = Code("unknown-id")
        /// The id names something of another kind (a source where a dataset was expected, ...).
        public static let wrongKind = Code("wrong-kind")
    }

    /// The reason, from the catalogue.
    public var code: Code
    /// The id as the query was given it.
    public var id: String
    /// What the query expected the id to name: "dataset", "party", "dataset or party".
    public var expected: String
    /// What the id names instead, for `wrongKind`.
    public var actual: String?
    /// The case's id nearest to `id`, when `id` looks like a slip of the hand.
    public var suggestion: String?

    /// The error for `id`, which was expected to name an `expected`, looked up in `evidence`.
    package init(id: String, expected: String, in evidence: EvidenceCase) {
        self.id = id
        self.expected = expected
        actual = evidence.noun(of: id)
        code = actual == nil ? .unknownID : .wrongKind
        suggestion = actual == nil ? Suggestion.nearest(to: id, in: evidence.allIDs) : nil
    }

    public var description: String {
        if let actual {
            return "'\(id)' is a \(actual), not a \(expected)"
        }
        return "no \(expected) '\(id)' in the case" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
    }
}
