/// One source's word on one claim: which source, how credible this item is, and whether it supports the claim
/// or disputes it.
public struct Cite: Hashable, Sendable {
    public enum Stance: String, Sendable, Hashable, Codable {
        case supports
        case disputes
    }

    /// A passage of the source, in its own language.
    public struct Quote: Hashable, Sendable {
        public var text: String
        public var language: String?

        public init(_ text: String, language: String? = nil) {
            self.text = text
            self.language = language
        }
    }

    public var source: SourceID
    public var credibility: Credibility
    public var stance: Stance
    public var page: String?
    public var quotes: [Quote]
    public var location: SourceLocation?

    public init(
        source: SourceID, credibility: Credibility, stance: Stance = .supports, page: String? = nil,
        quotes: [Quote] = [], location: SourceLocation? = nil
    ) {
        self.source = source
        self.credibility = credibility
        self.stance = stance
        self.page = page
        self.quotes = quotes
        self.location = location
    }
}
