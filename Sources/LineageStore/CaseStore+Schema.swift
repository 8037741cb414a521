import GRDB

extension CaseStore {
    /// Marks an SQLite file as a ListLineage case store (`PRAGMA application_id`): "line" in ASCII.
    static let applicationID: Int32 = 0x6C69_6E65
    /// The tables of a case store, version 1 (`docs/store.md` describes each).
    ///
    /// `entry` is the log; the item tables hold what additions brought, each row naming its entry, with the
    /// evidence format's attribute names as columns (`"when"`, `"from"` and `"to"` need quotes in SQL), so a store
    /// can be queried with any SQLite client. Children (aliases, fields, cites, quotes) keep their document order
    /// in `position`. Triggers refuse UPDATE and DELETE on every table: the store only grows. They guard against
    /// mistakes, not against someone who drops them; `lineage verify` is what catches that.
    static let schema = """
        CREATE TABLE entry (
            sequence INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('add', 'retract')),
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            origin TEXT,
            digest TEXT,
            claim TEXT,
            reason TEXT,
            previous_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE
        );
        CREATE TABLE source (
            id TEXT PRIMARY KEY, entry INTEGER NOT NULL REFERENCES entry(sequence),
            title TEXT NOT NULL, date TEXT NOT NULL, publisher TEXT, ref TEXT, reliability TEXT NOT NULL, lang TEXT
        ) WITHOUT ROWID;
        CREATE TABLE party (
            id TEXT PRIMARY KEY, entry INTEGER NOT NULL REFERENCES entry(sequence),
            kind TEXT NOT NULL, name TEXT NOT NULL, identified INTEGER NOT NULL, location TEXT
        ) WITHOUT ROWID;
        CREATE TABLE alias (
            party TEXT NOT NULL REFERENCES party(id), position INTEGER NOT NULL, text TEXT NOT NULL, lang TEXT,
            PRIMARY KEY (party, position)
        ) WITHOUT ROWID;
        CREATE TABLE dataset (
            id TEXT PRIMARY KEY, entry INTEGER NOT NULL REFERENCES entry(sequence),
            kind TEXT NOT NULL, name TEXT NOT NULL, owner TEXT, records INTEGER, unit TEXT
        ) WITHOUT ROWID;
        CREATE TABLE field (
            dataset TEXT NOT NULL REFERENCES dataset(id), position INTEGER NOT NULL, name TEXT NOT NULL,
            PRIMARY KEY (dataset, position)
        ) WITHOUT ROWID;
        CREATE TABLE claim (
            id TEXT PRIMARY KEY, entry INTEGER NOT NULL REFERENCES entry(sequence),
            kind TEXT NOT NULL, "when" TEXT NOT NULL,
            dataset TEXT, "from" TEXT, "to" TEXT, by TEXT, party TEXT, agent TEXT, principal TEXT,
            medium TEXT, price TEXT, purpose TEXT, operation TEXT, relation TEXT, records INTEGER, unit TEXT
        ) WITHOUT ROWID;
        CREATE TABLE cite (
            claim TEXT NOT NULL REFERENCES claim(id), position INTEGER NOT NULL,
            source TEXT NOT NULL, credibility INTEGER NOT NULL, stance TEXT NOT NULL, page TEXT,
            PRIMARY KEY (claim, position)
        ) WITHOUT ROWID;
        CREATE TABLE quote (
            claim TEXT NOT NULL, cite INTEGER NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL, lang TEXT,
            PRIMARY KEY (claim, cite, position),
            FOREIGN KEY (claim, cite) REFERENCES cite(claim, position)
        ) WITHOUT ROWID;
        CREATE INDEX source_entry ON source(entry);
        CREATE INDEX party_entry ON party(entry);
        CREATE INDEX dataset_entry ON dataset(entry);
        CREATE INDEX claim_entry ON claim(entry);
        CREATE INDEX claim_dataset ON claim(dataset);
        """

    /// The tables the append-only triggers guard.
    static let tables = ["entry", "source", "party", "alias", "dataset", "field", "claim", "cite", "quote"]

    /// Adds triggers that refuse UPDATE and DELETE on `tables`.
    static func forbidChanges(to tables: [String], _ db: Database) throws {
        for table in tables {
            for operation in ["UPDATE", "DELETE"] {
                try db.execute(
                    sql: """
                        CREATE TRIGGER \(table)_no_\(operation.lowercased()) BEFORE \(operation) ON \(table)
                        BEGIN SELECT RAISE(ABORT, 'a case store is append-only: retract a claim instead'); END
                        """)
            }
        }
    }
}

extension CaseStore {
    /// The derived index of schema version 5: one row for each dataset a claim is made from or found in
    /// (`Claim.inputs`: an extraction's database, a derivation's inputs, a containment's `within`).
    ///
    /// It is what lets `add` find, without loading the store, the claims a new dataset's claims can contradict:
    /// a derivation's inputs sit in one space-separated column and a containment's `within` in `claim_detail`,
    /// where no index reaches. Nothing in the hash chain depends on it: it is rebuilt from the claims by the
    /// migration that made it, written beside every claim added, and `verify` checks it against the claims.
    static let inputSchema = """
        CREATE TABLE claim_input (
            dataset TEXT NOT NULL, claim TEXT NOT NULL REFERENCES claim(id),
            PRIMARY KEY (dataset, claim)
        ) WITHOUT ROWID;
        """

    static let inputTables = ["claim_input"]
}
