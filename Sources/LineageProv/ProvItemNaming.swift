import LineageCore

/// Gives each PROV element the evidence id it is imported under: a valid id for `check` (an XML NCName of at most
/// 256 characters), distinct for distinct qualified names and for an element that is both an entity and an agent.
///
/// Names in the `case:` namespace (what ListLineage exported) keep their local name, so a case comes back with its
/// own ids. Any other name keeps its prefix, `ex:list` becoming `ex.list`, so `ex:list` and `other:list` stay two
/// items. Where that is not yet a valid, free id, characters are replaced, long ids shortened with a hash of the
/// original, or a suffix added; each such id is reported with the name it stands for.
struct ProvItemNaming {
    /// What an element becomes, which decides the suffix when one qualified name is imported twice.
    enum Role: String, Hashable {
        case entity, agent, activity
    }

    /// An id that is not the plain spelling of its name, with the name it stands for.
    struct Renaming: Hashable {
        var id: String
        var original: QualifiedName
    }

    static let maximumLength = DatasetID.maximumLength

    private let caseIRI: String
    private let iris: [String: String]
    private var assigned: [Key: String] = [:]
    private var originals: [String: QualifiedName] = [:]
    private var taken: Set<String>
    private(set) var renamings: [Renaming] = []

    private struct Key: Hashable {
        var name: QualifiedName
        var role: Role
    }

    /// - Parameter reserved: ids already used (the placeholder source's).
    init(iris: [String: String], caseIRI: String, reserved: Set<String>) {
        self.iris = iris
        self.caseIRI = caseIRI
        taken = reserved
    }

    /// The id for `name` in `role`, the same every time it is asked.
    mutating func id(for name: QualifiedName, as role: Role) -> String {
        let key = Key(name: name, role: role)
        if let id = assigned[key] { return id }
        let plain = iris[name.prefix] == caseIRI || name.prefix.isEmpty ? name.local : "\(name.prefix).\(name.local)"
        var id = Self.valid(plain)
        if taken.contains(id) {
            id = Self.valid(plain + "-" + role.rawValue)
            var counter = 2
            while taken.contains(id) {
                id = Self.valid("\(plain)-\(role.rawValue)\(counter)")
                counter += 1
            }
        }
        if id != plain { renamings.append(Renaming(id: id, original: name)) }
        taken.insert(id)
        assigned[key] = id
        originals[id] = name
        return id
    }

    /// The qualified name an id was given for, as text (the id itself for one this naming did not give).
    func original(of id: String) -> String { originals[id]?.description ?? id }

    /// `text` made an NCName: characters an NCName cannot hold become `_`, a leading character that cannot start
    /// one gets a `_` before it, and an id over 256 characters is cut and ends with a hash of the whole text, so two
    /// long names that share their first 247 characters stay apart.
    static func valid(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(DatasetID.isNameCharacter(scalar) ? scalar : "_") }
        var id = String(scalars)
        if let first = id.unicodeScalars.first, !DatasetID.isNameStart(first) { id = "_" + id }
        if id.isEmpty { id = "_" }
        let count = id.unicodeScalars.count
        guard count > maximumLength else { return id }
        let kept = String(String.UnicodeScalarView(id.unicodeScalars.prefix(maximumLength - 9)))
        return kept + "-" + hash(text)
    }

    /// Eight hex digits of FNV-1a over the text's UTF-8: stable across runs and platforms.
    private static func hash(_ text: String) -> String {
        var value: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            value ^= UInt32(byte)
            value = value &* 0x0100_0193
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
