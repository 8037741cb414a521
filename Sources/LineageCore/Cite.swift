/// One source's word on one claim: which source, how credible this item is, and whether it supports the claim
/// or disputes it.
public struct Cite: Hashable, Sendable {
    /// Whether the source backs the claim or says it did not happen as claimed.
    public enum Stance: String, Sendable, Hashable, Codable {
        case supports
        case disputes
    }

    /// A passage of the source, in its own language.
    public struct Quote: Hashable, Sendable {
        /// The passage, as the source words it.
        public var text: String
        /// BCP 47 language of the passage (`xml:lang`), when given.
        public var language: String?

        /// - Parameters:
        ///   - text: the passage, as the source words it.
        ///   - language: its BCP 47 language, when known.
        public init(_ text: String, language: String? = nil) {
            self.text = text
            self.language = language
        }
    }

    /// The source cited.
    public var source: SourceID
    /// Where in the source: a page, paragraph or section, as the investigator wrote it.
    public var page: String? {
        get { detail.page }
        set { detail = Detail(page: newValue, quotes: quotes) }
    }
    /// The passages that say it, in document order.
    public var quotes: [Quote] {
        get { detail.quotes }
        set { detail = Detail(page: page, quotes: newValue) }
    }
    /// Where the cite was read, for diagnostics; nil for a cite made in code.
    public var location: SourceLocation?
    /// The page and the quotes, the usual single quote inline (`ClaimStorageTests`); declared before the
    /// one-byte fields so that they fill its tail (a cite is 75 bytes, 80 in an array).
    private var detail: Detail
    /// How credible this item of the source is (1-6), apart from how reliable the source is.
    public var credibility: Credibility
    /// Whether the source supports or disputes the claim.
    public var stance: Stance

    /// A cite of `source`, supporting the claim unless `stance` says otherwise.
    ///
    /// - Parameters:
    ///   - source: the source cited; `EvidenceCase.check()` reports an id no source has.
    ///   - credibility: how credible this item of the source is.
    ///   - stance: supports (the default) or disputes.
    ///   - page: where in the source.
    ///   - quotes: the passages that say it.
    ///   - location: where the cite was read, for diagnostics.
    public init(
        source: SourceID, credibility: Credibility, stance: Stance = .supports, page: String? = nil,
        quotes: [Quote] = [], location: SourceLocation? = nil
    ) {
        self.source = source
        self.credibility = credibility
        self.stance = stance
        detail = Detail(page: page, quotes: quotes)
        self.location = location
    }
}

extension Cite {
    /// A cite's page and quotes. A cite was 80 bytes and its one quote a 64-byte array beside it; the usual cite,
    /// with no page and one quote, now keeps the quote's two strings inline and the rest goes out of line. Always
    /// the first form that holds the values, so that equal cites have equal details.
    private enum Detail: Hashable, Sendable {
        /// No page, no quote.
        case none
        /// No page, one quote: its text and language.
        case quote(String, language: String?)
        /// A page or more than one quote.
        indirect case general(page: String?, quotes: [Quote])

        init(page: String?, quotes: [Quote]) {
            switch (page, quotes.count) {
            case (nil, 0): self = .none
            case (nil, 1): self = .quote(quotes[0].text, language: quotes[0].language)
            default: self = .general(page: page, quotes: quotes)
            }
        }

        var page: String? {
            switch self {
            case .none, .quote: nil
            case .general(let page, _): page
            }
        }

        var quotes: [Quote] {
            switch self {
            case .none: []
            case .quote(let text, let language): [Quote(text, language: language)]
            case .general(_, let quotes): quotes
            }
        }
    }
}
