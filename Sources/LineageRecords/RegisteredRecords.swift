/// A record file registered in the case, as matching needs to know it: whose records, in what role, and by
/// which number the store streams its fingerprints.
public struct RegisteredRecords: Sendable, Hashable {
    /// The store's number for the file, by which its fingerprints are streamed.
    public let file: Int64
    /// The id of the dataset whose records (or seeds) the file holds.
    public let dataset: String
    /// Decoys planted in the dataset, rather than its records.
    public let isSeeds: Bool

    public init(file: Int64, dataset: String, isSeeds: Bool) {
        self.file = file
        self.dataset = dataset
        self.isSeeds = isSeeds
    }
}
