import LineageCore

/// Why a diagram cannot be drawn as asked: the options name something the case does not have. A struct wrapping
/// a code, so reasons can be added without breaking clients.
///
/// It says what is wrong in the diagram's terms (the batch, the focus, the trace, the depth) and carries the data;
/// a front end words it in its own terms (the CLI names its `--batch` option, the server its `batch` parameter).
public struct DiagramError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Why the options do not fit the case.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The reason's stable name, for scripts.
        public let rawValue: String
        /// Private: the members below are the whole catalogue.
        private init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The batch (`DiagramOptions.batch`) names no dataset.
        public static let unknownBatch = Code("unknown-batch")
        /// The focus (`DiagramOptions.focus`) names no party, dataset or claim, or a claim the filter left out.
        public static let unknownFocus = Code("unknown-focus")
        /// The trace (`DiagramOptions.trace`) names no dataset or party.
        public static let unknownTrace = Code("unknown-trace")
        /// The depth (`DiagramOptions.depth`) is negative.
        public static let negativeDepth = Code("negative-depth")
    }

    /// Why the diagram cannot be drawn.
    public var code: Code
    /// The id as the options gave it; empty for `negativeDepth`.
    public var id: String
    /// What the id had to name: "dataset", "party, dataset or claim", "dataset or party".
    public var expected: String
    /// What the id names instead ("party", "source"), or "claim" for a claim the filter left out; nil when the
    /// id names nothing in the case.
    public var actual: String?
    /// True when the id names a claim of the case that the filter (as of, known by, minimum grade) leaves out.
    public var leftOutByFilter: Bool
    /// The case's id nearest to `id`, when `id` names nothing and looks like a slip of the hand.
    public var suggestion: String?
    /// The depth asked for, for `negativeDepth`.
    public var depth: Int

    /// An id given for `code`'s option that names nothing usable in `evidence`, the case before filtering.
    init(_ code: Code, id: String, expected: String, in evidence: EvidenceCase) {
        self.code = code
        self.id = id
        self.expected = expected
        actual = evidence.noun(of: id)
        leftOutByFilter = false
        suggestion = actual == nil ? Suggestion.nearest(to: id, in: evidence.allIDs) : nil
        depth = 0
    }

    /// A focus on claim `id`, which the filter leaves out.
    static func focusLeftOutByFilter(claim id: String) -> Self {
        var error = Self(.unknownFocus, id: id, expected: "party, dataset or claim", in: EvidenceCase())
        error.actual = "claim"
        error.leftOutByFilter = true
        return error
    }

    /// A negative `depth`.
    static func negative(depth: Int) -> Self {
        var error = Self(.negativeDepth, id: "", expected: "", in: EvidenceCase())
        error.depth = depth
        return error
    }

    /// What is wrong, in the diagram's words: `the batch 'nope' names no dataset in the case`.
    public var description: String {
        worded(
            batch: "the batch", focus: "the focus", trace: "the trace", depth: "the depth",
            filters: "the as-of, known-by or minimum-grade filters")
    }

    /// The one sentence for each reason, with the names a front end gives the options: the library passes "the
    /// batch", the CLI `--batch`, so that only the names differ.
    /// - Parameters:
    ///   - batch, focus, trace, depth: what names each option.
    ///   - filters: what names the filters that leave claims out, as a plural.
    package func worded(batch: String, focus: String, trace: String, depth: String, filters: String) -> String {
        let subject: String
        switch code {
        case .unknownBatch: subject = batch
        case .unknownFocus: subject = focus
        case .unknownTrace: subject = trace
        default: return "\(depth) must be 0 or more, not \(self.depth)"
        }
        if leftOutByFilter {
            return "\(subject) names claim '\(id)', which \(filters) leave out"
        }
        if let actual {
            return "\(subject) '\(id)' is a \(actual); it must name a \(expected)"
        }
        return "\(subject) '\(id)' names no \(expected) in the case" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
    }
}
