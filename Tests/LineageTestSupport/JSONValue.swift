import Foundation

/// A JSON answer as the binary printed it, read as typed values rather than through `[String: Any]` casts.
///
/// Tests read the wire format on purpose, not the answer types that wrote it: a key renamed in the encoder is a
/// change investigators' scripts would see, and a test decoding through the same type would not. Integers stay
/// integers (`int`), so a count of 2,570,000 is compared exactly. Accessors return `nil` for a value of another
/// kind, which makes `#expect(answer["dataset"]?.string == "list")` fail on a number or a missing key alike.
public enum JSONValue: Equatable, Sendable, Decodable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Reads a whole JSON text; throws when it is not JSON.
    public init(json text: String) throws {
        self = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// The member named `key` of an object; `nil` when there is none or this is not an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { members[key] } else { nil }
    }

    /// The element at `index` of an array; `nil` when out of range or this is not an array.
    public subscript(index: Int) -> JSONValue? {
        if case .array(let elements) = self, elements.indices.contains(index) { elements[index] } else { nil }
    }

    public var string: String? {
        if case .string(let value) = self { value } else { nil }
    }

    public var int: Int? {
        if case .integer(let value) = self { value } else { nil }
    }

    /// Any number, integral or not.
    public var double: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    public var bool: Bool? {
        if case .bool(let value) = self { value } else { nil }
    }

    public var array: [JSONValue]? {
        if case .array(let elements) = self { elements } else { nil }
    }

    /// This value when it is an object, so that members are read with the same subscript.
    public var object: JSONValue? {
        if case .object = self { self } else { nil }
    }

    /// An object's members by name.
    public var members: [String: JSONValue]? {
        if case .object(let members) = self { members } else { nil }
    }

    /// The names of an object's members, sorted; none when this is not an object.
    public var keys: [String] {
        if case .object(let members) = self { members.keys.sorted() } else { [] }
    }

    /// An array whose elements are all strings.
    public var strings: [String]? {
        guard case .array(let elements) = self else { return nil }
        let strings = elements.compactMap(\.string)
        return strings.count == elements.count ? strings : nil
    }

    public var isNull: Bool { self == .null }
}
