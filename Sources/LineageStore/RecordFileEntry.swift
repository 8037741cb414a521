/// One record file registered in a store: what `lineage fingerprint` or `lineage seed` read, described without
/// any of its personal data.
public struct RecordFileEntry: Sendable, Hashable {
    /// Whether a file's rows are a dataset's own records or decoys planted in it to catch whoever copies it.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case records
        case seeds
    }

    /// The store's number for the file, in the order files were registered.
    public let id: Int64
    /// The dataset whose records (or planted seeds) these are.
    public let dataset: String
    public let role: Role
    /// The file as the user named it.
    public let origin: String
    /// The SHA-256 of the file's bytes, in hex: shows later that the file in hand is the one registered.
    public let digest: String
    public let rows: Int
    /// Rows that gave no match key at all (every key had an empty or unusable field).
    public let rowsWithoutKey: Int
    public let recordedBy: String
    public let recordedAt: String
    /// The SHA-256 of the file's fingerprints, in key order (`FingerprintDigest`): what `verify` recomputes.
    public let fingerprintsDigest: String
    /// How many distinct fingerprints each match key has.
    public let fingerprintCounts: [String: Int]
    /// The log entry that registered the file, whose hash covers this description; nil for a file registered
    /// before registrations were entries of the chain, which `verify` cannot vouch for.
    public let entry: Int?
}

/// A record file about to be registered: everything but what the store assigns.
public struct NewRecordFile: Sendable {
    public var dataset: String
    public var role: RecordFileEntry.Role
    public var origin: String
    public var digest: String
    public var rows: Int
    public var rowsWithoutKey: Int

    public init(
        dataset: String, role: RecordFileEntry.Role, origin: String, digest: String, rows: Int, rowsWithoutKey: Int
    ) {
        (self.dataset, self.role, self.origin, self.digest) = (dataset, role, origin, digest)
        (self.rows, self.rowsWithoutKey) = (rows, rowsWithoutKey)
    }
}
