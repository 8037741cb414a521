import GRDB
public import LineageCore

/// `received` from a store without loading the store (issue 18): the part `ReceivedScope` defines, read round by
/// round through the store's indexes.
extension CaseStore {
    /// The part of the store's case (retracted claims left out) that the answer to `received dataset` depends on
    /// (`ReceivedScope`). Nil when the store has no dataset with that id, whose answer (an error that suggests ids
    /// from the whole case) needs the whole store, and for a store before schema 3 (no `claim_detail`), which
    /// release 0.1 wrote: read it whole.
    ///
    /// Claims about a dataset are found through the index on `claim(dataset)`; claims made from one through
    /// `claim_input` (schema 5). A store no write has upgraded to schema 5 has no `claim_input`, and a read never
    /// upgrades a store: for it the same index is built in memory from the rows of the claims of the three kinds that
    /// have inputs, once per query (`forEachInput`, the definition the migration uses). The `<identity>` claims are
    /// found the same way, from one read of the identity claims' two party columns: no index covers them, and there
    /// are few.
    ///
    /// - Complexity: the rows of the part, read by their keys and indexes, one round for each step along the
    ///   component's chains of datasets and identities; plus one pass over the identity claims, and on a store
    ///   before schema 5, one over the claims with inputs.
    public func receivedPart(of dataset: DatasetID) throws(StoreError) -> EvidenceCase? {
        try read { db -> EvidenceCase? in
            guard try db.tableExists("claim_detail"),
                try Bool.fetchOne(db, sql: "SELECT 1 FROM dataset WHERE id = ?", arguments: [dataset.rawValue]) != nil
            else { return nil }
            let inputs = try db.tableExists("claim_input") ? nil : Self.inputIndex(db)
            let identities = try Self.identityIndex(db)
            return try ReceivedScope.part(of: dataset) { request in
                var ids = Set(request.datasets.map(\.rawValue))
                ids.formUnion(request.parties.map(\.rawValue))
                ids.formUnion(request.sources.map(\.rawValue))
                ids.formUnion(try claims(aboutOrFrom: request.datasets, inputs: inputs, db))
                for party in request.parties { ids.formUnion(identities[party.rawValue] ?? []) }
                var filter = Filter(excludingRetracted: true)
                filter.ids = Self.jsonArray(ids)
                return try readItems(db, filter)
            }
        }
    }

    /// The ids of the claims about any of `datasets` or made from any of them: from `claim_input`, or from `inputs`
    /// when the store has none.
    private func claims(aboutOrFrom datasets: Set<DatasetID>, inputs: [String: [String]]?, _ db: Database) throws
        -> [String]
    {
        guard !datasets.isEmpty else { return [] }
        guard let inputs else { return try claims(aboutOrFrom: datasets, db) }
        let list = Self.jsonArray(datasets.map(\.rawValue))
        let about = try SQLRequest<String>(
            "SELECT id FROM claim WHERE dataset IN (SELECT value FROM json_each(\(list)))"
        ).fetchAll(db)
        return about + datasets.flatMap { inputs[$0.rawValue] ?? [] }
    }

    /// `claim_input` in memory, for a store without it: for each dataset, the claims made from it or found in it.
    private static func inputIndex(_ db: Database) throws -> [String: [String]] {
        var index: [String: [String]] = [:]
        try forEachInput(ofClaimsIn: db) { dataset, claim in index[dataset, default: []].append(claim) }
        return index
    }

    /// For each party, the `<identity>` claims naming it on either side.
    private static func identityIndex(_ db: Database) throws -> [String: [String]] {
        var index: [String: [String]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT c.id, c.party, x.same_as FROM claim c LEFT JOIN claim_detail x ON x.claim = c.id
                WHERE c.kind = 'identity'
                """)
        while let row = try rows.next() {
            let columns = RowColumns(row, table: "claim", idColumn: 0)
            for party in [try columns.optionalText("party"), try columns.optionalText("same_as")].compactMap({ $0 }) {
                index[party, default: []].append(columns.id)
            }
        }
        return index
    }
}
