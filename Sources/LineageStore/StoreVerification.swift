/// What `CaseStore.verify()` found: how far the chain holds, and the first place it breaks.
public struct StoreVerification: Hashable, Sendable, CustomStringConvertible {
    /// The first break in the chain. Each names the entry where verification stopped; the entries before it
    /// are intact.
    public enum Break: Hashable, Sendable, CustomStringConvertible {
        /// Entry `sequence` is missing: the log jumps from the entry before it to a later one.
        case removed(sequence: Int)
        /// Entry `sequence` does not follow the entry before it: its recorded previous hash is not that entry's
        /// hash. Entries were reordered or replaced, or the entry before was edited and given a new hash.
        case outOfOrder(sequence: Int)
        /// Entry `sequence`'s content (its row, or the rows of the items it added) no longer gives its hash.
        case edited(sequence: Int, detail: String)
        /// Rows that belong to no addition in the log: added behind the store's back, or left behind when their
        /// entry was removed (which is how removing the *last* entry shows).
        case strayRows(table: String, count: Int)
        /// Rows of an index the store derives from its claims (`claim_input`) that are not what the claims say, or
        /// missing: it was changed outside lineage, and `add` would check new evidence against the wrong claims.
        case indexAltered(table: String, count: Int)
        /// A record file's fingerprints no longer give the digest recorded when it was registered: chunks were
        /// added, removed or edited behind the store's back.
        case fingerprintsAltered(file: Int64, dataset: String)
        /// The record key is not the one entry `sequence` recorded (its check value differs): it was replaced
        /// behind the store's back, and every match against the registered fingerprints would find nothing.
        case recordKeyReplaced(sequence: Int)
        /// No intact entry has this hash, written down earlier: the log was cut short or rewritten since.
        case missingAnchor(hash: String)

        public var description: String {
            switch self {
            case .removed(let sequence):
                "entry \(sequence) was removed: the log goes from entry \(sequence - 1) to a later one"
            case .outOfOrder(let sequence):
                "entry \(sequence) does not follow entry \(sequence - 1): entries were reordered or replaced, or "
                    + "entry \(sequence - 1) was edited and given a new hash"
            case .edited(let sequence, let detail):
                "entry \(sequence) was edited: \(detail)"
            case .strayRows(let table, let count):
                "\(count) \(table) row\(count == 1 ? "" : "s") belong\(count == 1 ? "s" : "") to no entry: added "
                    + "outside lineage, or left behind when their entry was removed"
            case .indexAltered(let table, let count):
                "\(count) \(table) row\(count == 1 ? " differs" : "s differ") from what the claims say (or "
                    + "\(count == 1 ? "is" : "are") missing): the index was changed outside lineage"
            case .fingerprintsAltered(let file, let dataset):
                "the fingerprints of record file \(file) (\(dataset)) no longer give the digest recorded when it "
                    + "was registered: they were changed outside lineage"
            case .recordKeyReplaced(let sequence):
                "the record key is not the one entry \(sequence) recorded (its check value differs): it was replaced "
                    + "outside lineage, and matches against the registered fingerprints mean nothing"
            case .missingAnchor(let hash):
                "no entry has the hash \(hash) any more: the log was cut short or rewritten after it was noted"
            }
        }

        /// The entry where the chain breaks, when the break is at one.
        public var sequence: Int? {
            switch self {
            case .removed(let sequence), .outOfOrder(let sequence), .edited(let sequence, _): sequence
            case .strayRows, .indexAltered, .missingAnchor, .fingerprintsAltered, .recordKeyReplaced: nil
            }
        }
    }

    /// How many entries were checked and found intact.
    public var intactEntries: Int
    /// The last intact entry: its number and hash are what to write down to detect a later truncation or rewrite.
    public var head: StoreEntry?
    /// How many registered record files were checked and found intact.
    public var intactRecordFiles = 0
    /// Record files registered before registrations were entries of the chain (schema version 4): `verify` checks
    /// their fingerprints against their digest, but cannot show that their dataset, role or counts were not edited.
    public var unchainedRecordFiles: [Int64] = []
    /// Whether the store has a record key that no entry recorded (one made before version 4, with no registration
    /// since): `verify` cannot show it was not replaced.
    public var isRecordKeyUnchained = false
    /// The first break, or nil when the whole chain holds.
    public var firstBreak: Break?

    public var isIntact: Bool { firstBreak == nil }

    public var description: String {
        if let firstBreak { return firstBreak.description }
        guard let head else { return "the store is empty: nothing to verify" }
        var text = "\(intactEntries) entr\(intactEntries == 1 ? "y" : "ies"), chain intact; head: entry \(head.sequence), "
            + "sha256 \(head.hash)"
        if intactRecordFiles > 0 {
            text += "; \(intactRecordFiles) record file\(intactRecordFiles == 1 ? "'s" : "s'") fingerprints intact"
        }
        return text
    }
}
