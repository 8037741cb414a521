/// A W3C PROV document, as far as ListLineage writes and reads one: namespaces and a flat list of records.
///
/// One model serves all three notations (PROV-N, PROV-JSON, PROV-XML), so the mapping from a case is written
/// once and each writer only spells it.
public struct ProvDocument: Hashable, Sendable {
    /// Namespace prefixes and their IRIs, in the order declared.
    public var namespaces: [Namespace]
    /// The statements, in document order.
    public var records: [ProvRecord]

    /// A document declaring `namespaces` and holding `records`.
    public init(namespaces: [Namespace] = [], records: [ProvRecord] = []) {
        self.namespaces = namespaces
        self.records = records
    }

    /// A namespace declaration: `prefix` stands for `iri` in qualified names.
    public struct Namespace: Hashable, Sendable {
        /// The short name used in qualified names (`ex` in `ex:list`).
        public var prefix: String
        /// The IRI the prefix stands for.
        public var iri: String

        /// The declaration of `prefix` as `iri`.
        public init(_ prefix: String, _ iri: String) {
            self.prefix = prefix
            self.iri = iri
        }
    }

    /// The records of one kind, in document order.
    public func records(_ kind: ProvRecord.Kind) -> [ProvRecord] {
        records.filter { $0.kind == kind }
    }
}

/// A qualified name such as `ll:Transfer`: a prefix and a local part.
public struct QualifiedName: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The namespace prefix; empty for a name without one.
    public var prefix: String
    /// The part after the colon.
    public var local: String

    /// The name `prefix:local`.
    public init(_ prefix: String, _ local: String) {
        self.prefix = prefix
        self.local = local
    }

    /// Parses `prefix:local`; a name without a colon gets an empty prefix.
    public init(parsing text: String) {
        if let colon = text.firstIndex(of: ":") {
            self.init(String(text[..<colon]), String(text[text.index(after: colon)...]))
        } else {
            self.init("", text)
        }
    }

    public var description: String { prefix.isEmpty ? local : "\(prefix):\(local)" }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }
}

/// An attribute value: a string (with an optional language), a number, a boolean, a qualified name, or a
/// literal of another XML Schema type kept as text.
public enum ProvValue: Hashable, Sendable {
    case string(String, language: String?)
    case integer(Int64)
    case boolean(Bool)
    case qualifiedName(QualifiedName)
    case typed(String, type: QualifiedName)

    /// The value as plain text, whatever its type.
    public var text: String {
        switch self {
        case .string(let text, _), .typed(let text, _): text
        case .integer(let number): String(number)
        case .boolean(let flag): flag ? "true" : "false"
        case .qualifiedName(let name): name.description
        }
    }
}

/// One PROV statement: an element (entity, activity, agent) or a relation between them.
public struct ProvRecord: Hashable, Sendable {
    /// Which PROV statement this is (`entity`, `wasGeneratedBy`, ...).
    public var kind: Kind
    /// The record's own identifier; relations may have none.
    public var id: QualifiedName?
    /// The formal arguments by name (`activity`, `entity`, `agent`, ...), as `Kind.arguments` lists them.
    public var arguments: [String: QualifiedName]
    /// `startTime`, `endTime` or `time`, as xsd:dateTime text.
    public var times: [String: String]
    /// Further attributes, in order; a name may repeat (PROV attributes are multi-valued).
    public var attributes: [(name: QualifiedName, value: ProvValue)]

    /// A record of `kind`; the arguments, times and attributes default to none.
    public init(
        _ kind: Kind, id: QualifiedName?, arguments: [String: QualifiedName] = [:], times: [String: String] = [:],
        attributes: [(name: QualifiedName, value: ProvValue)] = []
    ) {
        self.kind = kind
        self.id = id
        self.arguments = arguments
        self.times = times
        self.attributes = attributes
    }

    /// Every value of the attribute `name`.
    public func values(of name: QualifiedName) -> [ProvValue] {
        attributes.filter { $0.name == name }.map(\.value)
    }

    /// The first value of the attribute `name`.
    public func value(of name: QualifiedName) -> ProvValue? {
        attributes.first { $0.name == name }?.value
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.kind == rhs.kind && lhs.id == rhs.id && lhs.arguments == rhs.arguments && lhs.times == rhs.times
            && lhs.attributes.elementsEqual(rhs.attributes) { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(id)
        hasher.combine(arguments)
    }
}
