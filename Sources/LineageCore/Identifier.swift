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

public enum SourceKind: IdentifiedKind { public static let noun = "source" }
public enum PartyKindTag: IdentifiedKind { public static let noun = "party" }
public enum DatasetKindTag: IdentifiedKind { public static let noun = "dataset" }
public enum ClaimKindTag: IdentifiedKind { public static let noun = "claim" }

public typealias SourceID = Identifier<SourceKind>
public typealias PartyID = Identifier<PartyKindTag>
public typealias DatasetID = Identifier<DatasetKindTag>
public typealias ClaimID = Identifier<ClaimKindTag>
