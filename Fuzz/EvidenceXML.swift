import LineageCore
import LineageXML

/// Evidence XML: the reader, the schema and the case checks, as `lineage check` runs them on one file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEvidenceXML(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let path = FuzzInput.file(data, count, named: "input.xml")
    let loader = CaseLoader(schema: try! EvidenceSchema(), maximumFileSize: 1 << 20)
    let result = loader.load([path], onto: EvidenceCase()) { _, _, _ in }
    for diagnostic in result.diagnostics where diagnostic.description.contains("\n") && diagnostic.notes.isEmpty {
        fatalError("a diagnostic of more than one line: \(diagnostic)")
    }
    return 0
}
