/// An organisation or person who held, passed on or used data, or worked for someone who did.
public struct Party: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case organization
        case person
    }

    /// Another spelling of the party's name, such as its Japanese name.
    public struct Alias: Hashable, Sendable {
        public var text: String
        /// BCP 47 language of the alias (`xml:lang`), when given.
        public var language: String?

        public init(_ text: String, language: String? = nil) {
            self.text = text
            self.language = language
        }
    }

    public var id: PartyID
    public var kind: Kind
    public var name: String
    /// False for a party known to exist but not yet named, such as the dealer Pan World says it bought from.
    public var isIdentified: Bool
    public var whereabouts: String?
    public var aliases: [Alias]
    /// The investigator's reasoning (format 1.1 `<note>`).
    public var notes: [Note] = []
    public var location: SourceLocation?

    public init(
        id: PartyID, kind: Kind, name: String, isIdentified: Bool = true, whereabouts: String? = nil,
        aliases: [Alias] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.isIdentified = isIdentified
        self.whereabouts = whereabouts
        self.aliases = aliases
        self.location = location
    }

    /// The name to show for a language: the first alias in that language, else the main name.
    public func label(in language: String?) -> String {
        guard let language else { return name }
        return aliases.first { $0.language?.lowercased().hasPrefix(language.lowercased()) ?? false }?.text ?? name
    }
}
