import LineageCore
import LineageProv
import LineageXML

/// PROV-XML: the reader and the mapping to a case, as `lineage import` runs them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProvXML(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let path = FuzzInput.file(data, count, named: "input.provx")
    guard let result = try? ProvXMLReader.read(path: path, displayPath: "fuzz.provx") else { return 0 }
    _ = result.document.importedCase(name: "fuzz.provx").evidence.check()
    return 0
}
