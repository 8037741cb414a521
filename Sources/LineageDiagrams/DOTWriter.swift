/// Writes a `DOTGraph` as GraphViz DOT text. The one place where text meets DOT syntax: every id and every
/// value is written quoted and escaped, so a party called `A "B" \ C` or a dataset name with a newline can
/// neither corrupt the file nor inject attributes or statements into it.
///
/// Escaping, as GraphViz 2.43 reads it (checked against `dot -Tsvg`):
/// - quoted strings: `"` becomes `\"`, a line break (LF, CR, CRLF, ...) becomes `\n`, other control characters
///   become spaces, and `\` becomes `\\` in labels — `\\\\` in tooltips, which GraphViz unescapes twice — so
///   that `\N`, `\G` or `\l` in evidence stay literal instead of becoming a node name, the graph name or a
///   line break;
/// - HTML-like labels: `&`, `<`, `>` and `"` become entities, a line break in text becomes `<BR/>`, and `\`
///   becomes `\\`, since GraphViz expands `\G` and `\N` there too (even when written `&#92;G`);
/// - comments: each line of the text gets its own `//`, so no text can end a comment early.
public enum DOTWriter {
    /// Writes `graph` to `output`, one statement per line, indented by nesting.
    ///
    /// - Complexity: O(*n*) in the size of the output.
    public static func write(_ graph: DOTGraph, to output: inout some TextOutputStream) {
        output.write("digraph \"lineage\" {\n")
        attributeStatement("graph", graph.attributes, indent: 1, to: &output)
        attributeStatement("node", graph.nodeDefaults, indent: 1, to: &output)
        attributeStatement("edge", graph.edgeDefaults, indent: 1, to: &output)
        for statement in graph.statements {
            write(statement, indent: 1, to: &output)
        }
        output.write("}\n")
    }

    /// The DOT text of `graph`.
    public static func string(_ graph: DOTGraph) -> String {
        var text = ""
        write(graph, to: &text)
        return text
    }

    private static func write(_ statement: DOTStatement, indent: Int, to output: inout some TextOutputStream) {
        let pad = String(repeating: "    ", count: indent)
        switch statement {
        case .node(let id, let attributes):
            output.write(pad + quoted(id) + list(attributes) + ";\n")
        case .edge(let tail, let head, let attributes):
            output.write(pad + quoted(tail) + " -> " + quoted(head) + list(attributes) + ";\n")
        case .subgraph(let id, let attributes, let statements):
            output.write(pad + "subgraph " + quoted(id) + " {\n")
            attributeStatement("graph", attributes, indent: indent + 1, to: &output)
            for inner in statements { write(inner, indent: indent + 1, to: &output) }
            output.write(pad + "}\n")
        case .comment(let text):
            for line in lines(of: text) { output.write(pad + "// " + line + "\n") }
        }
    }

    private static func attributeStatement(
        _ keyword: String, _ attributes: DOTAttributes, indent: Int, to output: inout some TextOutputStream
    ) {
        guard !attributes.isEmpty else { return }
        output.write(String(repeating: "    ", count: indent) + keyword + list(attributes) + ";\n")
    }

    /// ` [name="value", ...]`, or nothing for no attributes.
    private static func list(_ attributes: DOTAttributes) -> String {
        guard !attributes.isEmpty else { return "" }
        let items = attributes.pairs.map { pair in
            assert(isAttributeName(pair.name), "attribute names come from code: \(pair.name)")
            return pair.name + "=" + value(pair.value)
        }
        return " [" + items.joined(separator: ", ") + "]"
    }

    private static func value(_ value: DOTValue) -> String {
        switch value {
        case .text(let text): quoted(text)
        case .tooltip(let text): quoted(text, backslash: "\\\\\\\\")
        case .html(let label): "<" + html(label) + ">"
        }
    }

    // MARK: Escaping

    /// `text` as a quoted DOT string, each backslash written as `backslash`.
    static func quoted(_ text: String, backslash: String = "\\\\") -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += backslash
            case "\"": result += "\\\""
            case _ where character.isNewline: result += "\\n"
            default: appendReplacingControls(character, to: &result)
            }
        }
        return result + "\""
    }

    /// The markup of an HTML-like label, its text escaped.
    static func html(_ label: HTMLLabel) -> String {
        switch label {
        case .text(let text):
            return lines(of: text).map { escapedHTML($0) }.joined(separator: "<BR/>")
        case .element(let name, let attributes, let children):
            assert(isAttributeName(name), "element names come from code: \(name)")
            let attributeText = attributes.map { attribute in
                assert(isAttributeName(attribute.name), "attribute names come from code")
                return " \(attribute.name)=\"\(escapedHTML(attribute.value))\""
            }.joined()
            return "<\(name)\(attributeText)>" + children.map(html).joined() + "</\(name)>"
        }
    }

    /// Text safe inside HTML-like markup, in text or in a quoted attribute value, backslashes doubled. Line breaks
    /// become spaces here; `html(_:)` turns them into `<BR/>` before text gets this far.
    static func escapedHTML(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\\": result += "\\\\"
            default: result.unicodeScalars.append(isControl(scalar) && scalar != "\t" ? " " : scalar)
            }
        }
        return result
    }

    /// The lines of `text`, split at every kind of line break (LF, CR, CRLF, U+2028, ...).
    private static func lines(of text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }

    /// Appends `character`, as a space if it contains a control character other than a tab.
    private static func appendReplacingControls(_ character: Character, to result: inout String) {
        if character.unicodeScalars.contains(where: { isControl($0) && $0 != "\t" }) {
            result += " "
        } else {
            result.append(character)
        }
    }

    /// C0 and C1 control characters, and DEL: never meaningful in a diagram, and some end GraphViz's input.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// A name GraphViz reads unquoted: a letter or `_`, then letters, digits, `_` or (in HTML) `-`.
    private static func isAttributeName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else {
            return false
        }
        return name.unicodeScalars.allSatisfy {
            $0 == "_" || $0 == "-" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        }
    }
}
