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
    /// The party whose customers the records describe.
    public var owner: PartyID?
    public var records: RecordCount?
    /// The data items present: `postal-code`, `name-kana`, `phone`, ...
    public var fields: [String]
    public var location: SourceLocation?

    public init(
        id: DatasetID, kind: Kind, name: String, owner: PartyID? = nil, records: RecordCount? = nil,
        fields: [String] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.owner = owner
        self.records = records
        self.fields = fields
        self.location = location
    }
}
