import ArgumentParser
import LineageCore
import LineageStore
import LineageXML

/// The evidence a command reads: files, directories and case stores that together make one case.
struct EvidenceOptions: ParsableArguments {
    @Argument(
        help: "Evidence files, directories searched for *.xml files, case stores (lineage init), or - for standard input.",
        completion: .file())
    var evidence: [String]

    @Option(help: "Refuse any evidence file larger than this many bytes.")
    var maxFileSize: Int = CaseLoader.defaultMaximumFileSize

    func validate() throws {
        guard !evidence.isEmpty else { throw ValidationError("Name at least one evidence file or directory.") }
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be a positive number of bytes.") }
    }

    /// Reads the case, showing progress on standard error while it takes a while.
    ///
    /// A path that is a case store (an SQLite file, by its header) is loaded from its rows, without parsing any
    /// XML; its items and the files' make one case, checked as a whole.
    func load() throws -> CaseLoader.Result {
        let input = try SpooledInput(evidence, maximumSize: maxFileSize)
        let stores = input.paths.filter(CaseStore.isStore(at:))
        var base = EvidenceCase()
        var storeProblems: [Diagnostic] = []
        for path in stores {
            storeProblems += base.merge(try CaseStore(opening: path, readOnly: true).loadCase())
        }
        let loader = CaseLoader(schema: try EvidenceSchema(), maximumFileSize: maxFileSize)
        let progress = ProgressReporter()
        defer { progress.finish() }
        var result = loader.load(input.paths.filter { !stores.contains($0) }, onto: base) { phase, done, total in
            progress.update(phase.rawValue, done: done, total: total)
        }
        result.files = input.renaming(stores + result.files)
        result.diagnostics = storeProblems + result.diagnostics
        input.renaming(&result.diagnostics)
        result.diagnostics.sort(by: Diagnostic.byPlace)
        return result
    }
}
