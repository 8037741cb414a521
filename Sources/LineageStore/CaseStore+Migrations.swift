import GRDB

/// The store's schema versions, as GRDB migrations: each later change to the format is one more migration at the
/// end of `steps`, never an edit to one already shipped (`docs/store.md`, "Versions").
///
/// A store is upgraded only by a write (`CaseStore.write`), never by a read, so a store on write-protected media, or
/// one kept as an exhibit, is read and verified exactly as it is. Stores made before the migrator (release 0.1 and
/// the builds up to schema version 3) have no `grdb_migrations` table; their `PRAGMA user_version` says which
/// steps they hold (`identifiers(forUserVersion:)`), and their first write records those steps in the table before
/// the migrator runs the rest.
///
/// Every step also sets `user_version` to its number, which is what builds from before the migrator read: a store
/// they cannot understand is refused by them as "a newer schema", not misread.
enum StoreMigrations {
    /// One schema change: its migration identifier (never renamed) and what it does.
    struct Step: Sendable {
        let identifier: String
        let migrate: @Sendable (Database) throws -> Void
    }

    /// Every step, oldest first. Position *n* (from 1) is schema version *n*.
    static let steps: [Step] = [
        Step(identifier: "v1-evidence") { db in
            try db.execute(sql: CaseStore.schema)
            try CaseStore.forbidChanges(to: CaseStore.tables, db)
            // PRAGMAs take no bound parameters; both values here are our own integers.
            try db.execute(sql: "PRAGMA application_id = \(CaseStore.applicationID)")
            try setUserVersion(1, db)
        },
        Step(identifier: "v2-records") { db in
            try db.execute(sql: CaseStore.recordSchema)
            try CaseStore.forbidChanges(to: CaseStore.recordTables, db)
            try setUserVersion(2, db)
        },
        Step(identifier: "v3-format-1.1") { db in
            // Builds before version 3 was numbered wrote these tables into some version 2 stores.
            if try !CaseStore.hasDetailTables(db) {
                try db.execute(sql: CaseStore.detailSchema)
                try CaseStore.forbidChanges(to: CaseStore.detailTables, db)
            }
            try setUserVersion(3, db)
        },
        Step(identifier: "v4-chained-records") { db in
            try CaseStore.chainRecordRegistrations(db)
            try setUserVersion(4, db)
        },
        Step(identifier: "v5-claim-inputs") { db in
            try db.execute(sql: CaseStore.inputSchema)
            try CaseStore.forbidChanges(to: CaseStore.inputTables, db)
            try CaseStore.indexInputs(ofClaimsIn: db)
            try setUserVersion(5, db)
        },
    ]

    /// The schema version this build writes: the number of steps.
    static var latestVersion: Int { steps.count }

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        for step in steps {
            // Deferred checks (the default): a step may rebuild a table others refer to, as version 4 does.
            migrator.registerMigration(step.identifier) { db in try step.migrate(db) }
        }
        return migrator
    }()

    private static func setUserVersion(_ version: Int, _ db: Database) throws {
        try db.execute(sql: "PRAGMA user_version = \(version)")
    }

    /// The steps a store made before the migrator holds, by its `user_version`: 0 or 1 is the first step alone.
    static func identifiers(forUserVersion version: Int) -> [String] {
        steps.prefix(max(1, min(version, steps.count))).map(\.identifier)
    }

    /// The steps a store holds, read without writing: from `grdb_migrations` when the migrator has run on it,
    /// else from its `user_version`.
    static func applied(_ db: Database) throws -> Set<String> {
        if try db.tableExists("grdb_migrations") { return try migrator.appliedIdentifiers(db) }
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        return Set(identifiers(forUserVersion: version))
    }

    /// Whether the store holds every step of this build.
    static func isCurrent(_ db: Database) throws -> Bool {
        try applied(db).isSuperset(of: steps.map(\.identifier))
    }

    /// Whether the store was written by a newer build: it holds a step this build does not know, or a
    /// `user_version` beyond this build's.
    static func isNewer(_ db: Database) throws -> Bool {
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        return try version > latestVersion || migrator.hasBeenSuperseded(db)
    }

    /// Runs, inside the caller's transaction, the steps the store does not hold yet, without recording them: how
    /// a write is tried on an old store before the store is upgraded for it (`CaseStore.write`). The caller rolls
    /// the transaction back. Foreign keys are deferred, as the migrator's own runs have them off.
    static func tryPendingSteps(_ db: Database) throws {
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        let applied = try applied(db)
        for step in steps where !applied.contains(step.identifier) { try step.migrate(db) }
    }

    /// Brings the store up to this build's schema with the migrator. A store made before the migrator first gets
    /// `grdb_migrations`, holding the steps its `user_version` says it has.
    static func upgrade(_ database: DatabaseQueue) throws {
        try database.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                if try !db.tableExists("grdb_migrations") {
                    let held = try identifiers(forUserVersion: Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0)
                    // The table exactly as GRDB's migrator creates it.
                    try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                    for identifier in held {
                        try db.execute(literal: "INSERT INTO grdb_migrations (identifier) VALUES (\(identifier))")
                    }
                }
                return .commit
            }
        }
        do {
            try migrator.migrate(database)
        } catch {
            // Another process may have run the same step between the migrator's check and its transaction: then
            // the store is current, which is all this write needs.
            guard try database.read(isCurrent) else { throw error }
        }
    }
}
