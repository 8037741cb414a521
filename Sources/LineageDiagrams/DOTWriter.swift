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
        output.write(string(graph))
    }

    /// The DOT text of `graph`, built in one buffer: a diagram of 100,000 claims is tens of megabytes, and
    /// building each statement from pieces first cost as much as laying out the labels.
    public static func string(_ graph: DOTGraph) -> String {
        var text = ""
        text.reserveCapacity(256 + graph.statements.count * 160)
        text += "digraph \"lineage\" {\n"
        attributeStatement("graph", graph.attributes, indent: 1, to: &text)
        attributeStatement("node", graph.nodeDefaults, indent: 1, to: &text)
        attributeStatement("edge", graph.edgeDefaults, indent: 1, to: &text)
        for statement in graph.statements {
            write(statement, indent: 1, to: &text)
        }
        text += "}\n"
        return text
    }

    private static func write(_ statement: DOTStatement, indent: Int, to output: inout String) {
        switch statement {
        case .node(let id, let attributes):
            pad(indent, to: &output)
            appendQuoted(id, to: &output)
            list(attributes, to: &output)
            output += ";\n"
        case .edge(let tail, let head, let attributes):
            pad(indent, to: &output)
            appendQuoted(tail, to: &output)
            output += " -> "
            appendQuoted(head, to: &output)
            list(attributes, to: &output)
            output += ";\n"
        case .subgraph(let id, let attributes, let statements):
            pad(indent, to: &output)
            output += "subgraph "
            appendQuoted(id, to: &output)
            output += " {\n"
            attributeStatement("graph", attributes, indent: indent + 1, to: &output)
            for inner in statements { write(inner, indent: indent + 1, to: &output) }
            pad(indent, to: &output)
            output += "}\n"
        case .comment(let text):
            for line in LineBreaks.lines(of: text) {
                pad(indent, to: &output)
                output += "// "
                output.append(contentsOf: line)
                output += "\n"
            }
        }
    }

    private static func pad(_ indent: Int, to output: inout String) {
        for _ in 0..<indent { output += "    " }
    }

    private static func attributeStatement(_ keyword: String, _ attributes: DOTAttributes, indent: Int, to output: inout String) {
        guard !attributes.isEmpty else { return }
        pad(indent, to: &output)
        output += keyword
        list(attributes, to: &output)
        output += ";\n"
    }

    /// ` [name="value", ...]`, or nothing for no attributes.
    private static func list(_ attributes: DOTAttributes, to output: inout String) {
        guard !attributes.isEmpty else { return }
        output += " ["
        for (index, pair) in attributes.pairs.enumerated() {
            assert(isAttributeName(pair.name), "attribute names come from code: \(pair.name)")
            if index > 0 { output += ", " }
            output += pair.name
            output += "="
            switch pair.value {
            case .text(let text): appendQuoted(text, to: &output)
            case .tooltip(let text): appendQuoted(text, backslash: "\\\\\\\\", to: &output)
            case .html(let label):
                output += "<"
                appendHTML(label, to: &output)
                output += ">"
            }
        }
        output += "]"
    }

    // MARK: Escaping

    /// `text` as a quoted DOT string, each backslash written as `backslash`.
    static func quoted(_ text: String, backslash: String = "\\\\") -> String {
        var result = ""
        appendQuoted(text, backslash: backslash, to: &result)
        return result
    }

    /// Appends `text` quoted, by a scan of its UTF-8: text with nothing to escape (most of it) is copied whole,
    /// else each run between the bytes that need escaping is. Escaping scalar by scalar also escapes a `"` or `\`
    /// that a combining mark follows, which a walk by characters took for another character and left bare.
    private static func appendQuoted(_ text: String, backslash: String = "\\\\", to output: inout String) {
        output += "\""
        defer { output += "\"" }
        let utf8 = text.utf8
        guard utf8.contains(where: needsQuoting) else {
            output += text
            return
        }
        var runStart = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard needsQuoting(byte) else {
                index = utf8.index(after: index)
                continue
            }
            let replacement: String?
            var next = utf8.index(after: index)
            if let end = LineBreaks.breakEnd(in: utf8, at: index) {
                replacement = "\\n"
                next = end
            } else if byte == UInt8(ascii: "\\") {
                replacement = backslash
            } else if byte == UInt8(ascii: "\"") {
                replacement = "\\\""
            } else if let end = controlEnd(in: utf8, at: index), byte != UInt8(ascii: "\t") {
                replacement = " "
                next = end
            } else {
                replacement = nil
            }
            if let replacement {
                output.append(contentsOf: Substring(utf8[runStart..<index]))
                output += replacement
                runStart = next
            }
            index = next
        }
        output.append(contentsOf: Substring(utf8[runStart..<utf8.endIndex]))
    }

    /// Bytes that may start something a quoted string must not hold as it is: `\`, `"`, C0 controls and DEL, and
    /// the lead bytes of C1 controls (C2) and of U+2028 and U+2029 (E2).
    private static func needsQuoting(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") || byte == 0xC2 || byte == 0xE2
    }

    /// If a control character (C0, DEL, C1) starts at `index`, the index just past it.
    private static func controlEnd(in utf8: String.UTF8View, at index: String.Index) -> String.Index? {
        let byte = utf8[index]
        if byte < 0x20 || byte == 0x7F { return utf8.index(after: index) }
        guard byte == 0xC2 else { return nil }
        let next = utf8.index(after: index)
        guard next != utf8.endIndex, (0x80...0x9F).contains(utf8[next]) else { return nil }
        return utf8.index(after: next)
    }

    /// The markup of an HTML-like label, its text escaped.
    static func html(_ label: HTMLLabel) -> String {
        var result = ""
        appendHTML(label, to: &result)
        return result
    }

    private static func appendHTML(_ label: HTMLLabel, to output: inout String) {
        switch label {
        case .text(let text):
            for (number, line) in LineBreaks.lines(of: text).enumerated() {
                if number > 0 { output += "<BR/>" }
                appendEscapedHTML(line, to: &output)
            }
        case .element(let name, let attributes, let children):
            assert(isAttributeName(name), "element names come from code: \(name)")
            output += "<"
            output += name
            for attribute in attributes {
                assert(isAttributeName(attribute.name), "attribute names come from code")
                output += " "
                output += attribute.name
                output += "=\""
                appendEscapedHTML(attribute.value[...], to: &output)
                output += "\""
            }
            output += ">"
            for child in children { appendHTML(child, to: &output) }
            output += "</"
            output += name
            output += ">"
        }
    }

    /// Text safe inside HTML-like markup, in text or in a quoted attribute value, backslashes doubled. Line breaks
    /// become spaces here; `html(_:)` turns them into `<BR/>` before text gets this far.
    static func escapedHTML(_ text: String) -> String {
        var result = ""
        appendEscapedHTML(text[...], to: &result)
        return result
    }

    private static func appendEscapedHTML(_ text: Substring, to output: inout String) {
        guard text.unicodeScalars.contains(where: needsHTMLEscape) else {
            output.append(contentsOf: text)
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "\\": output += "\\\\"
            default: output.unicodeScalars.append(isControl(scalar) && scalar != "\t" ? " " : scalar)
            }
        }
    }

    private static func needsHTMLEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "\\": true
        default: isControl(scalar) && scalar != "\t"
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
