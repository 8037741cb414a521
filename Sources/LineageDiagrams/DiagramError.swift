/// Why a diagram cannot be drawn as asked: the options name something the case does not have. A struct wrapping
/// a code, so reasons can be added without breaking clients.
public struct DiagramError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The reason's stable name, for scripts.
        public let rawValue: String
        /// Private: the members below are the whole catalogue.
        private init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// `--batch` names no dataset.
        public static let unknownBatch = Code("unknown-batch")
        /// `--focus` names no party, dataset or claim.
        public static let unknownFocus = Code("unknown-focus")
        /// `--trace` names no dataset or party.
        public static let unknownTrace = Code("unknown-trace")
        /// `--depth` is negative.
        public static let negativeDepth = Code("negative-depth")
    }

    public var code: Code
    /// What is wrong, in words, naming the id as given.
    public var description: String

    public init(_ code: Code, _ description: String) {
        self.code = code
        self.description = description
    }
}
