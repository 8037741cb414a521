package import LineageRecords
package import LineageStore

/// The library half of `lineage fingerprint` and `lineage seed`: a record file's rows fingerprinted under the
/// case's secret (made on first use) and registered, fingerprints only, as a dataset's records or seeds.
package enum RecordRegistering {
    /// The record file already registered with these bytes (`digest`) for the same dataset and role, if any: the
    /// same file is registered once.
    package static func earlier(
        digest: String, dataset: String, role: RecordFileEntry.Role, in store: CaseStore
    ) throws(StoreError) -> RecordFileEntry? {
        try store.recordFiles().first { $0.dataset == dataset && $0.role == role && $0.digest == digest }
    }

    /// Fingerprints every row `reader` reads and registers the fingerprints in `store` in one entry.
    ///
    /// - Parameters:
    ///   - origin: the file as the user named it, for the log.
    ///   - digest: the file's SHA-256, in hex.
    ///   - progress: told how far fingerprinting has got; nil for none.
    /// - Returns: the registered file and what fingerprinting found (keys, rows, unusable values).
    /// - Throws: `RecordFileError` when the file cannot be read; `StoreError` when the store cannot be written.
    package static func register(
        _ reader: RecordFileReader, as role: RecordFileEntry.Role, of dataset: String, origin: String,
        digest: String, in store: CaseStore, by recorder: String, progress: (any WorkProgress)?
    ) throws -> (entry: RecordFileEntry, registration: RecordFingerprinting.Registration) {
        guard let secret = try store.recordSecret(creating: true, by: recorder) else {
            preconditionFailure("recordSecret(creating: true) makes the secret when there is none")
        }
        let registration: RecordFingerprinting.Registration
        do {
            defer { progress?.finish() }
            registration = try RecordFingerprinting.registration(of: reader, with: Fingerprinter(secret: secret)) {
                bytes, size, _ in progress?.update("fingerprinting \(origin)", done: bytes, total: size)
            }
        }
        let entry = try store.register(
            NewRecordFile(
                dataset: dataset, role: role, origin: origin, digest: digest, rows: registration.summary.rows,
                rowsWithoutKey: registration.summary.rowsWithoutKey),
            fingerprints: registration.fingerprints, by: recorder)
        return (entry, registration)
    }
}
