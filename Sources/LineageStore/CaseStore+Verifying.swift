import GRDB
import LineageCore

extension CaseStore {
    /// Recomputes the hash chain from the rows and reports the first entry edited, removed or reordered.
    ///
    /// For each entry in order: its number must be the next one, its recorded previous hash must be the hash of
    /// the entry before, and the canonical form of what its rows say now must hash, after that previous hash, to
    /// its recorded hash. Then no item row may belong to anything but an addition in the log. Verification
    /// stops at the first break: every later hash depends on it.
    ///
    /// A chain cut short after its last good entry, or rewritten from some entry on by someone who recomputed
    /// every later hash, is still a valid chain. What finds that is a hash noted outside the store (in a report,
    /// a filing, an e-mail): each of `anchors` must be the hash of an intact entry.
    ///
    /// - Complexity: O(*n*) rows, each read once, one entry at a time.
    public func verify(anchors: [String] = []) throws(StoreError) -> StoreVerification {
        try read { db in
            var verification = StoreVerification(intactEntries: 0, head: nil, firstBreak: nil)
            var chain = Head.empty
            var hashes: Set<String> = []
            var recordedKey: (sequence: Int, check: String)?
            let registrations = try Self.registrations(db)
            for row in try entryRows(db) {
                let entry: StoreEntry
                do {
                    entry = try self.entry(from: row, counts: [:], registrations: registrations)
                } catch let problem as RowProblem {
                    verification.firstBreak = .edited(sequence: chain.sequence + 1, detail: problem.description)
                    return verification
                }
                if entry.sequence != chain.sequence + 1 {
                    verification.firstBreak = .removed(sequence: chain.sequence + 1)
                    return verification
                }
                if entry.previousHash != chain.hash {
                    verification.firstBreak = .outOfOrder(sequence: entry.sequence)
                    return verification
                }
                let computed: String
                do {
                    computed = try canonicalForm(of: entry, db).hash(after: chain.hash)
                } catch let problem as RowProblem {
                    verification.firstBreak = .edited(sequence: entry.sequence, detail: problem.description)
                    return verification
                }
                guard computed == entry.hash else {
                    verification.firstBreak = .edited(
                        sequence: entry.sequence,
                        detail: "what it holds now hashes to \(computed), not to its recorded \(entry.hash)")
                    return verification
                }
                chain = Head(sequence: entry.sequence, hash: entry.hash)
                if case .recordKey(let check) = entry.change { recordedKey = (entry.sequence, check) }
                hashes.insert(entry.hash)
                verification.intactEntries += 1
                verification.head = entry
            }
            verification.firstBreak = try strayRows(db)
            if verification.firstBreak == nil { verification.firstBreak = try inputIndexBreak(db) }
            if verification.firstBreak == nil {
                (verification.intactRecordFiles, verification.firstBreak) = try verifyRecordFiles(db)
            }
            if verification.firstBreak == nil {
                verification.firstBreak = try recordKeyBreak(db, recorded: recordedKey)
            }
            (verification.unchainedRecordFiles, verification.isRecordKeyUnchained) =
                try unchainedRecords(db, keyRecorded: recordedKey != nil)
            if verification.firstBreak == nil, let missing = anchors.first(where: { !hashes.contains($0.lowercased()) })
            {
                verification.firstBreak = .missingAnchor(hash: missing)
            }
            return verification
        }
    }

    /// The canonical form of `entry` as its rows now read.
    private func canonicalForm(of entry: StoreEntry, _ db: Database) throws -> CanonicalForm {
        let change: CanonicalForm.Change
        switch entry.change {
        case .addition(let origin, let digest, _):
            change = .addition(
                origin: origin, digest: digest,
                items: try readItems(db, entry: entry.sequence, excludingRetracted: false))
        case .retraction(let claim, let reason):
            change = .retraction(claim: claim, reason: reason)
        case .registration:
            change = .registration(
                try registrationForm(
                    ofEntry: entry.sequence, recordedBy: entry.recordedBy, recordedAt: entry.recordedAt, db))
        case .recordKey(let check):
            change = .recordKey(check: check)
        }
        return CanonicalForm(
            sequence: entry.sequence, recordedBy: entry.recordedBy, recordedAt: entry.recordedAt, change: change)
    }

    /// Rows no addition in the log accounts for: items whose entry is not an addition, children whose parent
    /// is gone.
    private func strayRows(_ db: Database) throws -> StoreVerification.Break? {
        let additions = "(SELECT sequence FROM entry WHERE kind = 'add')"
        var queries = [
            ("source", "SELECT COUNT(*) FROM source WHERE entry NOT IN \(additions)"),
            ("party", "SELECT COUNT(*) FROM party WHERE entry NOT IN \(additions)"),
            ("dataset", "SELECT COUNT(*) FROM dataset WHERE entry NOT IN \(additions)"),
            ("claim", "SELECT COUNT(*) FROM claim WHERE entry NOT IN \(additions)"),
            ("alias", "SELECT COUNT(*) FROM alias WHERE party NOT IN (SELECT id FROM party)"),
            ("field", "SELECT COUNT(*) FROM field WHERE dataset NOT IN (SELECT id FROM dataset)"),
            ("cite", "SELECT COUNT(*) FROM cite WHERE claim NOT IN (SELECT id FROM claim)"),
            (
                "quote",
                "SELECT COUNT(*) FROM quote q WHERE NOT EXISTS "
                    + "(SELECT 1 FROM cite t WHERE t.claim = q.claim AND t.position = q.cite)"
            ),
        ]
        if try Self.hasDetailTables(db) {
            let items =
                "(SELECT id FROM source UNION ALL SELECT id FROM party UNION ALL SELECT id FROM dataset "
                + "UNION ALL SELECT id FROM claim)"
            queries += [
                ("claim_detail", "SELECT COUNT(*) FROM claim_detail WHERE claim NOT IN (SELECT id FROM claim)"),
                ("dataset_detail", "SELECT COUNT(*) FROM dataset_detail WHERE dataset NOT IN (SELECT id FROM dataset)"),
                ("dataset_alias", "SELECT COUNT(*) FROM dataset_alias WHERE dataset NOT IN (SELECT id FROM dataset)"),
                ("note", "SELECT COUNT(*) FROM note WHERE item NOT IN \(items)"),
            ]
        }
        if try db.tableExists("record_file"), try Self.chainsRecords(db) {
            queries.append(
                (
                    "record_file",
                    "SELECT COUNT(*) FROM record_file WHERE entry IS NOT NULL AND entry NOT IN "
                        + "(SELECT sequence FROM entry WHERE kind = 'register')"
                ))
        }
        for (table, sql) in queries {
            let count = try Int.fetchOne(db, sql: sql) ?? 0
            if count > 0 { return .strayRows(table: table, count: count) }
        }
        return nil
    }

    /// Whether the record key is still the one the last `key` entry recorded: a replaced key makes every match
    /// against the registered fingerprints silently find nothing.
    private func recordKeyBreak(_ db: Database, recorded: (sequence: Int, check: String)?) throws
        -> StoreVerification.Break?
    {
        guard let recorded else { return nil }
        guard let key = try Self.secret(db), Self.checkValue(ofRecordKey: key) == recorded.check else {
            return .recordKeyReplaced(sequence: recorded.sequence)
        }
        return nil
    }

    /// The record files no entry registered (all of them in a store before version 4), and whether the store has
    /// a record key no entry recorded: what `verify` names as not covered.
    private func unchainedRecords(_ db: Database, keyRecorded: Bool) throws -> ([Int64], Bool) {
        guard try db.tableExists("record_file") else { return ([], false) }
        let files =
            try Self.chainsRecords(db)
            ? try Int64.fetchAll(db, sql: "SELECT id FROM record_file WHERE entry IS NULL ORDER BY id")
            : try Int64.fetchAll(db, sql: "SELECT id FROM record_file ORDER BY id")
        let hasKey = try Self.secret(db) != nil
        return (files, !keyRecorded && hasKey)
    }
}
