/// The canonical form of the entries schema version 4 added (format 3): a record file registered, and the record
/// key's check value.
///
/// - A registration: `{"at","by","dataset","digest","file","fingerprints","format":3,"kind":"register","origin",
///   "role","rows","rows-without-key","sequence","unchained"}`, where `file` is the record file's number,
///   `fingerprints` the SHA-256 of its fingerprints (`FingerprintDigest`), and `unchained` how many record files
///   no entry registered (those from before version 4) when it was registered.
/// - The key: `{"at","by","check","format":3,"kind":"key","sequence"}`, `check` being
///   `CaseStore.checkValue(ofRecordKey:)`.
extension CanonicalForm {
    /// The version of these rules for registrations and the record key.
    static let formatWithRecords: UInt64 = 3

    /// What a registration entry covers: its `record_file` row, and the number of files registered before
    /// registrations were chained.
    struct Registration {
        var file: Int
        var dataset: String
        var role: String
        var origin: String
        var digest: String
        var rows: Int
        var rowsWithoutKey: Int
        var fingerprints: String
        var unchained: Int

        var members: [String: CanonicalJSON] {
            [
                "file": .integer(UInt64(file)), "dataset": .string(dataset), "role": .string(role),
                "origin": .string(origin), "digest": .string(digest), "rows": .integer(UInt64(rows)),
                "rows-without-key": .integer(UInt64(rowsWithoutKey)), "fingerprints": .string(fingerprints),
                "unchained": .integer(UInt64(unchained)),
            ]
        }
    }
}
