package import LineageCore
import LineageStore
package import LineageXML

/// Reads one case from evidence files, directories and case stores together.
package enum CaseReading {
    /// Reads `paths` as one case: each path that is a case store (an SQLite file, by its header) is loaded from
    /// its rows without parsing any XML; the rest are read as evidence files and folders onto the stores' items,
    /// and the whole is checked as one case. A file that a store already holds, byte for byte (by SHA-256), is not
    /// read again: it would only repeat every id; a warning names the entry that holds it.
    ///
    /// - Parameters:
    ///   - paths: files, directories and stores, none of them a pipe (copy a pipe to a file first).
    ///   - maximumFileSize: the largest evidence file read, in bytes.
    ///   - advice: what the front end adds to the errors it can help with, in its own words (`CaseLoader.Advice`).
    ///   - recursive: read the `*.xml` files of a folder's subfolders too.
    ///   - progress: called with the phase and how far it has got, for a front end to show.
    /// - Returns: the case with its diagnostics sorted by place; `files` lists the stores first.
    package static func read(
        _ paths: [String], maximumFileSize: Int = CaseLoader.defaultMaximumFileSize, advice: CaseLoader.Advice = .init(),
        recursive: Bool = false, progress: @escaping CaseLoader.Progress = { _, _, _ in }
    ) throws -> CaseLoader.Result {
        let stores = paths.filter(CaseStore.isStore(at:))
        var base = EvidenceCase()
        var storeProblems: [Diagnostic] = []
        var held: [String: (store: String, entry: Int)] = [:]
        for path in stores {
            let store = try CaseStore(opening: path, readOnly: true)
            storeProblems += base.merge(try store.loadCase())
            for (digest, entry) in try store.entriesByDigest() where held[digest] == nil {
                held[digest] = (path, entry)
            }
        }
        var evidencePaths = paths.filter { !stores.contains($0) }
        if !held.isEmpty {
            let listed = CaseLoader.files(in: evidencePaths, recursive: recursive)
            storeProblems += listed.diagnostics
            evidencePaths = listed.files.filter { file in
                guard let digest = FileDigest.sha256(ofFileAt: file), let holder = held[digest] else { return true }
                storeProblems.append(
                    .warning(
                        .alreadyInStore,
                        "already in the store as entry \(holder.entry) (\(holder.store):\(holder.entry)); read "
                            + "once, from the store", at: SourceLocation(file: file, line: 0)))
                return false
            }
        }
        let loader = CaseLoader(
            schema: try EvidenceSchema(), maximumFileSize: maximumFileSize, advice: advice)
        var result = loader.load(evidencePaths, onto: base, recursive: recursive, progress: progress)
        result.files = stores + result.files
        result.diagnostics = storeProblems + result.diagnostics
        result.diagnostics.sort(by: Diagnostic.byPlace)
        return result
    }
}

extension CaseReading {
    /// The part of a case store that `lineage received dataset` reads (`CaseStore.receivedPart(of:)`,
    /// `ReceivedScope`), or nil when the query must read the whole case as `read` does: when `paths` is anything but
    /// one case store (evidence files, folders, or several stores, whose items can clash in ways only the whole
    /// case shows), when the store cannot give the part, and when `filter` leaves claims out by date or grade (the
    /// answer counts those over the whole case).
    package static func receivedPart(_ paths: [String], of dataset: DatasetID, filter: CaseFilter) throws
        -> EvidenceCase?
    {
        guard paths.count == 1, let path = paths.first, CaseStore.isStore(at: path), !filter.leavesOutClaims
        else { return nil }
        return try CaseStore(opening: path, readOnly: true).receivedPart(of: dataset)
    }
}
