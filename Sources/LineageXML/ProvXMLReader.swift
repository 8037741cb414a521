public import LineageCore
public import LineageProv

/// Reads a PROV-XML document, streaming, with the same untrusted-input settings as evidence files (no DTD,
/// no network, no recovery).
public enum ProvXMLReader {
    /// The document, and a note for each element that has no counterpart in `ProvDocument` (bundles, for
    /// example), so nothing is dropped silently.
    public struct Result: Sendable {
        /// The records read, in document order.
        public var document: ProvDocument
        /// One sentence for each element left out, in document order.
        public var notes: [String]
    }

    private static let provIRI = ProvVocabulary.prov.iri
    private static let schemaInstanceIRI = "http://www.w3.org/2001/XMLSchema-instance"
    private static let agentSubtypes = ["person": "Person", "organization": "Organization", "softwareAgent": "SoftwareAgent"]
    private static let entitySubtypes = ["plan": "Plan", "collection": "Collection", "emptyCollection": "EmptyCollection"]

    /// Reads the file at `path`; throws the first problem that stops reading, with its place.
    ///
    /// - Parameters:
    ///   - path: the file to read.
    ///   - displayPath: the name diagnostics give the file (the path as the user typed it).
    /// - Returns: the document and the notes on what it holds that the model does not.
    public static func read(path: String, displayPath: String) throws(Diagnostic) -> Result {
        let reader: XMLStreamReader
        do {
            reader = try XMLStreamReader(path: path)
        } catch {
            throw .error(.unreadable, error.message, at: SourceLocation(file: displayPath, line: 1, column: 1))
        }
        var state = State(reader: reader, displayPath: displayPath)
        try state.run()
        return Result(document: state.document, notes: state.notes)
    }

    private struct State {
        let reader: XMLStreamReader
        let displayPath: String
        var document = ProvDocument()
        var notes: [String] = []
        var current: ProvRecord?
        /// The second and further `<prov:entity>` of the current `hadMember`.
        var moreMembers: [QualifiedName] = []

        init(reader: XMLStreamReader, displayPath: String) {
            self.reader = reader
            self.displayPath = displayPath
        }

        var here: SourceLocation { SourceLocation(file: displayPath, line: reader.line) }

        mutating func run() throws(Diagnostic) {
            while true {
                let step = reader.advance()
                if let problem = reader.takeProblems().first {
                    throw .error(.malformedXML, problem.message, at: SourceLocation(file: displayPath, line: problem.line, column: problem.column))
                }
                switch step {
                case .end:
                    finishRecord()
                    return
                case .failed:
                    throw .error(.malformedXML, "the XML parser stopped", at: here)
                case .node:
                    break
                }
                switch (reader.nodeType, reader.depth) {
                case (.documentType, _):
                    throw .error(.forbiddenDTD, "DOCTYPE declarations are not allowed (they can define entities that read local files)", at: here)
                case (.element, 0):
                    guard reader.namespaceURI == provIRI, reader.localName == "document" else {
                        throw .error(.schema, "expected a PROV-XML document (prov:document), found <\(reader.localName)>", at: here)
                    }
                case (.element, 1):
                    finishRecord()
                    startRecord()
                case (.element, 2):
                    readChild()
                case (.element, _):
                    notes.append("\(displayPath):\(reader.line): <\(reader.localName)> nested inside a record: not read")
                default:
                    continue
                }
            }
        }

        mutating func startRecord() {
            let local = reader.localName
            guard reader.namespaceURI == provIRI else {
                notes.append("\(displayPath):\(reader.line): <\(local)> is not a PROV record: not read")
                return
            }
            var attributes: [(name: QualifiedName, value: ProvValue)] = []
            let kind: ProvRecord.Kind
            if let subtype = agentSubtypes[local] {
                kind = .agent
                attributes.append((QualifiedName("prov", "type"), .qualifiedName(QualifiedName("prov", subtype))))
            } else if let subtype = entitySubtypes[local] {
                kind = .entity
                attributes.append((QualifiedName("prov", "type"), .qualifiedName(QualifiedName("prov", subtype))))
            } else if let known = ProvRecord.Kind(rawValue: local) {
                kind = known
            } else {
                notes.append("\(displayPath):\(reader.line): prov:\(local) has no counterpart in ListLineage: not read")
                return
            }
            let id = reader.namespacedAttributes().first { $0.namespaceURI == provIRI && $0.localName == "id" }
            current = ProvRecord(kind, id: id.map { qualifiedName($0.value) }, attributes: attributes)
            if reader.isEmptyElement { finishRecord() }
        }

        mutating func finishRecord() {
            if let record = current {
                document.records.append(record)
                // A membership that lists several entities is one hadMember record per entity.
                for member in moreMembers {
                    var another = record
                    another.arguments["entity"] = member
                    document.records.append(another)
                }
            }
            current = nil
            moreMembers = []
        }

        mutating func readChild() {
            guard var record = current else { return }
            let local = reader.localName
            let attributes = reader.namespacedAttributes()
            let isProv = reader.namespaceURI == provIRI
            if isProv, record.kind.arguments.contains(local) {
                if let ref = attributes.first(where: { $0.namespaceURI == provIRI && $0.localName == "ref" }) {
                    if record.kind == .hadMember, local == "entity", record.arguments[local] != nil {
                        moreMembers.append(qualifiedName(ref.value))
                    } else {
                        record.arguments[local] = qualifiedName(ref.value)
                    }
                }
            } else if isProv, record.kind.timeArguments.contains(local) {
                record.times[local] = reader.readText().trimmingWhitespace()
            } else {
                let name = QualifiedName(register(prefix: reader.prefix, uri: reader.namespaceURI), local)
                let type = attributes.first { $0.namespaceURI == schemaInstanceIRI && $0.localName == "type" }
                let language = attributes.first { $0.name == "xml:lang" }?.value
                record.attributes.append((name, value(reader.readText(), type: type.map { qualifiedName($0.value) }, language: language)))
            }
            current = record
        }

        /// A typed value: integers, booleans and qualified names by their `xsi:type`, strings otherwise.
        mutating func value(_ text: String, type: QualifiedName?, language: String?) -> ProvValue {
            guard let type else { return .string(text, language: language) }
            switch type.local {
            case "int", "long", "integer", "short", "byte", "nonNegativeInteger", "positiveInteger", "unsignedInt":
                if let number = Int64(text.trimmingWhitespace()) { return .integer(number) }
            case "boolean":
                return .boolean(["true", "1"].contains(text.trimmingWhitespace()))
            case "QName", "QUALIFIED_NAME":
                return .qualifiedName(qualifiedName(text.trimmingWhitespace()))
            case "string", "InternationalizedString":
                return .string(text, language: language)
            default:
                break
            }
            return .typed(text, type: type)
        }

        /// `case:t1` as a qualified name, with its prefix's namespace recorded in the document.
        mutating func qualifiedName(_ text: String) -> QualifiedName {
            let name = QualifiedName(parsing: text)
            if !name.prefix.isEmpty { _ = register(prefix: name.prefix, uri: reader.namespaceURI(forPrefix: name.prefix)) }
            return name
        }

        /// Records that `prefix` means `uri`, and returns the prefix to use for it.
        mutating func register(prefix: String?, uri: String?) -> String {
            let prefix = prefix ?? ""
            guard let uri, !["prov", "xsd", "xsi", "xml"].contains(prefix) else { return prefix }
            if !document.namespaces.contains(where: { $0.prefix == prefix }) {
                document.namespaces.append(ProvDocument.Namespace(prefix, uri))
            }
            return prefix
        }
    }
}
