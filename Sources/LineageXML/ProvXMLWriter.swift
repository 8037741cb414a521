public import LineageProv

/// Writes a PROV document in PROV-XML (the W3C note's schema): one element per record, formal arguments as
/// `prov:ref` children, attributes as typed child elements.
public enum ProvXMLWriter {
    /// The document as one PROV-XML text, declaring `prov`, `xsd` and the document's own namespaces.
    ///
    /// - Complexity: O(n) in the number of records and attributes.
    public static func write(_ document: ProvDocument) -> String {
        var lines = [#"<?xml version="1.0" encoding="UTF-8"?>"#]
        let declarations = ([ProvVocabulary.prov, ProvVocabulary.xsd] + document.namespaces)
            .map { #"xmlns:\#($0.prefix)="\#(XMLEscaping.attribute($0.iri))""# }
            + [#"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#]
        lines.append("<prov:document \(declarations.joined(separator: " "))>")
        for record in document.records {
            lines += element(for: record)
        }
        lines.append("</prov:document>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func element(for record: ProvRecord) -> [String] {
        let name = "prov:\(record.kind.xmlName)"
        let id = record.id.map { #" prov:id="\#(XMLEscaping.attribute($0.description))""# } ?? ""
        var children: [String] = []
        for argument in record.kind.arguments {
            if let value = record.arguments[argument] {
                children.append(#"<prov:\#(argument) prov:ref="\#(XMLEscaping.attribute(value.description))"/>"#)
            }
        }
        for time in record.kind.timeArguments {
            if let value = record.times[time] { children.append("<prov:\(time)>\(XMLEscaping.text(value))</prov:\(time)>") }
        }
        for (attribute, value) in orderedAttributes(of: record) {
            children.append(self.attribute(attribute, value))
        }
        guard !children.isEmpty else { return ["  <\(name)\(id)/>"] }
        return ["  <\(name)\(id)>"] + children.map { "    " + $0 } + ["  </\(name)>"]
    }

    /// PROV-XML's schema wants `prov:label`, `prov:location`, `prov:role`, `prov:type` and `prov:value` before
    /// the other attributes, in that order.
    private static func orderedAttributes(of record: ProvRecord) -> [(QualifiedName, ProvValue)] {
        let order = ["label", "location", "role", "type", "value"]
        let provFirst = order.flatMap { local in
            record.attributes.filter { $0.name == QualifiedName("prov", local) }.map { ($0.name, $0.value) }
        }
        let rest = record.attributes.filter { !($0.name.prefix == "prov" && order.contains($0.name.local)) }
        return provFirst + rest.map { ($0.name, $0.value) }
    }

    private static func attribute(_ name: QualifiedName, _ value: ProvValue) -> String {
        let typeAttribute: String
        switch value {
        case .string(_, let language?): typeAttribute = #" xml:lang="\#(XMLEscaping.attribute(language))""#
        case .string: typeAttribute = ""
        case .integer: typeAttribute = #" xsi:type="xsd:long""#
        case .boolean: typeAttribute = #" xsi:type="xsd:boolean""#
        case .qualifiedName: typeAttribute = #" xsi:type="xsd:QName""#
        case .typed(_, let type): typeAttribute = #" xsi:type="\#(XMLEscaping.attribute(type.description))""#
        }
        return "<\(name)\(typeAttribute)>\(XMLEscaping.text(value.text))</\(name)>"
    }
}
