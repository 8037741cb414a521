/// An organisation or person who held, passed on or used data, or worked for someone who did.
public struct Party: Hashable, Sendable {
    /// An organisation, or a natural person.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case organization
        case person
    }

    /// Another spelling of the party's name, such as its Japanese name.
    public struct Alias: Hashable, Sendable {
        /// The other spelling.
        public var text: String
        /// BCP 47 language of the alias (`xml:lang`), when given.
        public var language: String?

        /// - Parameters:
        ///   - text: the other spelling.
        ///   - language: its BCP 47 language, which `label(in:)` matches.
        public init(_ text: String, language: String? = nil) {
            self.text = text
            self.language = language
        }
    }

    /// The party's id, unique among every item of the case.
    public var id: PartyID
    /// An organisation or a person.
    public var kind: Kind
    /// The name the case uses.
    public var name: String
    /// False for a party known to exist but not yet named, such as the dealer Pan World says it bought from.
    public var isIdentified: Bool
    /// Where the party is based, as the sources place it.
    public var whereabouts: String?
    /// Other spellings of the name, such as its Japanese name.
    public var aliases: [Alias]
    /// The investigator's reasoning (format 1.1 `<note>`).
    public var notes: [Note] = []
    /// Where the party was read, for diagnostics; nil for a party made in code.
    public var location: SourceLocation?

    /// - Parameters:
    ///   - id: unique among every item of the case.
    ///   - kind: an organisation or a person.
    ///   - name: the name the case uses.
    ///   - isIdentified: false for a party known to exist but not yet named.
    ///   - whereabouts: where the party is based.
    ///   - aliases: other spellings of the name.
    ///   - location: where it was read, for diagnostics.
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
