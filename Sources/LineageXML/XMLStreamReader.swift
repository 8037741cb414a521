internal import CLibXML2
import LineageCore

/// One problem libxml2 reported while reading or validating, copied out of C into Swift values.
struct XMLProblem: Sendable {
    var line: Int
    var column: Int
    var message: String
}

/// A streaming pull reader over one XML file: libxml2's xmlTextReader with settings for untrusted input.
///
/// It checks well-formedness only; the schema is checked in a second streaming pass (`EvidenceSchema.validate`,
/// run alongside on another thread by `ConcurrentValidation`) because libxml2 2.9's schema plug-in for the reader
/// swaps the parser's callback data, and the parser's own errors then reach a handler that cannot read them.
///
/// Memory stays flat whatever the file's size, because the reader frees each subtree once it has moved past
/// it. The settings: no network (`XML_PARSE_NONET`), no DTD loading, no entity substitution, no recovery
/// (recovery silently drops nodes: a gap that looks like valid data). This class is the only owner of the C
/// handle, frees it in `deinit`, and is not `Sendable`: it belongs to the one task that reads the file.
final class XMLStreamReader {
    enum NodeType: Equatable {
        case element, endElement, text, documentType, other
    }

    private let reader: xmlTextReaderPtr
    private let problems: ProblemCollector

    /// Opens `path` for reading. Throws the reason when libxml2 cannot open it.
    init(path: String) throws(XMLProblemError) {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_COMPACT.rawValue)
        guard let reader = xmlReaderForFile(path, nil, options) else {
            throw XMLProblemError(message: "cannot open the file for reading")
        }
        self.reader = reader
        self.problems = ProblemCollector()
        xmlTextReaderSetStructuredErrorHandler(reader, collectReaderProblem, Unmanaged.passUnretained(problems).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    enum Step { case node, end, failed }

    /// Moves to the next node; `.failed` after an error the parser cannot go past (malformed XML), whose
    /// details are in `takeProblems()`.
    func advance() -> Step {
        switch xmlTextReaderRead(reader) {
        case 1:
            if nodeType == .text, let node = xmlTextReaderCurrentNode(reader) {
                lastTextEndLine = Int(xmlGetLineNo(node))
            }
            return .node
        case 0: return .end
        default: return .failed
        }
    }

    /// The line on which the last text node (usually the indentation before an element) ended.
    private var lastTextEndLine = 0

    /// The problems reported since the last call, in the order libxml2 reported them.
    func takeProblems() -> [XMLProblem] {
        // Asked after every node, and nearly always empty.
        guard !problems.items.isEmpty else { return [] }
        defer { problems.items.removeAll(keepingCapacity: true) }
        return problems.items
    }

    var nodeType: NodeType {
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): .element
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
            Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
            .text
        case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue): .documentType
        default: .other
        }
    }

    var localName: String { Self.string(xmlTextReaderConstLocalName(reader)) ?? "" }
    var namespaceURI: String? { Self.string(xmlTextReaderConstNamespaceUri(reader)) }
    /// Whether the current node is in the namespace `uri`: `namespaceURI == uri` without building the string,
    /// which for every item of a large file was an allocation of its own.
    func isInNamespace(_ uri: String) -> Bool {
        guard let current = xmlTextReaderConstNamespaceUri(reader) else { return false }
        return uri.withCString { xmlStrEqual(current, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) == 1 }
    }
    var value: String { Self.string(xmlTextReaderConstValue(reader)) ?? "" }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    var depth: Int { Int(xmlTextReaderDepth(reader)) }

    /// The line of the current node, as libxml2 recorded it (big line numbers enabled).
    ///
    /// Elements store their line in 16 bits. Past line 65,535, libxml2 (with `XML_PARSE_BIG_LINES`) answers
    /// with the line of a *neighbouring* text node, which is off by the newlines it holds; the indentation
    /// before the element, which ends exactly where the element starts, gives the true line instead.
    var line: Int {
        guard let node = xmlTextReaderCurrentNode(reader) else { return Int(xmlTextReaderGetParserLineNumber(reader)) }
        if node.pointee.type == XML_ELEMENT_NODE, node.pointee.line == UInt16.max, lastTextEndLine >= Int(UInt16.max) {
            return lastTextEndLine
        }
        // A DOCTYPE node has no line of its own (-1); the parser's position is then the best there is.
        let recorded = Int(xmlGetLineNo(node))
        return recorded > 0 ? recorded : Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// How many bytes of the file the parser has consumed, for progress reports.
    var bytesConsumed: Int { Int(xmlTextReaderByteConsumed(reader)) }

    /// The attributes of the current element, as (qualified name, value) pairs; namespace declarations excluded.
    ///
    /// Reads only the two strings it returns: building the namespace and local name of every attribute (as
    /// `namespacedAttributes()` does) and dropping them was a tenth of the item pass (issue 18).
    func attributes() -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return result }
        repeat {
            if xmlTextReaderIsNamespaceDecl(reader) != 1 {
                result.append((Self.string(xmlTextReaderConstName(reader)) ?? "", value))
            }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        xmlTextReaderMoveToElement(reader)
        return result
    }

    /// The attributes of the current element with their namespaces, for formats (PROV-XML) whose documents
    /// may bind any prefix to a namespace.
    func namespacedAttributes() -> [(name: String, value: String, namespaceURI: String?, localName: String)] {
        var result: [(name: String, value: String, namespaceURI: String?, localName: String)] = []
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return result }
        repeat {
            if xmlTextReaderIsNamespaceDecl(reader) != 1 {
                result.append((Self.string(xmlTextReaderConstName(reader)) ?? "", value, namespaceURI, localName))
            }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        xmlTextReaderMoveToElement(reader)
        return result
    }

    /// The namespace prefix of the current node as written (`prov` in `prov:entity`), or nil.
    var prefix: String? { Self.string(xmlTextReaderConstPrefix(reader)) }

    /// The namespace bound to `prefix` where the reader stands (nil prefix: the default namespace).
    func namespaceURI(forPrefix prefix: String?) -> String? {
        guard let uri = xmlTextReaderLookupNamespace(reader, prefix) else { return nil }
        defer { clibxml2_free(uri) }
        return String(cString: uri)
    }

    /// The text content of the current element (for `<quote>`, `<alias>`, `<field>`); moves past it.
    func readText() -> String {
        guard let text = xmlTextReaderReadString(reader) else { return "" }
        defer { clibxml2_free(text) }
        return String(cString: text)
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

@available(*, unavailable, message: "a reader belongs to the one task reading its file")
extension XMLStreamReader: Sendable {}

/// Why the reader could not even start.
struct XMLProblemError: Error {
    var message: String
}

/// Receives libxml2's structured errors for one reader or validation. A class so C callbacks can reach it
/// through a pointer; it lives as long as the C object that reports into it.
final class ProblemCollector {
    var items: [XMLProblem] = []
}

/// The structured-error callback for readers and validation contexts; `context` is a `ProblemCollector`.
func collectReaderProblem(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let context, let error else { return }
    let collector = Unmanaged<ProblemCollector>.fromOpaque(context).takeUnretainedValue()
    let message = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
    var line = Int(error.pointee.line)
    if line == 0, let node = error.pointee.node {
        line = Int(xmlGetLineNo(node.assumingMemoryBound(to: xmlNode.self)))
    }
    collector.items.append(
        XMLProblem(
            line: line, column: Int(error.pointee.int2),
            message: LineText.folded(message)))
}

extension String {
    func trimmingWhitespace() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
