/// A body of records: a system of record, one extraction from it, or a list a party compiled or sold.
public struct Dataset: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A system of record, such as the customer database.
        case database
        /// One extraction from a database.
        case batch
        /// A compilation a party made or sold.
        case list
    }

    public var id: DatasetID
    public var kind: Kind
    public var name: String
    /// The parties whose customers the records describe, in document order: one for most datasets, several for a
    /// pooled store (a processor's database holding several organisations' customers, format 1.1).
    public var owners: [PartyID]
    public var records: RecordCount?
    /// The data items present: `postal-code`, `name-kana`, `phone`, ...
    public var fields: [String]
    /// Other names of the dataset (format 1.1 `<alias>` on `<dataset>`), so `--lang` labels datasets too.
    public var aliases: [Party.Alias]
    /// The investigator's reasoning (format 1.1 `<note>`).
    public var notes: [Note]
    public var location: SourceLocation?

    public init(
        id: DatasetID, kind: Kind, name: String, owners: [PartyID], records: RecordCount? = nil,
        fields: [String] = [], aliases: [Party.Alias] = [], notes: [Note] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.owners = owners
        self.records = records
        self.fields = fields
        self.aliases = aliases
        self.notes = notes
        self.location = location
    }

    public init(
        id: DatasetID, kind: Kind, name: String, owner: PartyID? = nil, records: RecordCount? = nil,
        fields: [String] = [], location: SourceLocation? = nil
    ) {
        self.init(
            id: id, kind: kind, name: name, owners: owner.map { [$0] } ?? [], records: records, fields: fields,
            location: location)
    }

    /// The first owner: the only one in a version 1 file. Setting it replaces every owner.
    public var owner: PartyID? {
        get { owners.first }
        set { owners = newValue.map { [$0] } ?? [] }
    }

    /// The name to show for a language: the first alias in that language, else the main name.
    public func label(in language: String?) -> String {
        guard let language else { return name }
        return aliases.first { $0.language?.lowercased().hasPrefix(language.lowercased()) ?? false }?.text ?? name
    }
}
