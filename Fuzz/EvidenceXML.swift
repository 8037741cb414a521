import LineageCore
import LineageXML

/// The schema, compiled once per process (compiling it for every input made a run five times slower). The fuzzer
/// calls in from one thread only.
nonisolated(unsafe) private let schema = try! EvidenceSchema()

/// Evidence XML: the reader, the schema and the case checks, as `lineage check` runs them on one file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEvidenceXML(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let path = FuzzInput.file(data, count, named: "input.xml")
    let loader = CaseLoader(schema: schema, maximumFileSize: 1 << 20)
    let result = loader.load([path], onto: EvidenceCase()) { _, _, _ in }
    for diagnostic in result.diagnostics where diagnostic.description.contains("\n") && diagnostic.notes.isEmpty {
        fatalError("a diagnostic of more than one line: \(diagnostic)")
    }
    return 0
}
