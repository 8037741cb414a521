import GRDB

extension CaseStore {
    /// The entry that added each file the store holds, by the file's SHA-256 (lowercase hex, as `FileDigest`
    /// gives it): so that a file named beside its store is recognised as already in it. Where the same file was
    /// added twice, the first entry answers.
    package func entriesByDigest() throws(StoreError) -> [String: Int] {
        try read { db in
            var entries: [String: Int] = [:]
            let rows = try Row.fetchAll(
                db, sql: "SELECT sequence, digest FROM entry WHERE digest IS NOT NULL ORDER BY sequence")
            for row in rows {
                let columns = RowColumns(row, table: "entry")
                let digest = try columns.text("digest")
                if entries[digest] == nil { entries[digest] = Int(try columns.integer("sequence")) }
            }
            return entries
        }
    }
}
