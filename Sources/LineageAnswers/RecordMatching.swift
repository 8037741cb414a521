package import LineageRecords
package import LineageStore

/// The library half of `lineage match`: a recovered list fingerprinted under the case's secret and compared with
/// every registered dataset, key by key, chunk by chunk from the store.
package enum RecordMatching {
    /// Attributes the list `reader` reads to the datasets `registered` names.
    ///
    /// - Parameters:
    ///   - label: how progress names the list (its path).
    ///   - secret: the case's fingerprint secret (`CaseStore.registeredSecret()`).
    ///   - minimumUniqueRows: the fewest rows a dataset alone must hold to be called an origin.
    ///   - progress: told how far fingerprinting and comparing have got; nil for none.
    /// - Throws: `RecordFileError` when the list cannot be read; `StoreError` when the store cannot.
    /// - Complexity: one pass over the list, then one streamed pass over each registered file's fingerprints
    ///   per key.
    package static func attribute(
        _ reader: RecordFileReader, label: String, secret: [UInt8], against registered: [RegisteredRecords],
        in store: CaseStore, minimumUniqueRows: Int, progress: (any WorkProgress)?
    ) throws -> Attribution {
        defer { progress?.finish() }
        let fingerprints = try RecordFingerprinting.list(reader, with: Fingerprinter(secret: secret)) {
            bytes, size, _ in progress?.update("fingerprinting \(label)", done: bytes, total: size)
        }
        var attributor = Attributor(list: fingerprints, registered: registered)
        for (index, file) in registered.enumerated() {
            progress?.update("comparing", done: index, total: registered.count)
            for key in fingerprints.keys {
                try attributor.compare(file, key: key) { body in
                    try store.forEachFingerprintChunk(of: file.file, key: key.name, body)
                }
            }
        }
        return attributor.attribution(minimumUniqueRows: minimumUniqueRows)
    }
}
