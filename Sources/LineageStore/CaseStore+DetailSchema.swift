import GRDB

extension CaseStore {
    /// The tables for evidence format 1.1 (schema version 3), beside the version 1 tables, which keep their shape:
    /// an old entry's rows are read exactly as before, and its canonical form does not change.
    ///
    /// - `claim_detail` holds what a 1.1 claim says beyond the `claim` columns: a transfer's `basis` and `<price>`,
    ///   a containment's `within`, an event's `kind` and its lists of parties and datasets, an identity's
    ///   `same-as`, and `approx` on the claim's count. One row per claim that has any of these.
    /// - `dataset_detail` holds a dataset's several owners (space-separated, in document order) and `approx` on its
    ///   count. With one owner, the `owner` column of `dataset` holds it, as in version 1.
    /// - `dataset_alias` holds aliases of datasets, as `alias` does for parties.
    /// - `note` holds the `<note>`s of any item, by the item's id (ids are unique across kinds).
    static let detailSchema = """
        CREATE TABLE claim_detail (
            claim TEXT PRIMARY KEY REFERENCES claim(id),
            basis TEXT, within TEXT, same_as TEXT, event_kind TEXT, parties TEXT, datasets TEXT,
            approx INTEGER NOT NULL DEFAULT 0 CHECK (approx IN (0, 1)),
            price_amount TEXT, price_currency TEXT, price_approx INTEGER CHECK (price_approx IN (0, 1))
        ) WITHOUT ROWID;
        CREATE TABLE dataset_detail (
            dataset TEXT PRIMARY KEY REFERENCES dataset(id), owners TEXT,
            approx INTEGER NOT NULL DEFAULT 0 CHECK (approx IN (0, 1))
        ) WITHOUT ROWID;
        CREATE TABLE dataset_alias (
            dataset TEXT NOT NULL REFERENCES dataset(id), position INTEGER NOT NULL, text TEXT NOT NULL, lang TEXT,
            PRIMARY KEY (dataset, position)
        ) WITHOUT ROWID;
        CREATE TABLE note (
            item TEXT NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL, lang TEXT,
            PRIMARY KEY (item, position)
        ) WITHOUT ROWID;
        """

    static let detailTables = ["claim_detail", "dataset_detail", "dataset_alias", "note"]

    /// Whether the store has the 1.1 tables: a store no write has upgraded yet has none, and holds no 1.1 content.
    static func hasDetailTables(_ db: Database) throws -> Bool {
        try db.tableExists("claim_detail")
    }
}
