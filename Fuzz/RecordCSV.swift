import LineageRecords

/// Record CSV: the reader and the normaliser, as `lineage fingerprint` and `match` run them, on the file as
/// UTF-8 and as CP932.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecordCSV(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let path = FuzzInput.file(data, count, named: "input.csv")
    var normalised = NormalisedRow()
    for encoding in [RecordEncoding.utf8, .cp932] {
        guard let reader = try? RecordFileReader(path: path, encoding: encoding, columns: .byHeaderNames) else {
            continue
        }
        while let block = try? reader.nextBlock(blockSize: 4096) {
            for row in 0..<block.count { block.normalise(row: row, into: &normalised) }
        }
    }
    return 0
}
