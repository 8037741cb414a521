import GRDB
public import LineageCore

extension CaseStore {
    /// What one `add` did: the entry appended, or nothing, and everything reading and checking found.
    public struct Addition: Sendable {
        /// The new entry; nil when the evidence was rejected and nothing was added.
        public var entry: StoreEntry?
        /// Every diagnostic: XML, schema and semantic, over the store and the new evidence together.
        public var diagnostics: [Diagnostic]
        /// The items added (empty when rejected).
        public var counts: StoreEntry.ItemCounts

        public var isAdded: Bool { entry != nil }
    }

    /// The store's content as one write transaction sees it.
    struct LoadedState {
        var head: Head
        /// The case now: retracted claims left out.
        var evidence: EvidenceCase
        /// Retracted claims, and the entry that retracted each: their ids stay taken.
        var retracted: [ClaimID: Int]
    }

    /// Reads new evidence onto the store's current case and appends it as one entry, all or nothing.
    ///
    /// Everything happens in one IMMEDIATE transaction: the store's current case is loaded (or reused from this
    /// instance's previous add, when no one has written since), `read` reads the new evidence onto it and checks
    /// the union, and only if no error was found are the new items and their entry written. A process killed at
    /// any point leaves either the whole entry or none of it.
    ///
    /// - Parameters:
    ///   - origin: where the evidence came from, for the log: the file as the user named it, or `command line`.
    ///   - digest: the SHA-256 of the file's bytes, in hex, when it came from a file.
    ///   - recorder: who is adding it.
    ///   - read: reads the evidence onto the case it is given, returning the union and every diagnostic; this is
    ///     where the XML layer's reader and `check()` run.
    public func add(
        origin: String, digest: String?, by recorder: String,
        reading read: (_ current: EvidenceCase) -> (evidence: EvidenceCase, diagnostics: [Diagnostic])
    ) throws(StoreError) -> Addition {
        try add(origin: origin, digest: digest, by: recorder, items: nil, checking: { _ in [] }, read: read)
    }

    /// Appends evidence already read, checked against only the part of the store its items can reach
    /// (`neighbourhood(of:)`), as one entry, all or nothing: how `add` takes time in proportion to the file, not to
    /// the store.
    ///
    /// `check` is given that part and must return what reading the items onto it and checking them with
    /// `EvidenceCase.check(added:)` finds; for a store that checked without errors, that is what the same reading
    /// and check on the whole store find (`neighbourhood(of:)` says why). When it finds an error (whose wording,
    /// such as a "did you mean" among the ids of the case, can depend on the whole store) the whole store is
    /// loaded and `read` runs as in `add(origin:digest:by:reading:)`, so a refusal reads exactly as before.
    ///
    /// - Parameters:
    ///   - items: the evidence read, on its own.
    ///   - check: the diagnostics of `items` read onto the part of the store given, and checked there.
    ///   - read: reads the evidence onto the whole case given and checks it, as for `add(origin:digest:by:reading:)`.
    public func add(
        origin: String, digest: String?, by recorder: String, items: EvidenceCase,
        checking check: (_ neighbourhood: EvidenceCase) -> [Diagnostic],
        orReading read: (_ current: EvidenceCase) -> (evidence: EvidenceCase, diagnostics: [Diagnostic])
    ) throws(StoreError) -> Addition {
        try add(origin: origin, digest: digest, by: recorder, items: items, checking: check, read: read)
    }

    /// Both of the above: with `items`, checked by `check` on their neighbourhood first.
    private func add(
        origin: String, digest: String?, by recorder: String, items prepared: EvidenceCase?,
        checking check: (EvidenceCase) -> [Diagnostic],
        read: (_ current: EvidenceCase) -> (evidence: EvidenceCase, diagnostics: [Diagnostic])
    ) throws(StoreError) -> Addition {
        let (addition, newState) = try write { db -> ((Addition, LoadedState?), Database.TransactionCompletion) in
            if let digest, let earlier = try Self.addition(withDigest: digest, db) {
                // Refused in one line, rather than with a duplicate-id error for each of the file's items.
                let again = Diagnostic.error(
                    .alreadyAdded,
                    "this file was already added, as entry \(earlier) (same SHA-256); nothing was added again",
                    at: SourceLocation(file: origin, line: 0))
                return ((Addition(entry: nil, diagnostics: [again], counts: .init()), nil), .rollback)
            }
            let head = try head(db)
            let retracted = try Self.retractedClaims(db)
            var checked: (items: EvidenceCase, found: [Diagnostic])?
            if let prepared {
                let found = check(try neighbourhood(of: prepared, db))
                if !found.contains(where: { $0.severity == .error }) { checked = (prepared, found) }
            }
            var state: LoadedState?
            if checked == nil {
                let loaded = try loadState(db, head: head, retracted: retracted)
                let (union, found) = read(loaded.evidence)
                checked = (union.subtracting(loaded.evidence), found)
                state = loaded
            } else if let cache, cache.head == head {
                state = cache
            }
            let (items, found) = checked!
            let diagnostics = found + Self.storeProblems(of: items, retracted: retracted)
            guard !diagnostics.contains(where: { $0.severity == .error }) else {
                return ((Addition(entry: nil, diagnostics: diagnostics, counts: .init()), state), .rollback)
            }
            let entry = try appendEntry(
                .addition(origin: origin, digest: digest, items: items), after: head, by: recorder, db)
            try insertItems(items, entry: entry.sequence, db)
            try Self.insertInputs(of: items.claims.values, db)
            let added = Addition(entry: entry, diagnostics: diagnostics, counts: StoreEntry.ItemCounts(items))
            // The loaded case, when there is one, is kept for the next add, with what this one added.
            var next: LoadedState?
            if var evidence = state?.evidence {
                _ = evidence.merge(relocated(items, toEntry: entry.sequence))
                next = LoadedState(
                    head: Head(sequence: entry.sequence, hash: entry.hash), evidence: evidence, retracted: retracted)
            }
            return ((added, next), .commit)
        }
        if let newState { cache = newState }
        return addition
    }

    /// The addition that brought a file with this SHA-256, if any.
    private static func addition(withDigest digest: String, _ db: Database) throws -> Int? {
        try SQLRequest<Int>(
            "SELECT sequence FROM entry WHERE kind = 'add' AND digest = \(digest) ORDER BY sequence LIMIT 1"
        ).fetchOne(db)
    }

    /// The case as the transaction sees it: this instance's cache while the head is still the one it cached,
    /// else read from the rows.
    private func loadState(_ db: Database, head: Head, retracted: [ClaimID: Int]) throws -> LoadedState {
        if let cache, cache.head == head { return cache }
        return LoadedState(head: head, evidence: try readItems(db, excludingRetracted: true), retracted: retracted)
    }

    /// Retracted claims, and the entry that retracted each.
    private static func retractedClaims(_ db: Database) throws -> [ClaimID: Int] {
        var retracted: [ClaimID: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT claim, sequence FROM entry WHERE kind = 'retract'") {
            let columns = RowColumns(row, table: "entry", idColumn: 1)
            retracted[ClaimID(try columns.text("claim"))] = Int(try columns.integer("sequence"))
        }
        return retracted
    }

    /// `items` as a later load reads them back: located at their entry, cites without a place of their own. The
    /// cache must give the same diagnostics a fresh load would.
    private func relocated(_ items: EvidenceCase, toEntry sequence: Int) -> EvidenceCase {
        let location = location(ofEntry: sequence)
        var moved = EvidenceCase()
        for var source in items.sources.values {
            source.location = location
            _ = moved.insert(source)
        }
        for var party in items.parties.values {
            party.location = location
            _ = moved.insert(party)
        }
        for var dataset in items.datasets.values {
            dataset.location = location
            _ = moved.insert(dataset)
        }
        for var claim in items.claims.values {
            claim.location = location
            for index in claim.cites.indices { claim.cites[index].location = nil }
            _ = moved.insert(claim)
        }
        return moved
    }

    /// What the store itself cannot take, beyond what `check` finds: an id a retracted claim used (ids are never
    /// reused, or the log would name two things with one id), and a count too large for SQLite's integers.
    private static func storeProblems(of items: EvidenceCase, retracted: [ClaimID: Int]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func reused(_ id: String, at location: SourceLocation?) {
            guard let entry = retracted[ClaimID(id)] else { return }
            problems.append(
                .error(
                    .duplicateID,
                    "duplicate id '\(id)': a claim retracted in entry \(entry) used it, and ids are never reused",
                    at: location))
        }
        func tooLarge(_ records: RecordCount?, _ id: String, at location: SourceLocation?) {
            guard let records, Int64(exactly: records.value) == nil else { return }
            problems.append(
                .error(
                    .countTooLarge,
                    "'\(id)': a count of \(records.value) is more than a case store can hold (\(Int64.max))",
                    at: location))
        }
        for source in items.sources.values { reused(source.id.rawValue, at: source.location) }
        for party in items.parties.values { reused(party.id.rawValue, at: party.location) }
        for dataset in items.datasets.values {
            reused(dataset.id.rawValue, at: dataset.location)
            tooLarge(dataset.records, dataset.id.rawValue, at: dataset.location)
        }
        for claim in items.claims.values {
            reused(claim.id.rawValue, at: claim.location)
            tooLarge(claim.records, claim.id.rawValue, at: claim.location)
        }
        return problems.sorted(by: Diagnostic.byPlace)
    }
}
