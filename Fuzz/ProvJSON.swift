import LineageCore
import LineageProv

/// PROV-JSON: the reader and the mapping to a case, as `lineage import` runs them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProvJSON(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    guard let (document, _) = try? ProvJSONReader.read(Array(UnsafeBufferPointer(start: data, count: count))) else {
        return 0
    }
    _ = document.importedCase(name: "fuzz.json").evidence.check()
    return 0
}
