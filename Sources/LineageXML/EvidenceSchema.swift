internal import CLibXML2
internal import Foundation

/// The evidence format's XML Schema, compiled once by libxml2 and shared by every file of a run.
///
/// The schema is `Schemas/evidence-1.xsd`, compiled into the binary as text (`EvidenceSchema+Text.swift`, which
/// `scripts/embed-schema.sh` writes), so that a `lineage` copied anywhere needs no file beside it. It imports
/// nothing, so compiling it touches neither the network nor another file.
public final class EvidenceSchema {
    let handle: xmlSchemaPtr

    /// The format's namespace.
    public static let namespace = "urn:listlineage:evidence:1"

    /// Compiles the schema built into the binary, or the one at `path`.
    public init(path: String? = nil) throws(EvidenceLoadError) {
        let name = path ?? "the built-in evidence schema"
        let schema: xmlSchemaPtr?
        if let path {
            schema = Self.compile(xmlSchemaNewParserCtxt(path))
        } else {
            // The parser context reads the buffer during xmlSchemaParse, so both run while the buffer lives; the
            // compiled schema keeps nothing of it.
            schema = Array(Self.text.utf8).withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    Self.compile(xmlSchemaNewMemParserCtxt($0.baseAddress, Int32($0.count)))
                }
            }
        }
        guard let schema else { throw EvidenceLoadError("\(name) cannot be read or does not compile") }
        handle = schema
    }

    /// Compiles the schema `parser` reads, and frees the parser.
    private static func compile(_ parser: xmlSchemaParserCtxtPtr?) -> xmlSchemaPtr? {
        guard let parser else { return nil }
        defer { xmlSchemaFreeParserCtxt(parser) }
        return xmlSchemaParse(parser)
    }

    deinit {
        xmlSchemaFree(handle)
    }

    /// Validates the file at `path` against the schema, streaming, and returns the violations in file order.
    ///
    /// The file is read through our own callback so that long validations can report progress. Call it only on
    /// a file the reader has found well-formed and free of a DTD: libxml2 reports this pass's *parser* errors to
    /// no context of ours, so this pass must never be the one to meet them.
    ///
    /// - Parameter progress: called with the bytes validated so far.
    func validate(path: String, progress: @escaping (Int) -> Void) throws(EvidenceLoadError) -> [XMLProblem] {
        guard let context = xmlSchemaNewValidCtxt(handle) else {
            throw EvidenceLoadError("cannot create a schema validation context")
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        guard let file = CountingFile(path: path, progress: progress) else {
            throw EvidenceLoadError("cannot open \(path) for schema validation")
        }
        let problems = ProblemCollector()
        xmlSchemaSetValidStructuredErrors(context, collectReaderProblem, Unmanaged.passUnretained(problems).toOpaque())
        // The input buffer owns a retained reference to `file` and releases it through the close callback.
        guard
            let input = xmlParserInputBufferCreateIO(
                readCountingFile, closeCountingFile, Unmanaged.passRetained(file).toOpaque(), XML_CHAR_ENCODING_NONE)
        else {
            throw EvidenceLoadError("cannot create a libxml2 input for \(path)")
        }
        // xmlSchemaValidateStream takes ownership of `input` and frees it.
        _ = withExtendedLifetime(problems) {
            xmlSchemaValidateStream(context, input, XML_CHAR_ENCODING_NONE, nil, nil)
        }
        return problems.items
    }
}

/// A file read for libxml2 through a callback, counting the bytes handed over.
private final class CountingFile {
    private let handle: FileHandle
    private let progress: (Int) -> Void
    private var bytesRead = 0

    init?(path: String, progress: @escaping (Int) -> Void) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
        self.progress = progress
    }

    /// Copies up to `capacity` bytes into `buffer`; 0 at the end, -1 on a read error.
    func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int32 {
        guard let data = try? handle.read(upToCount: capacity) else { return -1 }
        data.withUnsafeBytes { bytes in
            buffer.withMemoryRebound(to: UInt8.self, capacity: capacity) { target in
                _ = bytes.copyBytes(to: UnsafeMutableBufferPointer(start: target, count: capacity))
            }
        }
        bytesRead += data.count
        progress(bytesRead)
        return Int32(data.count)
    }

    func close() {
        try? handle.close()
    }
}

private func readCountingFile(_ context: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<CChar>?, _ length: Int32) -> Int32 {
    guard let context, let buffer, length > 0 else { return -1 }
    return Unmanaged<CountingFile>.fromOpaque(context).takeUnretainedValue().read(into: buffer, capacity: Int(length))
}

private func closeCountingFile(_ context: UnsafeMutableRawPointer?) -> Int32 {
    guard let context else { return -1 }
    let file = Unmanaged<CountingFile>.fromOpaque(context).takeRetainedValue()
    file.close()
    return 0
}

@available(*, unavailable, message: "one compiled schema per reading task")
extension EvidenceSchema: Sendable {}

/// A failure of the tool itself, not of the evidence: the schema is missing, a path cannot be listed.
public struct EvidenceLoadError: Error, CustomStringConvertible, Sendable {
    /// What failed, in a sentence.
    public let description: String

    /// A failure described by `description`.
    public init(_ description: String) {
        self.description = description
    }
}
