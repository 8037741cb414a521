package import LineageCore
package import LineageStore

/// How case tables (`docs/tables.md`) go into a store: all the tables of one command as one entry, all or
/// nothing, checked as a whole case with what the store holds (tables may refer anywhere among themselves, so the
/// narrower checks `lineage add` runs for files do not apply).
package enum TableAddition {
    /// Adds `evidence`, read from case tables without errors, to `store` in one entry.
    ///
    /// - Parameters:
    ///   - paths: the tables' paths as given, which name the entry's origin (`tables a.csv b.csv`).
    ///   - digest: the SHA-256 of the one table file given, so the same file is not added twice; nil for folders
    ///     and several files.
    /// - Returns: every diagnostic, and the items added (nil when refused).
    /// - Throws: `StoreError` when the store cannot be written.
    package static func add(
        _ evidence: EvidenceCase, from paths: [String], digest: String?, to store: CaseStore, by recorder: String
    ) throws -> (diagnostics: [Diagnostic], added: StoreEntry.ItemCounts?) {
        let addition = try store.add(origin: "tables \(paths.joined(separator: " "))", digest: digest, by: recorder) {
            current in
            var combined = current
            let collisions = combined.merge(evidence)
            return (combined, collisions + combined.check())
        }
        return (addition.diagnostics, addition.isAdded ? addition.counts : nil)
    }
}
