/// A kind of thing an evidence file names by id. The phantom type keeps ids of different kinds apart:
/// a `PartyID` cannot be passed where a `DatasetID` is expected, though both are strings in the file.
public protocol IdentifiedKind {
    /// How messages name this kind of thing: "source", "party", "dataset", "claim".
    static var noun: String { get }
}

/// The id of a source, party, dataset or claim, unique across the whole case.
public struct Identifier<Kind: IdentifiedKind>: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The id as written in the evidence.
    public let rawValue: String

    /// An id from text the caller knows to be valid (read through the schema, or written in code). Use
    /// `init(validating:)` for text a person typed.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

extension Identifier: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self.init(value)
    }
}

extension Identifier: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The kind tag of a source's id.
public enum SourceKind: IdentifiedKind { public static let noun = "source" }
/// The kind tag of a party's id.
public enum PartyKindTag: IdentifiedKind { public static let noun = "party" }
/// The kind tag of a dataset's id.
public enum DatasetKindTag: IdentifiedKind { public static let noun = "dataset" }
/// The kind tag of a claim's id.
public enum ClaimKindTag: IdentifiedKind { public static let noun = "claim" }

/// A source's id.
public typealias SourceID = Identifier<SourceKind>
/// A party's id.
public typealias PartyID = Identifier<PartyKindTag>
/// A dataset's id.
public typealias DatasetID = Identifier<DatasetKindTag>
/// A claim's id.
public typealias ClaimID = Identifier<ClaimKindTag>
