internal import CLibXML2
internal import Foundation

/// The evidence format's XML Schema, compiled once by libxml2 and shared by every file of a run.
///
/// The schema ships as a resource of this module (`evidence-1.xsd`, also linked from `Schemas/`). It imports
/// nothing, so compiling it touches neither the network nor another file.
public final class EvidenceSchema {
    let handle: xmlSchemaPtr

    /// The format's namespace.
    public static let namespace = "urn:listlineage:evidence:1"

    /// The path of the bundled schema file.
    public static var bundledPath: String? {
        Bundle.module.path(forResource: "evidence-1", ofType: "xsd")
    }

    /// Compiles the bundled schema, or the one at `path`.
    public init(path: String? = nil) throws(EvidenceLoadError) {
        guard let path = path ?? Self.bundledPath else {
            throw EvidenceLoadError("the evidence schema (evidence-1.xsd) is missing from the installation")
        }
        guard let parser = xmlSchemaNewParserCtxt(path) else {
            throw EvidenceLoadError("cannot read the evidence schema at \(path)")
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        guard let schema = xmlSchemaParse(parser) else {
            throw EvidenceLoadError("the evidence schema at \(path) does not compile")
        }
        handle = schema
    }

    deinit {
        xmlSchemaFree(handle)
    }

    /// Validates the file at `path` against the schema, streaming, and returns the violations in file order.
    ///
    /// Call it only on a file the reader has found well-formed and free of a DTD: libxml2 reports this pass's
    /// *parser* errors to no context of ours, so this pass must never be the one to meet them.
    func validate(path: String) throws(EvidenceLoadError) -> [XMLProblem] {
        guard let context = xmlSchemaNewValidCtxt(handle) else {
            throw EvidenceLoadError("cannot create a schema validation context")
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let problems = ProblemCollector()
        xmlSchemaSetValidStructuredErrors(context, collectReaderProblem, Unmanaged.passUnretained(problems).toOpaque())
        _ = withExtendedLifetime(problems) {
            xmlSchemaValidateFile(context, path, Int32(XML_PARSE_NONET.rawValue))
        }
        return problems.items
    }
}

@available(*, unavailable, message: "one compiled schema per reading task")
extension EvidenceSchema: Sendable {}

/// A failure of the tool itself, not of the evidence: the schema is missing, a path cannot be listed.
public struct EvidenceLoadError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
