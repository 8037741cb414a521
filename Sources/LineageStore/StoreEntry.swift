public import LineageCore

/// One entry of a case store's log: an evidence file or command-line item added, or a claim retracted.
///
/// Entries are numbered from 1 in the order they were appended, and each carries the hash that chains it to
/// the one before (see `docs/store.md`).
public struct StoreEntry: Hashable, Sendable {
    /// What the entry changed.
    public enum Change: Hashable, Sendable {
        /// Items added from `origin` (a file as the user named it, or `command line`); `digest` is the SHA-256
        /// of the file's bytes, in hex, when it came from a file.
        case addition(origin: String, digest: String?, counts: ItemCounts)
        /// A claim withdrawn, with the investigator's reason. The claim stays in the store and in the log.
        case retraction(claim: ClaimID, reason: String)
        /// A record file registered (`lineage fingerprint` or `seed`): record file `file`, the rows of `dataset` in
        /// `role`, read from `origin`. What the registration says in full is `CaseStore.recordFiles()`.
        case registration(file: Int64, dataset: String, role: RecordFileEntry.Role, origin: String)
        /// The case's record key recorded, as its check value (never the key): the registrations after it were
        /// fingerprinted with this key.
        case recordKey(check: String)
    }

    /// How many items of each kind an addition brought.
    public struct ItemCounts: Hashable, Sendable {
        public var sources = 0
        public var parties = 0
        public var datasets = 0
        public var claims = 0

        package init(sources: Int = 0, parties: Int = 0, datasets: Int = 0, claims: Int = 0) {
            self.sources = sources
            self.parties = parties
            self.datasets = datasets
            self.claims = claims
        }

        package init(_ evidence: EvidenceCase) {
            self.init(
                sources: evidence.sources.count, parties: evidence.parties.count, datasets: evidence.datasets.count,
                claims: evidence.claims.count)
        }

        public var total: Int { sources + parties + datasets + claims }
    }

    /// The entry's number, from 1.
    public var sequence: Int
    /// Who appended it (`--by`, by default the user's login name).
    public var recordedBy: String
    /// When, in UTC, to the second: `2026-11-23T09:41:07Z`.
    public var recordedAt: String
    public var change: Change
    /// The hash of the entry before, in hex; 64 zeros for the first.
    public var previousHash: String
    /// SHA-256 of the previous hash's bytes and this entry's canonical form, in hex.
    public var hash: String

    package init(
        sequence: Int, recordedBy: String, recordedAt: String, change: Change, previousHash: String, hash: String
    ) {
        self.sequence = sequence
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.change = change
        self.previousHash = previousHash
        self.hash = hash
    }

    /// The UTC day the entry was appended, for `--since` and `--until`; nil if the timestamp is unreadable.
    public var day: CalendarDay? {
        let digits = recordedAt.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard digits.count == 3, CalendarDay.isValid(year: digits[0], month: digits[1], day: digits[2]) else {
            return nil
        }
        return CalendarDay(year: digits[0], month: digits[1], day: digits[2])
    }
}
