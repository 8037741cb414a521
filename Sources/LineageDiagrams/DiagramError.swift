/// Why a diagram cannot be drawn as asked: the options name something the case does not have. A struct wrapping
/// a code, so reasons can be added without breaking clients.
public struct DiagramError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// `--batch` names no dataset.
        public static let unknownBatch = Code(rawValue: "unknown-batch")
        /// `--focus` names no party, dataset or claim.
        public static let unknownFocus = Code(rawValue: "unknown-focus")
        /// `--trace` names no dataset or party.
        public static let unknownTrace = Code(rawValue: "unknown-trace")
        /// `--depth` is negative.
        public static let negativeDepth = Code(rawValue: "negative-depth")
    }

    public var code: Code
    /// What is wrong, in words, naming the id as given.
    public var description: String

    public init(_ code: Code, _ description: String) {
        self.code = code
        self.description = description
    }
}
