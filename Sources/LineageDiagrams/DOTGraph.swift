/// A GraphViz directed graph as values: what to draw, with no DOT syntax in it. `DOTWriter` is the only code that
/// turns it into text, so every name and label taken from evidence is quoted and escaped in exactly one place.
///
/// Statements keep the order they were added in; builders add them in id order, so the same case always gives
/// the same bytes.
public struct DOTGraph: Hashable, Sendable {
    /// Attributes of the graph itself (`rankdir`, `label`, ...).
    public var attributes: DOTAttributes
    /// Defaults for every node (`node [...]`).
    public var nodeDefaults: DOTAttributes
    /// Defaults for every edge (`edge [...]`).
    public var edgeDefaults: DOTAttributes
    /// The nodes, edges and subgraphs, in the order they are written.
    public var statements: [DOTStatement]

    /// A graph with the given attributes and statements; each defaults to none.
    public init(
        attributes: DOTAttributes = [:], nodeDefaults: DOTAttributes = [:], edgeDefaults: DOTAttributes = [:],
        statements: [DOTStatement] = []
    ) {
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.statements = statements
    }
}

/// One line of a graph's body.
public enum DOTStatement: Hashable, Sendable {
    /// A node and its attributes.
    case node(id: String, DOTAttributes)
    /// An edge from `tail` to `head` and its attributes.
    case edge(tail: String, head: String, DOTAttributes)
    /// A subgraph; its id starting with `cluster` makes GraphViz draw a box around it.
    case subgraph(id: String, DOTAttributes, [DOTStatement])
    /// A `//` comment, for readers of the DOT text (how much a filter left out, for instance).
    case comment(String)
}

/// An attribute value: text, tooltip text, or an HTML-like label (GraphViz's `label=<...>`).
///
/// Text and tooltips differ only in how many times GraphViz unescapes them (once for labels, twice for tooltips),
/// so the writer must know which it is writing for `\G` in evidence to stay `\G` rather than become the graph's
/// name.
public enum DOTValue: Hashable, Sendable, ExpressibleByStringLiteral {
    /// Text, written as a quoted DOT string: labels, and values such as colours. A newline in it becomes a
    /// centred line break in labels.
    case text(String)
    /// A tooltip (SVG hover text), which GraphViz unescapes twice.
    case tooltip(String)
    /// An HTML-like label: tables, fonts and line breaks, with every piece of text escaped by the writer.
    case html(HTMLLabel)

    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

/// Attributes in the order they were set, so output does not depend on hashing. Setting a name again replaces
/// its value in place.
public struct DOTAttributes: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    /// The attributes in the order first set.
    public private(set) var pairs: [(name: String, value: DOTValue)]

    /// - Parameter elements: names are GraphViz attribute names from code (`label`, `style`), never evidence text.
    public init(dictionaryLiteral elements: (String, DOTValue)...) {
        pairs = []
        for (name, value) in elements { self[name] = value }
    }

    /// Whether no attribute is set.
    public var isEmpty: Bool { pairs.isEmpty }

    /// The value of the attribute `name`; setting it replaces the value in place or appends a new attribute,
    /// setting nil removes it.
    public subscript(name: String) -> DOTValue? {
        get { pairs.first { $0.name == name }?.value }
        set {
            let index = pairs.firstIndex { $0.name == name }
            switch (index, newValue) {
            case (let index?, let value?): pairs[index].value = value
            case (let index?, nil): pairs.remove(at: index)
            case (nil, let value?): pairs.append((name, value))
            case (nil, nil): break
            }
        }
    }

    /// These attributes with `other`'s set on top.
    public func merging(_ other: DOTAttributes) -> DOTAttributes {
        var merged = self
        for (name, value) in other.pairs { merged[name] = value }
        return merged
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for (name, value) in pairs {
            hasher.combine(name)
            hasher.combine(value)
        }
    }
}
