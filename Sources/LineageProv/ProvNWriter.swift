/// Writes a PROV document in PROV-N, the W3C's human-readable notation.
public enum ProvNWriter {
    /// The document as one PROV-N text, `document` ... `endDocument`, one statement a line.
    ///
    /// - Complexity: O(n) in the number of records and attributes.
    public static func write(_ document: ProvDocument) -> String {
        var lines = ["document"]
        for namespace in document.namespaces {
            lines.append("  prefix \(namespace.prefix) <\(namespace.iri)>")
        }
        lines.append("")
        for record in document.records {
            lines.append("  " + statement(record))
        }
        lines.append("endDocument")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One statement: `kind(id; arguments, times, [attributes])`, with `-` for absent optional arguments.
    static func statement(_ record: ProvRecord) -> String {
        let kind = record.kind
        var parts: [String] = []
        let arguments = kind.arguments.map { record.arguments[$0].map(name) ?? "-" }
        let times = kind.timeArguments.map { record.times[$0] ?? "-" }
        if kind.isElement {
            parts.append(record.id.map(name) ?? "-")
            parts += times
        } else {
            parts += kind.timeComesLast ? arguments + times : Array(arguments.prefix(2)) + times + arguments.dropFirst(2)
        }
        if !record.attributes.isEmpty {
            parts.append("[" + record.attributes.map { "\(name($0.name))=\(literal($0.value))" }.joined(separator: ", ") + "]")
        }
        let identifier = !kind.isElement && record.id != nil ? "\(name(record.id!)); " : ""
        return "\(kind.rawValue)(\(identifier)\(parts.joined(separator: ", ")))"
    }

    /// A qualified name, with the characters PROV-N's local names cannot hold bare escaped.
    static func name(_ name: QualifiedName) -> String {
        var local = ""
        for (offset, character) in name.local.enumerated() {
            let isLast = offset == name.local.count - 1
            if "=()'\",;[]\\/#?@%&*+~!$".contains(character) || (isLast && character == ".") {
                local.append("\\")
            }
            local.append(character)
        }
        return name.prefix.isEmpty ? local : "\(name.prefix):\(local)"
    }

    static func literal(_ value: ProvValue) -> String {
        switch value {
        case .string(let text, let language):
            return quoted(text) + (language.map { "@\($0)" } ?? "")
        case .integer(let number):
            // A bare PROV-N integer means xsd:int; PROV-JSON and PROV-XML write xsd:long, so this does too.
            return "\(quoted(String(number))) %% xsd:long"
        case .boolean(let flag):
            return "\(quoted(flag ? "true" : "false")) %% xsd:boolean"
        case .qualifiedName(let qualified):
            return "'\(qualified)'"
        case .typed(let text, let type):
            return "\(quoted(text)) %% \(type)"
        }
    }

    /// A string literal with PROV-N's escapes.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
