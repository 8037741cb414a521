internal import CLibXML2
internal import Foundation

/// The schema pass over one file, run on a thread of its own while the item pass reads the same file on the
/// calling thread: the two passes then take about the time of the longer one instead of the sum (issue 18), on a
/// machine with a core to spare. The answers are the same as one pass after the other: the same validation of the
/// same bytes, whose result is used only when the item pass found the file well-formed and free of a DTD.
///
/// Started only once the item pass has read the root element's start: a DTD can only come before it, so the
/// validator never sees one (the item pass refuses such a file before the validation would start). It may still
/// meet malformed XML further on; its thread then swallows libxml2's parser errors (the per-thread structured
/// handler), and the item pass reports the file as malformed, with the validation discarded.
///
/// The compiled schema is read-only once compiled, so a validation context on another thread may use it while
/// the caller holds it; `wait()` must be called before the schema or this object goes away, and is called on
/// every path of `EvidenceFileReader.read`.
final class ConcurrentValidation: @unchecked Sendable {
    // @unchecked: `schema` is used only by the validation thread between `start` and the semaphore's signal, and
    // `outcome` is written by that thread before the signal and read by the caller only after `wait()`.
    private let schema: EvidenceSchema
    private let path: String
    private let finished = DispatchSemaphore(value: 0)
    private var outcome: Result<[XMLProblem], EvidenceLoadError>?

    init(schema: EvidenceSchema, path: String) {
        self.schema = schema
        self.path = path
        let thread = Thread { [self] in
            xmlSetStructuredErrorFunc(nil, { _, _ in })
            outcome = Result { () throws(EvidenceLoadError) in try self.schema.validate(path: self.path) { _ in } }
            finished.signal()
        }
        // libxml2's validator recurses by element depth; evidence is shallow, but a hostile file need not be.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The violations in file order, once the validation has finished.
    func wait() throws(EvidenceLoadError) -> [XMLProblem] {
        finished.wait()
        return try outcome!.get()
    }
}
