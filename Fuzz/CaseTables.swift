import LineageTables

/// Case tables (`lineage import`/`add` of CSV tables): the input split into up to seven files at each line
/// `====`, so one input can hold a whole case (every table recognised by its header) and the cross-table checks
/// run, as `CaseTables.read` runs them on a folder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCaseTables(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let separator = Array("\n====\n".utf8)
    var files: [(path: String, bytes: [UInt8])] = []
    var start = 0
    var index = 0
    while index + separator.count <= bytes.count, files.count < 6 {
        if bytes[index..<index + separator.count].elementsEqual(separator) {
            files.append((path: "table-\(files.count).csv", bytes: Array(bytes[start..<index])))
            index += separator.count
            start = index
        } else {
            index += 1
        }
    }
    files.append((path: "table-\(files.count).csv", bytes: Array(bytes[start...])))
    _ = CaseTables.read(files)
    return 0
}
