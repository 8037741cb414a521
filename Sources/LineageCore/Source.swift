/// A document that says something: a press release, a police statement, a ruling, an article, an invoice.
public struct Source: Hashable, Sendable {
    /// The source's id, unique among every item of the case.
    public var id: SourceID
    /// What the document is called, as it names itself.
    public var title: String
    /// When it was published or obtained: the case's knowledge time.
    public var date: EventTime
    /// Who published or issued it, when known.
    public var publisher: String?
    /// A URL, file name or exhibit number.
    public var reference: String?
    /// How reliable the source is (A-F), apart from how credible any one item of it is.
    public var reliability: Reliability
    /// The language of the document (BCP 47), e.g. `ja`.
    public var language: String?
    /// The investigator's reasoning (format 1.1 `<note>`).
    public var notes: [Note] = []
    /// Where the source was read, for diagnostics; nil for a source made in code.
    public var location: SourceLocation?

    /// - Parameters:
    ///   - id: unique among every item of the case.
    ///   - title: what the document is called.
    ///   - date: when it was published or obtained (knowledge time).
    ///   - publisher: who published it.
    ///   - reference: a URL, file name or exhibit number.
    ///   - reliability: how reliable the source is.
    ///   - language: the BCP 47 language of the document.
    ///   - location: where it was read, for diagnostics.
    public init(
        id: SourceID, title: String, date: EventTime, publisher: String? = nil, reference: String? = nil,
        reliability: Reliability, language: String? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.publisher = publisher
        self.reference = reference
        self.reliability = reliability
        self.language = language
        self.location = location
    }
}
