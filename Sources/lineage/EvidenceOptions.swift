import ArgumentParser
import LineageAnswers
import LineageCore
import LineageXML

/// The evidence a command reads: files, directories and case stores that together make one case.
struct EvidenceOptions: ParsableArguments {
    @Argument(
        help: "Evidence files, folders (their *.xml files), case stores (lineage init), or - for standard input.",
        completion: .file())
    var evidence: [String]

    @Flag(name: .shortAndLong, help: "Read the *.xml files of folders' subfolders too.")
    var recursive = false

    @Option(help: "Refuse any evidence file larger than this many bytes.")
    var maxFileSize: Int = CaseLoader.defaultMaximumFileSize

    /// What the CLI adds to the loader's errors: the option that raises the size limit, the command that starts
    /// an evidence file.
    static let advice = CaseLoader.Advice(
        fileSize: "raise it with --max-file-size", emptyFile: "lineage new writes a skeleton to start from")

    func validate() throws {
        guard !evidence.isEmpty else { throw ValidationError("Name at least one evidence file or directory.") }
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be a positive number of bytes.") }
    }

    /// Reads the case, showing progress on standard error while it takes a while. Piped input is copied to a
    /// private file first, and diagnostics name it as the user did.
    func load() throws -> CaseLoader.Result {
        let input = try SpooledInput(evidence, maximumSize: maxFileSize)
        let progress = ProgressReporter()
        defer { progress.finish() }
        var result = try CaseReading.read(
            input.paths, maximumFileSize: maxFileSize, advice: Self.advice, recursive: recursive
        ) { phase, done, total in
            progress.update(phase.rawValue, done: done, total: total)
        }
        result.files = input.renaming(result.files)
        input.renaming(&result.diagnostics)
        result.diagnostics.sort(by: Diagnostic.byPlace)
        return result
    }

    /// Reads the case and prepares it for a query, or prints its errors to standard error and exits 1.
    func prepare(_ filter: FilterOptions) throws -> PreparedCase {
        try prepare(load(), filter)
    }

    /// Prepares a case already read for a query, or prints its errors to standard error and exits 1.
    func prepare(_ loaded: CaseLoader.Result, _ filter: FilterOptions) throws -> PreparedCase {
        let prepared: PreparedCase
        do {
            prepared = try PreparedCase(loaded, filter: filter.filter)
        } catch {
            for diagnostic in error.diagnostics { StandardError.line(diagnostic.description) }
            let errors = error.diagnostics.count
            StandardError.line(
                "the evidence has \(errors) error\(errors == 1 ? "" : "s"); queries need a case without errors "
                    + "(lineage check lists every problem)")
            throw ExitCode(loaded.failureStatus)
        }
        Self.noteWarnings(of: prepared)
        return prepared
    }

    /// Says on standard error that the case has warnings, when it has: hops they flag are left out of paths. Of a
    /// case store's part that a query read alone, the count is the part's.
    static func noteWarnings(of prepared: PreparedCase) {
        guard prepared.warningCount > 0 else { return }
        let warnings = "\(prepared.warningCount) warning\(prepared.warningCount == 1 ? "" : "s")"
        let evidence = prepared.readsPart ? "the part of the evidence this answer reads" : "the evidence"
        StandardError.line(
            "note: \(evidence) has \(warnings) (lineage check lists them); hops that contradict the time order are "
                + "left out of paths")
    }
}
