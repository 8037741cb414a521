/// A document that says something: a press release, a police statement, a ruling, an article, an invoice.
public struct Source: Hashable, Sendable {
    public var id: SourceID
    public var title: String
    /// When it was published or obtained: the case's knowledge time.
    public var date: EventTime
    public var publisher: String?
    /// A URL, file name or exhibit number.
    public var reference: String?
    public var reliability: Reliability
    /// The language of the document (BCP 47), e.g. `ja`.
    public var language: String?
    /// The investigator's reasoning (format 1.1 `<note>`).
    public var notes: [Note] = []
    public var location: SourceLocation?

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
