/// The investigator's reasoning about an item (format 1.1 `<note>`): kept through the store, export, PROV and
/// `--json`, unlike an XML comment.
public struct Note: Hashable, Sendable {
    /// The note, as the investigator wrote it.
    public var text: String
    /// BCP 47 language of the note (`xml:lang`), when given.
    public var language: String?

    /// - Parameters:
    ///   - text: the note.
    ///   - language: its BCP 47 language, when given.
    public init(_ text: String, language: String? = nil) {
        self.text = text
        self.language = language
    }
}
