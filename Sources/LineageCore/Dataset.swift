/// A body of records: a system of record, one extraction from it, or a list a party compiled or sold.
public struct Dataset: Hashable, Sendable {
    /// A database, a batch extracted from one, or a list.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A system of record, such as the customer database.
        case database
        /// One extraction from a database.
        case batch
        /// A compilation a party made or sold.
        case list
    }

    /// The dataset's id, unique among every item of the case.
    public var id: DatasetID
    /// A database, a batch or a list.
    public var kind: Kind
    /// The name the case uses.
    public var name: String
    /// The parties whose customers the records describe, in document order: one for most datasets, several for a
    /// pooled store (a processor's database holding several organisations' customers, format 1.1).
    public var owners: [PartyID]
    /// How many records it holds, when a source says.
    public var records: RecordCount?
    /// The data items present: `postal-code`, `name-kana`, `phone`, ...
    public var fields: [String]
    /// Other names of the dataset (format 1.1 `<alias>` on `<dataset>`), so `--lang` labels datasets too.
    public var aliases: [Party.Alias]
    /// The investigator's reasoning (format 1.1 `<note>`).
    public var notes: [Note]
    /// Where the dataset was read, for diagnostics; nil for a dataset made in code.
    public var location: SourceLocation?

    /// - Parameters:
    ///   - id: unique among every item of the case.
    ///   - kind: a database, a batch or a list.
    ///   - name: the name the case uses.
    ///   - owners: the parties whose customers the records describe.
    ///   - records: how many records it holds.
    ///   - fields: the data items present.
    ///   - aliases: other names of the dataset.
    ///   - notes: the investigator's reasoning.
    ///   - location: where it was read, for diagnostics.
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

    /// A dataset with at most one owner, as version 1 of the format has it.
    ///
    /// - Parameters:
    ///   - id: unique among every item of the case.
    ///   - kind: a database, a batch or a list.
    ///   - name: the name the case uses.
    ///   - owner: the party whose customers the records describe; nil when no source says.
    ///   - records: how many records it holds.
    ///   - fields: the data items present.
    ///   - location: where it was read, for diagnostics.
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
