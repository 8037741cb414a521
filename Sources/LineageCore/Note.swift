/// The investigator's reasoning about an item (format 1.1 `<note>`): kept through the store, export, PROV and
/// `--json`, unlike an XML comment.
public struct Note: Hashable, Sendable {
    public var text: String
    /// BCP 47 language of the note (`xml:lang`), when given.
    public var language: String?

    public init(_ text: String, language: String? = nil) {
        self.text = text
        self.language = language
    }
}
