/// What comparing a recovered list with the registered record sets found: per dataset, how much of the list it
/// holds and how much only it holds, and what that shows. Counts only: no row's values.
public struct Attribution: Sendable, Hashable {
    /// What one dataset's figures show about where the list came from, strongest first.
    public enum Conclusion: String, Sendable, Hashable, Codable, Comparable {
        /// Decoy records planted in the dataset are in the list: it was made from the dataset or a copy of it.
        case seedFound = "seed-found"
        /// At least the minimum number of the list's rows are in this dataset and in no other registered one:
        /// the list draws on it.
        case origin
        /// Rows match, but too few (or none) of them are in this dataset alone: consistent with the list, not
        /// shown by it.
        case overlapOnly = "overlap-only"
        /// Rows match only on name and birth date without corroboration (perhaps namesakes born the same day),
        /// or only on a household's phone (perhaps a sibling): the dataset may hold them, this does not show it.
        case unconfirmed
        /// Nothing in the list matches.
        case none

        private var rank: Int {
            switch self {
            case .seedFound: 0
            case .origin: 1
            case .overlapOnly: 2
            case .unconfirmed: 3
            case .none: 4
            }
        }

        public static func < (lhs: Conclusion, rhs: Conclusion) -> Bool { lhs.rank < rhs.rank }
    }

    /// One dataset's figures.
    public struct DatasetResult: Sendable, Hashable {
        public let dataset: String
        /// Rows that are the same person as one of the dataset's records (`MatchKey.showsPerson`).
        public let rowsMatched: Int
        /// Of those, rows that are the same person in no other registered dataset: what pins the origin.
        public let uniqueRows: Int
        /// Rows that match a record only on name and birth date, uncorroborated: perhaps namesakes.
        public let nameAndBirthDateOnlyRows: Int
        /// Rows that match a record only on its phone: perhaps a sibling.
        public let householdOnlyRows: Int
        /// Rows that match a decoy planted in the dataset.
        public let seedRows: Int
        /// For each match key, the rows that match the dataset on it.
        public let rowsByKey: [String: Int]
        public let conclusion: Conclusion
        /// The share of the list found in the dataset: `rowsMatched / rows`.
        public let containment: Double
    }

    /// What reading the list found.
    public let list: RecordFileSummary
    /// The keys compared: those the list gives.
    public let keys: [MatchKey]
    /// The fewest unique rows that make a dataset an origin.
    public let minimumUniqueRows: Int
    /// Every dataset with registered records or seeds, strongest conclusion first, then most unique rows.
    public let results: [DatasetResult]
    /// Rows that match nothing registered, records or seeds, on any key.
    public let unmatchedRows: Int
    /// Rows that are the same person in no dataset but match one on name and birth date alone, or on a phone.
    public let unconfirmedRows: Int
    /// Rows that match a planted decoy of any dataset.
    public let seedRows: Int

    /// The datasets the list is shown to come from: seeds found in them, or enough rows only they hold.
    public var origins: [DatasetResult] { results.filter { $0.conclusion <= .origin } }
}
