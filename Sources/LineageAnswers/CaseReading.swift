import LineageCore
import LineageStore
package import LineageXML

/// Reads one case from evidence files, directories and case stores together.
package enum CaseReading {
    /// Reads `paths` as one case: each path that is a case store (an SQLite file, by its header) is loaded from
    /// its rows without parsing any XML; the rest are read as evidence files and directories onto the stores'
    /// items, and the whole is checked as one case.
    ///
    /// - Parameters:
    ///   - paths: files, directories and stores, none of them a pipe (copy a pipe to a file first).
    ///   - maximumFileSize: the largest evidence file read, in bytes.
    ///   - progress: called with the phase and how far it has got, for a front end to show.
    /// - Returns: the case with its diagnostics sorted by place; `files` lists the stores first.
    package static func read(
        _ paths: [String], maximumFileSize: Int = CaseLoader.defaultMaximumFileSize,
        progress: @escaping CaseLoader.Progress = { _, _, _ in }
    ) throws -> CaseLoader.Result {
        let stores = paths.filter(CaseStore.isStore(at:))
        var base = EvidenceCase()
        var storeProblems: [Diagnostic] = []
        for path in stores {
            storeProblems += base.merge(try CaseStore(opening: path, readOnly: true).loadCase())
        }
        let loader = CaseLoader(schema: try EvidenceSchema(), maximumFileSize: maximumFileSize)
        var result = loader.load(paths.filter { !stores.contains($0) }, onto: base, progress: progress)
        result.files = stores + result.files
        result.diagnostics = storeProblems + result.diagnostics
        result.diagnostics.sort(by: Diagnostic.byPlace)
        return result
    }
}
