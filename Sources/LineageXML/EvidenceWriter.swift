public import LineageCore

/// Writes a case as evidence XML that `lineage check` accepts: the inverse of the reader.
///
/// Output is deterministic, byte for byte: sources, then parties, datasets and claims, each sorted by id;
/// attributes in the order the format lists them; optional attributes only when set, defaults (`unit="records"`,
/// `identified="true"`, `stance="supports"`, `approx="false"`, and a `basis` not given) left out. Children in the
/// order the schema wants: a transfer's `<price>` first, then cites, then notes; a dataset's fields, aliases,
/// notes. Pure Swift, no libxml2: writing needs no parser, and one
/// escaping routine for attributes and one for text are the whole of what can go wrong (see
/// `XMLEscaping.swift`).
///
/// Locations are not written: an exported file is a new document, with its own lines.
public enum EvidenceWriter {
    /// Writes `evidence` as one evidence document to `output`.
    ///
    /// - Parameter comment: an optional note placed in an XML comment after the declaration, such as where the
    ///   case was exported from. `--` cannot occur inside a comment, so it is written `- -`.
    /// - Complexity: O(*n* log *n*) for *n* items (the sort by id); the items are written one at a time, so
    ///   `output` can stream them to a file.
    public static func write(_ evidence: EvidenceCase, comment: String? = nil, to output: inout some TextOutputStream) {
        output.write(#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n")
        if let comment {
            output.write("<!-- \(XMLEscaping.commentText(comment)) -->\n")
        }
        output.write(#"<evidence xmlns="urn:listlineage:evidence:1">"# + "\n")
        for id in evidence.sources.keys.sorted() { FormatElement(evidence.sources[id]!).write(to: &output) }
        for id in evidence.parties.keys.sorted() { FormatElement(evidence.parties[id]!).write(to: &output) }
        for id in evidence.datasets.keys.sorted() { FormatElement(evidence.datasets[id]!).write(to: &output) }
        for id in evidence.sortedClaimIDs { FormatElement(evidence.claims[id]!).write(to: &output) }
        output.write("</evidence>\n")
    }

    /// The case as one evidence document, in memory: for small cases and tests.
    public static func document(_ evidence: EvidenceCase, comment: String? = nil) -> String {
        var text = ""
        write(evidence, comment: comment, to: &text)
        return text
    }
}

/// Writing an item's element (`FormatElement`, whose attributes LineageCore lists once for every layer).
extension FormatElement {
    /// Writes the element at the top level (indented two spaces), its children on the same line: the shape the
    /// Benesse files use, and one item per line, so diffs of exports stay readable.
    fileprivate func write(to output: inout some TextOutputStream) {
        output.write("  ")
        writeInline(to: &output)
        output.write("\n")
    }

    private func writeInline(to output: inout some TextOutputStream) {
        output.write("<\(name)")
        for attribute in attributes {
            output.write(" \(attribute.name)=\"")
            XMLEscaping.writeAttribute(attribute.value, to: &output)
            output.write("\"")
        }
        if let text {
            output.write(">")
            XMLEscaping.writeText(text, to: &output)
            output.write("</\(name)>")
        } else if children.isEmpty {
            output.write("/>")
        } else {
            output.write(">")
            for child in children { child.writeInline(to: &output) }
            output.write("</\(name)>")
        }
    }
}
