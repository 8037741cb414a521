import Foundation
import GRDB
import LineageCore

/// The part of a store that new items can reach, read without loading the rest: what lets `add` take time in
/// proportion to the file added rather than to the store (issue 18).
///
/// `EvidenceCase.check(added:)` checks new items on a sub-case of the whole case that it picks by a closure: the
/// added items; every claim about, or made from, a dataset they define or name as a claim's dataset or input;
/// every claim making an ancestor of an added claim's inputs (extraction, derivation, containment), up the
/// chain; and everything those claims and datasets name, by id, of any kind, transitively. Each step picks an item
/// by what the item itself says and by what was picked before, so the closure is monotone: run on any part of the
/// case that holds every item it picks in the whole case, it picks the same sub-case, and so finds the same
/// diagnostics. `neighbourhood` loads such a part: the same closure, followed through the store's indexes
/// (`claim(dataset)`, `claim_input`, the tables' ids) rather than through a loaded case, and wider where that is
/// simpler (every id the items name, of any kind, and every item with the id of an added one, so that a clash is
/// seen). It never needs to be exact, only a superset; the test is `NeighbourhoodAddTests`, which compares it with
/// the whole store on random cases.
extension CaseStore {
    /// The claim kinds that are made from, or found in, other datasets (`Claim.Kind.madeFromOthers`), as the
    /// `kind` column spells them. A claim of one of these kinds about a dataset is one of the claims that make it.
    static let madeFromKinds = Claim.Kind.madeFromOthers.map(\.rawValue).sorted()

    /// Rebuilds `claim_input` from the rows of every claim in the store, as the migration that adds it does (see
    /// `forEachInput`). `verify` checks the result against the claims as they load (`inputIndexBreak`).
    static func indexInputs(ofClaimsIn db: Database) throws {
        try forEachInput(ofClaimsIn: db) { dataset, claim in
            try db.execute(sql: "INSERT INTO claim_input (dataset, claim) VALUES (?, ?)", arguments: [dataset, claim])
        }
    }

    /// Calls `body` with each dataset a claim in the store (retracted or not) is made from or found in, and the
    /// claim, once per pair, from the claims' rows: an extraction's and a derivation's `from` (ids separated by
    /// spaces), a containment's `within`. What `claim_input` holds, for the migration that builds it and for a
    /// query on a store no write has upgraded yet.
    static func forEachInput(ofClaimsIn db: Database, _ body: (String, String) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT c.id, c.kind, c."from", x.within FROM claim c LEFT JOIN claim_detail x ON x.claim = c.id
                WHERE c.kind IN ('extraction', 'derivation', 'containment')
                """)
        while let row = try rows.next() {
            let columns = RowColumns(row, table: "claim", idColumn: 0)
            let datasets =
                try columns.text("kind") == "containment"
                ? [try columns.text("within")]
                : try columns.text("from").split(separator: " ").map(String.init)
            for dataset in Set(datasets) { try body(dataset, columns.id) }
        }
    }

    /// Writes the `claim_input` rows of `claims`, beside their claim rows.
    static func insertInputs(of claims: some Sequence<Claim>, _ db: Database) throws {
        for claim in claims {
            for dataset in Set(claim.inputs) {
                try db.cachedStatement(sql: "INSERT INTO claim_input (dataset, claim) VALUES (:dataset, :claim)")
                    .execute(arguments: ["dataset": dataset.rawValue, "claim": claim.id.rawValue])
            }
        }
    }

    /// Whether `claim_input` holds the inputs of every claim (retracted ones too), as the claims load, and nothing
    /// else: the index `add` trusts to find the claims new evidence can contradict.
    func inputIndexBreak(_ db: Database) throws -> StoreVerification.Break? {
        guard try db.tableExists("claim_input") else { return nil }
        var filter = Filter()
        filter.ids = Self.jsonArray(
            try SQLRequest<String>("SELECT id FROM claim WHERE kind IN \(Self.madeFromKinds)").fetchAll(db))
        var expected: Set<[String]> = []
        for claim in try readItems(db, filter).claims.values {
            for dataset in claim.inputs { expected.insert([dataset.rawValue, claim.id.rawValue]) }
        }
        var differing = 0
        let rows = try Row.fetchCursor(db, sql: "SELECT dataset, claim FROM claim_input")
        while let row = try rows.next() {
            let columns = RowColumns(row, table: "claim_input", idColumn: 1)
            if expected.remove([try columns.text("dataset"), columns.id]) == nil { differing += 1 }
        }
        differing += expected.count
        return differing == 0 ? nil : .indexAltered(table: "claim_input", count: differing)
    }

    /// The items of the store (retracted claims left out) that `EvidenceCase.check(added: added)` can pick from
    /// the store together with `added`, and more: see the type's comment.
    ///
    /// - Complexity: the rows of the items returned, read by their keys and indexes, in a few rounds of queries
    ///   (one for each step along a chain of references or of datasets made from others).
    func neighbourhood(of added: EvidenceCase, _ db: Database) throws -> EvidenceCase {
        var part = EvidenceCase()
        var wanted = Set(added.allIDs)
        var requested: Set<String> = []
        // The datasets whose makers are followed: the inputs of the added claims, then their makers' inputs.
        var ancestors: Set<DatasetID> = []
        var pendingAncestors: [DatasetID] = []
        var addedMakers: [DatasetID: [Claim]] = [:]
        func name(_ claim: Claim) { wanted.formUnion(claim.idsNamed) }
        func name(_ dataset: Dataset) { wanted.formUnion(dataset.owners.map(\.rawValue)) }

        var touched = Set(added.datasets.keys)
        for dataset in added.datasets.values { name(dataset) }
        for claim in added.claims.values {
            name(claim)
            if let dataset = claim.dataset {
                touched.insert(dataset)
                if Claim.Kind.madeFromOthers.contains(claim.kind) {
                    addedMakers[dataset, default: []].append(claim)
                }
            }
            touched.formUnion(claim.inputs)
            pendingAncestors += claim.inputs
        }
        wanted.formUnion(touched.map(\.rawValue))
        wanted.formUnion(try claims(aboutOrFrom: touched, db))

        while true {
            // Up the chain of makers, as far as what is loaded already says.
            repeat {
                var reached: [DatasetID] = []
                while let dataset = pendingAncestors.popLast() {
                    guard ancestors.insert(dataset).inserted else { continue }
                    reached.append(dataset)
                    wanted.insert(dataset.rawValue)
                    for maker in addedMakers[dataset] ?? [] { pendingAncestors += maker.inputs }
                }
                for id in try makers(of: reached, db) {
                    if let maker = part.claims[ClaimID(id)] {
                        pendingAncestors += maker.inputs
                    } else {
                        wanted.insert(id)
                    }
                }
            } while !pendingAncestors.isEmpty
            let asked = wanted.subtracting(requested)
            guard !asked.isEmpty else { break }
            requested.formUnion(asked)
            wanted = []
            var filter = Filter(excludingRetracted: true)
            filter.ids = Self.jsonArray(asked)
            let loaded = try readItems(db, filter)
            for dataset in loaded.datasets.values { name(dataset) }
            for claim in loaded.claims.values {
                name(claim)
                if let dataset = claim.dataset, ancestors.contains(dataset) { pendingAncestors += claim.inputs }
            }
            _ = part.merge(loaded)
        }
        return part
    }

    /// The ids of the claims about any of `datasets` or made from any of them.
    func claims(aboutOrFrom datasets: Set<DatasetID>, _ db: Database) throws -> [String] {
        guard !datasets.isEmpty else { return [] }
        let list = Self.jsonArray(datasets.map(\.rawValue))
        return try SQLRequest<String>(
            """
            SELECT id FROM claim WHERE dataset IN (SELECT value FROM json_each(\(list)))
            UNION SELECT claim FROM claim_input WHERE dataset IN (SELECT value FROM json_each(\(list)))
            """
        ).fetchAll(db)
    }

    /// The ids of the claims that make any of `datasets` from others, or find it in another.
    private func makers(of datasets: [DatasetID], _ db: Database) throws -> [String] {
        guard !datasets.isEmpty else { return [] }
        let list = Self.jsonArray(datasets.map(\.rawValue))
        return try SQLRequest<String>(
            """
            SELECT id FROM claim WHERE dataset IN (SELECT value FROM json_each(\(list)))
            AND kind IN \(Self.madeFromKinds)
            """
        ).fetchAll(db)
    }

    /// `ids` as a JSON array, for `json_each`.
    static func jsonArray(_ ids: some Collection<String>) -> String {
        // Encoding an array of strings cannot fail.
        String(decoding: (try? JSONEncoder().encode(Array(ids))) ?? Data("[]".utf8), as: UTF8.self)
    }
}
