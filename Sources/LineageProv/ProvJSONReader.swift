internal import Foundation

/// Reads a PROV-JSON document (the W3C member submission's layout, which the `prov` package writes).
public enum ProvJSONReader {
    /// Why a document could not be read.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// The document, and a note for each section or value that has no counterpart in `ProvDocument`.
    public static func read(_ data: [UInt8]) throws(Failure) -> (document: ProvDocument, notes: [String]) {
        if let forbidden = firstForbiddenEscape(in: data) { throw Failure(description: forbidden) }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(data))
        } catch {
            throw Failure(description: "not JSON: \(error.localizedDescription)")
        }
        guard let top = parsed as? [String: Any] else { throw Failure(description: "a PROV-JSON document is a JSON object") }
        var document = ProvDocument()
        var notes: [String] = []
        for (prefix, iri) in ((top["prefix"] as? [String: Any]) ?? [:]).sorted(by: { $0.key < $1.key }) {
            if let iri = iri as? String, prefix != "default" { document.namespaces.append(.init(prefix, iri)) }
        }
        for (section, content) in top.sorted(by: { $0.key < $1.key }) where section != "prefix" {
            guard let kind = ProvRecord.Kind(rawValue: section), let records = content as? [String: Any] else {
                notes.append("section \"\(section)\" has no counterpart in ListLineage: not read")
                continue
            }
            for (id, body) in records.sorted(by: { $0.key < $1.key }) {
                // A relation may list several records under one blank-node id as an array.
                let bodies = (body as? [[String: Any]]) ?? [(body as? [String: Any]) ?? [:]]
                for body in bodies {
                    document.records.append(record(kind, id: id, body: body, notes: &notes))
                }
            }
        }
        return (document, notes)
    }

    private static func record(_ kind: ProvRecord.Kind, id: String, body: [String: Any], notes: inout [String]) -> ProvRecord {
        var record = ProvRecord(kind, id: id.hasPrefix("_:") ? nil : QualifiedName(parsing: id))
        for (key, raw) in body.sorted(by: { $0.key < $1.key }) {
            let name = QualifiedName(parsing: key)
            if name.prefix == "prov", kind.arguments.contains(name.local), let reference = raw as? String {
                record.arguments[name.local] = QualifiedName(parsing: reference)
            } else if name.prefix == "prov", kind.timeArguments.contains(name.local), let time = raw as? String {
                record.times[name.local] = time
            } else {
                for value in (raw as? [Any]) ?? [raw] {
                    guard let converted = self.value(value) else {
                        notes.append("\(kind.rawValue) \(id): value of \(key) not understood: not read")
                        continue
                    }
                    record.attributes.append((name, converted))
                }
            }
        }
        return record
    }

    private static func value(_ raw: Any) -> ProvValue? {
        switch raw {
        case let text as String:
            return .string(text, language: nil)
        case let number as NSNumber where String(cString: number.objCType) == "c":
            // JSON true and false arrive as NSNumbers of C type char.
            return .boolean(number.boolValue)
        case let number as NSNumber:
            return .integer(number.int64Value)
        case let object as [String: Any]:
            guard let text = object["$"] as? String else { return nil }
            if let language = object["lang"] as? String { return .string(text, language: language) }
            guard let typeText = object["type"] as? String else { return .string(text, language: nil) }
            let type = QualifiedName(parsing: typeText)
            switch type.local {
            case "int", "long", "integer", "short", "unsignedInt", "nonNegativeInteger":
                return Int64(text).map(ProvValue.integer) ?? .typed(text, type: type)
            case "boolean": return .boolean(text == "true" || text == "1")
            case "QName", "QUALIFIED_NAME": return .qualifiedName(QualifiedName(parsing: text))
            case "string": return .string(text, language: nil)
            default: return .typed(text, type: type)
            }
        default:
            return nil
        }
    }
}
