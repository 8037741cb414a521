import Foundation
import LineageCore

/// Reads one evidence file into a case, streaming: each top-level element becomes a source, party, dataset or
/// claim as soon as its end is read, and the reader lets go of it.
///
/// Every problem becomes a diagnostic with the file, line and column: malformed XML stops the file at its first
/// error; schema violations and bad values are reported one by one and the rest of the file is still read, so a
/// single run shows everything that is wrong. Nothing is dropped silently: an element that cannot become an
/// item always leaves an error behind.
struct EvidenceFileReader {
    let schema: EvidenceSchema
    /// The largest file read, in bytes: beyond it, the file is refused before parsing.
    let maximumFileSize: Int
    /// What the front end adds to the error for an empty file (`CaseLoader.Advice.emptyFile`).
    let emptyFileAdvice: String?

    /// Reads the file at `path`, naming it `displayPath` in diagnostics, into `evidence`.
    ///
    /// Each file is read twice, streaming (see `XMLStreamReader`): once for the items, once for the schema, the
    /// schema pass on a thread of its own alongside (`ConcurrentValidation`).
    ///
    /// - Parameter progress: called now and then with the bytes processed so far, out of twice the file's size.
    func read(
        path: String, displayPath: String, into evidence: inout EvidenceCase, diagnostics: inout [Diagnostic],
        progress: @escaping (Int) -> Void
    ) {
        let fileStart = SourceLocation(file: displayPath, line: 1, column: 1)
        let preflight = EvidenceFileCheck.check(
            path: path, displayPath: displayPath, emptyFileAdvice: emptyFileAdvice)
        diagnostics += preflight.diagnostics
        guard preflight.readable else { return }
        let reader: XMLStreamReader
        do {
            reader = try XMLStreamReader(path: path)
        } catch {
            diagnostics.append(.error(.unreadable, error.message, at: fileStart))
            return
        }
        var session = Session(reader: reader, path: path, displayPath: displayPath, schema: schema)
        session.run(into: &evidence, progress: progress)
        diagnostics += session.diagnostics
        guard session.isWellFormed else {
            // The validation started alongside uses the schema and the file: let it finish, and ignore it.
            _ = try? session.validation?.wait()
            return
        }
        let readingDone = reader.bytesConsumed
        do {
            let violations: [XMLProblem]
            if let validation = session.validation {
                violations = try validation.wait()
            } else {
                violations = try schema.validate(path: path) { progress(readingDone + $0) }
            }
            if violations.isEmpty && session.unexplainedDrops > 0 {
                // Cannot happen while the schema and the mapper agree; if they ever drift, say so rather than
                // lose items silently.
                diagnostics.append(
                    .error(
                        .schema, "\(session.unexplainedDrops) element(s) passed the schema but could not be read",
                        at: fileStart))
            }
            for problem in violations {
                // The validator's column is where the parser had got to, past the tag; leave it for ColumnFinder,
                // which points at the element itself.
                let location = SourceLocation(file: displayPath, line: problem.line)
                let cited = session.citelessClaims[problem.line]
                if let translated = ParserMessages.schema(problem.message, element: cited?.element, id: cited?.id) {
                    diagnostics.append(.error(translated.code, translated.message, at: location))
                } else {
                    diagnostics.append(
                        .error(
                            .schema,
                            problem.message.replacingOccurrences(of: "{\(EvidenceSchema.namespace)}", with: ""),
                            at: location))
                }
            }
        } catch {
            diagnostics.append(.error(.unreadable, error.description, at: fileStart))
        }
    }
}

/// The state of reading one file.
private struct Session {
    let reader: XMLStreamReader
    let path: String
    let displayPath: String
    let schema: EvidenceSchema
    /// The schema pass, started once the root element is read (past where a DTD could be).
    var validation: ConcurrentValidation?
    var diagnostics: [Diagnostic] = []
    /// Whether libxml2 reported anything for this file: if so, an element that cannot become an item is already
    /// explained, and saying so again would only repeat it.
    var xmlReportedProblems = false
    var unexplainedDrops = 0
    /// False once the file turned out malformed or to carry a DTD: then it is not validated any further.
    var isWellFormed = true
    /// The claims written with no `<cite>`, by line: the schema reports them by line only, and the message
    /// should name the claim.
    var citelessClaims: [Int: (element: String, id: String?)] = [:]

    init(reader: XMLStreamReader, path: String, displayPath: String, schema: EvidenceSchema) {
        self.reader = reader
        self.path = path
        self.displayPath = displayPath
        self.schema = schema
    }

    mutating func run(into evidence: inout EvidenceCase, progress: (Int) -> Void) {
        var elementsRead = 0
        reading: while true {
            let step = reader.advance()
            collectParserProblems()
            switch step {
            case .end: break reading
            case .failed:
                isWellFormed = false
                if !xmlReportedProblems {
                    diagnostics.append(.error(.malformedXML, "the XML parser stopped without a reason", at: here))
                }
                return
            case .node: break
            }
            switch reader.nodeType {
            case .documentType:
                // A DTD is how external entities (XXE) and entity bombs get in; evidence never needs one.
                let place = ColumnFinder.firstOccurrence(of: "<!DOCTYPE", in: path) ?? (1, 1)
                diagnostics.append(
                    .error(
                        .forbiddenDTD,
                        "DOCTYPE declarations are not allowed in evidence files (they can define entities that "
                            + "read local files or expand without bound); the file was not read further",
                        at: SourceLocation(file: displayPath, line: place.line, column: place.column)))
                isWellFormed = false
                return
            case .element where reader.depth == 0:
                // Past the prolog: no DTD can follow, so the validator may read the file alongside.
                if validation == nil { validation = ConcurrentValidation(schema: schema, path: path) }
            case .element where reader.depth == 1:
                if let diagnostic = readItem(into: &evidence) { diagnostics.append(diagnostic) }
                elementsRead += 1
                if elementsRead % 4096 == 0 { progress(reader.bytesConsumed) }
            default:
                continue
            }
        }
    }

    private var here: SourceLocation { SourceLocation(file: displayPath, line: reader.line) }

    /// Turns the parser's first report into a diagnostic, with libxml2's own line and column. Only the first:
    /// after it, libxml2 stops, and whatever else it says repeats or follows from that one.
    private mutating func collectParserProblems() {
        let problems = reader.takeProblems()
        guard !xmlReportedProblems, let first = problems.first else { return }
        xmlReportedProblems = true
        let location = SourceLocation(file: displayPath, line: first.line, column: max(first.column, 0))
        diagnostics.append(.error(.malformedXML, ParserMessages.wellFormedness(first.message), at: location))
    }

    /// Reads the top-level element under the cursor, with its children, and inserts it. Returns the duplicate-id
    /// error when its id is taken.
    private mutating func readItem(into evidence: inout EvidenceCase) -> Diagnostic? {
        let name = reader.localName
        let location = here
        guard reader.isInNamespace(EvidenceSchema.namespace) else {
            // The schema reports the stray element; the reader only skips it.
            skipChildren()
            unexplainedDrops += 1
            return nil
        }
        var attributes = ElementAttributes(element: name, location: location, pairs: reader.attributes())
        let children = readChildren()
        if Claim.Kind(rawValue: name) != nil, !children.contains(where: { $0.name == "cite" && $0.depth == 2 }) {
            citelessClaims[location.line] = (name, attributes.text("id"))
        }
        let droppedBefore = unexplainedDrops
        defer {
            diagnostics += attributes.problems
            // A value the mapper refused (a date that does not exist) explains its own drop.
            if !attributes.problems.isEmpty { unexplainedDrops = droppedBefore }
        }
        switch name {
        case "source":
            guard let source = ItemMapper.source(&attributes, children: children), !attributes.isIncomplete else {
                return dropped()
            }
            return evidence.insert(source)
        case "party":
            guard let party = ItemMapper.party(&attributes, children: children), !attributes.isIncomplete else {
                return dropped()
            }
            return evidence.insert(party)
        case "dataset":
            guard let dataset = ItemMapper.dataset(&attributes, children: children), !attributes.isIncomplete else {
                return dropped()
            }
            return evidence.insert(dataset)
        default:
            guard let kind = Claim.Kind(rawValue: name),
                let claim = ItemMapper.claim(kind, &attributes, children: children), !attributes.isIncomplete
            else { return dropped() }
            return evidence.insert(claim)
        }
    }

    private mutating func dropped() -> Diagnostic? {
        unexplainedDrops += 1
        return nil
    }

    /// The child elements of the current top-level element, flattened with their depth and text.
    private mutating func readChildren() -> [ChildElement] {
        guard !reader.isEmptyElement else { return [] }
        var children: [ChildElement] = []
        while true {
            let step = reader.advance()
            collectParserProblems()
            guard step == .node else { return children }
            switch reader.nodeType {
            case .endElement where reader.depth == 1:
                return children
            case .element:
                let location = here
                let name = reader.localName
                let attributes = reader.attributes()
                // A <cite>'s content is its <quote>s, each read as a child of its own: gathering their text into
                // the cite's as well built a string per cite that nothing read (issue 18).
                let text = reader.isEmptyElement || name == "cite" ? "" : reader.readText()
                children.append(
                    ChildElement(
                        name: name, depth: reader.depth, attributes: attributes, text: text, location: location))
            default:
                continue
            }
        }
    }

    private mutating func skipChildren() {
        _ = readChildren()
    }
}

/// A child of a top-level element: `<alias>`, `<field>`, `<cite>`, `<quote>`, `<note>` or `<price>`.
struct ChildElement {
    var name: String
    var depth: Int
    var attributes: [(name: String, value: String)]
    var text: String
    var location: SourceLocation
}
