import ArgumentParser
import LineageXML

/// The evidence a command reads: files and directories that together make one case.
struct EvidenceOptions: ParsableArguments {
    @Argument(help: "Evidence files, or directories searched for *.xml files.", completion: .file())
    var evidence: [String]

    @Option(help: "Refuse any evidence file larger than this many bytes.")
    var maxFileSize: Int = CaseLoader.defaultMaximumFileSize

    func validate() throws {
        guard !evidence.isEmpty else { throw ValidationError("Name at least one evidence file or directory.") }
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be a positive number of bytes.") }
    }

    /// Reads the case, showing progress on standard error while it takes a while.
    func load() throws -> CaseLoader.Result {
        let loader = CaseLoader(schema: try EvidenceSchema(), maximumFileSize: maxFileSize)
        let progress = ProgressReporter()
        defer { progress.finish() }
        return loader.load(evidence) { phase, done, total in progress.update(phase.rawValue, done: done, total: total) }
    }
}
