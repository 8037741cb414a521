internal import Foundation

/// Reads a PROV-JSON document (the W3C member submission's layout, which the `prov` package writes).
public enum ProvJSONReader {
    /// Why a document could not be read.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// What is wrong, in a sentence.
        public let description: String
        /// Where in the document, when the reader knows (counting from 1); else the document as a whole.
        public var line = 1
        public var column = 1
    }

    /// The document, and a note for each section or value that has no counterpart in `ProvDocument`.
    ///
    /// - Parameter data: the file's bytes, UTF-8 with or without a byte order mark.
    /// - Throws: `Failure`, with the line and column of the first thing that is not PROV-JSON.
    public static func read(_ data: [UInt8]) throws(Failure) -> (document: ProvDocument, notes: [String]) {
        if let forbidden = firstForbiddenEscape(in: data) { throw forbidden }
        let parsed: Any
        let content = data.starts(with: ProvFormat.byteOrderMark) ? Array(data.dropFirst(3)) : data
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(content))
        } catch {
            throw Failure(description: "not JSON: \(error.localizedDescription)")
        }
        guard let top = parsed as? [String: Any] else { throw Failure(description: "a PROV-JSON document is a JSON object") }
        if top["@context"] != nil || top["@graph"] != nil {
            throw Failure(description: "this is JSON-LD (PROV-JSONLD), which is not read; convert it to PROV-JSON or PROV-XML")
        }
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
            // JSON objects have no order; ids are read in natural order (`_:r2` before `_:r10`), which gives back
            // the document order of blank-node relations written as `_:r1`, `_:r2`, ... (a derivation's inputs).
            for (id, body) in records.sorted(by: { naturallyOrdered($0.key, $1.key) }) {
                // A relation may list several records under one blank-node id as an array.
                let bodies = (body as? [[String: Any]]) ?? [(body as? [String: Any]) ?? [:]]
                for body in bodies {
                    document.records += expanded(kind, id: id, body: body, notes: &notes)
                }
            }
        }
        return (document, notes)
    }

    /// The record `body` describes; a membership listing several entities (`"prov:entity": ["ex:e1", "ex:e2"]`)
    /// is one `hadMember` record per entity.
    private static func expanded(_ kind: ProvRecord.Kind, id: String, body: [String: Any], notes: inout [String]) -> [ProvRecord] {
        if kind == .hadMember, let members = body["prov:entity"] as? [String] {
            return members.map { member in
                var single = body
                single["prov:entity"] = member
                return record(kind, id: id, body: single, notes: &notes)
            }
        }
        return [record(kind, id: id, body: body, notes: &notes)]
    }

    private static func record(_ kind: ProvRecord.Kind, id: String, body: [String: Any], notes: inout [String]) -> ProvRecord {
        // A relation's blank-node id only keeps its records apart in the JSON object; an element's names it.
        var record = ProvRecord(kind, id: id.hasPrefix("_:") && !kind.isElement ? nil : QualifiedName(parsing: id))
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
        case let number as NSNumber where ["d", "f"].contains(String(cString: number.objCType)):
            // A JSON number with a fraction or exponent: kept as the double it is, never cut to an integer.
            return .typed(String(number.doubleValue), type: QualifiedName("xsd", "double"))
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

/// Whether `a` comes before `b` when runs of digits compare by their value: `_:r2` before `_:r10`.
func naturallyOrdered(_ a: String, _ b: String) -> Bool {
    var left = Array(a.unicodeScalars)[...]
    var right = Array(b.unicodeScalars)[...]
    func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    while let l = left.first, let r = right.first {
        if isDigit(l) && isDigit(r) {
            let leftDigits = left.prefix(while: isDigit)
            let rightDigits = right.prefix(while: isDigit)
            let leftValue = String(String.UnicodeScalarView(leftDigits.drop(while: { $0 == "0" })))
            let rightValue = String(String.UnicodeScalarView(rightDigits.drop(while: { $0 == "0" })))
            if leftValue.count != rightValue.count { return leftValue.count < rightValue.count }
            if leftValue != rightValue { return leftValue < rightValue }
            left = left.dropFirst(leftDigits.count)
            right = right.dropFirst(rightDigits.count)
        } else {
            if l != r { return l.value < r.value }
            left = left.dropFirst()
            right = right.dropFirst()
        }
    }
    return left.isEmpty && !right.isEmpty ? true : (left.isEmpty && right.isEmpty ? a < b : false)
}
