/// A GraphViz HTML-like label (tables, fonts, line breaks) as a tree of values. Text stays raw here; `DOTWriter`
/// escapes `&`, `<`, `>` and `"` when it writes the label, so a source title such as `A&B <list>` can neither
/// break the markup nor add to it.
public indirect enum HTMLLabel: Hashable, Sendable {
    /// Text; a newline in it becomes `<BR/>`.
    case text(String)
    /// An element such as `TABLE`, `TR`, `TD`, `FONT` or `B`. Names and attribute names come from code.
    case element(String, [Attribute], [HTMLLabel])

    /// One attribute of an element; the value may come from evidence and is escaped.
    public struct Attribute: Hashable, Sendable {
        /// The attribute's name (`COLOR`, `BORDER`), from code.
        public var name: String
        /// Its value, raw: `DOTWriter` escapes it.
        public var value: String

        /// The attribute `name="value"`.
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }
}

extension HTMLLabel {
    /// A borderless table of rows, the usual frame for a legend or a source table.
    public static func table(_ attributes: [Attribute] = [], _ rows: [HTMLLabel]) -> HTMLLabel {
        .element("TABLE", attributes, rows)
    }

    /// A table row (`TR`) of `cells`.
    public static func row(_ cells: [HTMLLabel]) -> HTMLLabel {
        .element("TR", [], cells)
    }

    /// A table cell (`TD`) holding `content`.
    public static func cell(_ attributes: [Attribute] = [], _ content: HTMLLabel) -> HTMLLabel {
        .element("TD", attributes, [content])
    }

    /// Text in a colour and size; nil leaves the inherited one.
    public static func font(color: String? = nil, pointSize: Int? = nil, _ content: HTMLLabel) -> HTMLLabel {
        var attributes: [Attribute] = []
        if let color { attributes.append(Attribute("COLOR", color)) }
        if let pointSize { attributes.append(Attribute("POINT-SIZE", String(pointSize))) }
        return .element("FONT", attributes, [content])
    }

    /// `content` in bold (`B`).
    public static func bold(_ content: HTMLLabel) -> HTMLLabel {
        .element("B", [], [content])
    }
}
