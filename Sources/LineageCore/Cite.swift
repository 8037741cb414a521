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
    public var page: String?
    /// The passages that say it, in document order.
    public var quotes: [Quote] {
        get { storedQuotes.array }
        set { storedQuotes = QuoteList(newValue) }
    }
    /// Where the cite was read, for diagnostics; nil for a cite made in code.
    public var location: SourceLocation?
    /// The quotes, the usual single one inline: an array of one quote cost a 64-byte allocation beside each cite
    /// (`ClaimStorageTests`). Declared before the one-byte fields so that they fill its tail.
    private var storedQuotes: QuoteList
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
        self.page = page
        self.storedQuotes = QuoteList(quotes)
        self.location = location
    }
}

extension Cite {
    /// A cite's quotes: none, one held inline, or more in an array. Always the shortest form that holds them,
    /// so that equal quotes are equal lists.
    private enum QuoteList: Hashable, Sendable {
        case none
        case one(Quote)
        case many([Quote])

        init(_ quotes: [Quote]) {
            switch quotes.count {
            case 0: self = .none
            case 1: self = .one(quotes[0])
            default: self = .many(quotes)
            }
        }

        var array: [Quote] {
            switch self {
            case .none: []
            case .one(let quote): [quote]
            case .many(let quotes): quotes
            }
        }
    }
}
