/// Writes a PROV document in PROV-JSON (the W3C member submission the `prov` package reads): one object per
/// record kind, keyed by the record's id; relations without an id get blank-node ids `_:r1`, `_:r2`, ...
public enum ProvJSONWriter {
    /// The document as one PROV-JSON text.
    ///
    /// - Complexity: O(n) in the number of records and attributes.
    public static func write(_ document: ProvDocument) -> String {
        var sections: [(kind: ProvRecord.Kind, entries: [String])] = []
        var blankNodes = 0
        for record in document.records {
            let id: String
            if let recordID = record.id {
                id = recordID.description
            } else {
                blankNodes += 1
                id = "_:r\(blankNodes)"
            }
            let entry = "    \(string(id)): \(body(of: record))"
            if let index = sections.firstIndex(where: { $0.kind == record.kind }) {
                sections[index].entries.append(entry)
            } else {
                sections.append((record.kind, [entry]))
            }
        }
        var parts = [
            "  \"prefix\": {\n"
                + document.namespaces.map { "    \(string($0.prefix)): \(string($0.iri))" }.joined(separator: ",\n")
                + "\n  }"
        ]
        for section in sections {
            parts.append("  \(string(section.kind.rawValue)): {\n" + section.entries.joined(separator: ",\n") + "\n  }")
        }
        return "{\n" + parts.joined(separator: ",\n") + "\n}\n"
    }

    /// `{"prov:activity": "case:t1", ..., "ll:records": {"$": "5", "type": "xsd:unsignedLong"}}`; a repeated
    /// attribute becomes an array of its values.
    static func body(of record: ProvRecord) -> String {
        var members: [String] = []
        for argument in record.kind.arguments {
            if let value = record.arguments[argument] { members.append("\(string("prov:" + argument)): \(string(value.description))") }
        }
        for time in record.kind.timeArguments {
            if let value = record.times[time] { members.append("\(string("prov:" + time)): \(string(value))") }
        }
        var names: [QualifiedName] = []
        for (name, _) in record.attributes where !names.contains(name) { names.append(name) }
        for name in names {
            let values = record.values(of: name).map(literal)
            members.append("\(string(name.description)): " + (values.count == 1 ? values[0] : "[" + values.joined(separator: ", ") + "]"))
        }
        return "{" + members.joined(separator: ", ") + "}"
    }

    static func literal(_ value: ProvValue) -> String {
        switch value {
        case .string(let text, nil):
            return string(text)
        case .string(let text, let language?):
            return "{\"$\": \(string(text)), \"lang\": \(string(language))}"
        case .integer(let number):
            return "{\"$\": \"\(number)\", \"type\": \"xsd:long\"}"
        case .boolean(let flag):
            return "{\"$\": \"\(flag)\", \"type\": \"xsd:boolean\"}"
        case .qualifiedName(let name):
            return "{\"$\": \(string(name.description)), \"type\": \"prov:QUALIFIED_NAME\"}"
        case .typed(let text, let type):
            return "{\"$\": \(string(text)), \"type\": \(string(type.description))}"
        }
    }

    /// A JSON string, with quotes, backslashes and control characters escaped.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
