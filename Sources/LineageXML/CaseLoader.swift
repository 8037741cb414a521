public import LineageCore
internal import Foundation

/// Loads a case from evidence files and directories: the union of every `.xml` file found, with references
/// across files resolved and every problem reported.
public struct CaseLoader {
    /// What loading produced: the case and every diagnostic (XML, schema and semantic), sorted by place.
    public struct Result: Sendable {
        public var evidence: EvidenceCase
        public var diagnostics: [Diagnostic]
        /// The files read, in the order read.
        public var files: [String]
        /// The bytes read, in total.
        public var bytes: Int
        /// Whether the case-wide checks ran. They run only on a case whose files read without losing an item: an
        /// element that did not read would leave references dangling that are really its own fault.
        public var ranSemanticChecks: Bool
        /// The lineage graph the whole-case checks built over `evidence`, for a command that goes on to query or
        /// draw the same case, so that it builds the graph once; nil when those checks did not run.
        public var lineage: LineageGraph?

        /// How many of `diagnostics` are errors: a case with any is not to be answered from.
        public var errorCount: Int { diagnostics.count { $0.severity == .error } }
        /// How many of `diagnostics` are warnings.
        public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    }

    /// What loading is busy with, for progress reports.
    public enum Phase: String, Sendable {
        /// Reading and validating files; work is counted in bytes, each file twice (read, then validated).
        case reading = "reading evidence"
        /// Running the case-wide checks; work is counted in claims.
        case checking = "checking the case"
    }

    /// Progress: the phase, the work done in it so far, and its total.
    public typealias Progress = (_ phase: Phase, _ done: Int, _ total: Int) -> Void

    /// How much of the case the semantic checks cover.
    public enum Checks: Sendable {
        /// The whole case: what `lineage check` runs.
        case wholeCase
        /// What the files' items can break, given a base that checks without errors: what `lineage add` runs
        /// against a case store, so that adding to a large store does not check all of it again.
        case addedItems
    }


    /// The default bound on one file's size: 2 GiB, far above any hand-written or exported evidence, and below
    /// what would make a run take hours.
    public static let defaultMaximumFileSize = 2 << 30

    private let schema: EvidenceSchema
    private let maximumFileSize: Int
    private let advice: Advice

    /// What a front end tells the user to do about a problem the loader can only describe, in the front end's own
    /// words: the loader knows no command or option. Each is added to its error in parentheses. Package access: it
    /// is the CLI's wording, not part of reading a case.
    package struct Advice: Sendable {
        /// How to raise the file-size limit (the CLI: "raise it with --max-file-size").
        package var fileSize: String?
        /// How to start an evidence file, for an empty one (the CLI: "lineage new writes a skeleton to start
        /// from").
        package var emptyFile: String?

        package init(fileSize: String? = nil, emptyFile: String? = nil) {
            self.fileSize = fileSize
            self.emptyFile = emptyFile
        }

        /// `message`, with `advice` in parentheses when there is any.
        static func message(_ message: String, _ advice: String?) -> String {
            message + (advice.map { " (\($0))" } ?? "")
        }
    }

    /// A loader that validates every file against `schema`.
    ///
    /// - Parameters:
    ///   - schema: the compiled evidence schema, shared by every file read.
    ///   - maximumFileSize: the largest evidence file read, in bytes; a larger one is an `input-too-large` error.
    public init(schema: EvidenceSchema, maximumFileSize: Int = CaseLoader.defaultMaximumFileSize) {
        self.init(schema: schema, maximumFileSize: maximumFileSize, advice: Advice())
    }

    /// A loader whose errors end with the front end's `advice` on what to do about them.
    ///
    /// - Parameters:
    ///   - maximumFileSize: the largest evidence file read, in bytes; a larger one is an `input-too-large` error.
    ///   - advice: what the front end adds to the errors it can help with.
    package init(
        schema: EvidenceSchema, maximumFileSize: Int = CaseLoader.defaultMaximumFileSize, advice: Advice
    ) {
        self.schema = schema
        self.maximumFileSize = maximumFileSize
        self.advice = advice
    }

    /// The evidence files `paths` name: files as given, a folder's `*.xml` files in name order (its subfolders'
    /// too when `recursive`); with an error for each path that does not exist or holds no evidence, and a note
    /// for each file in a folder skipped because its root is not `<evidence>`.
    public static func files(
        in paths: [String], recursive: Bool = false
    ) -> (files: [String], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let files = EvidencePaths.expand(paths, recursive: recursive, diagnostics: &diagnostics)
        return (files, diagnostics)
    }

    /// Reads every evidence file under `paths` (files, or folders' `*.xml` files as `files(in:recursive:)` finds
    /// them), then runs the case's semantic checks.
    ///
    /// - Parameters:
    ///   - base: items the case already holds, such as a case store's: the files' ids must not repeat theirs,
    ///     their references may point into them, and the checks run over both together.
    ///   - checks: `.addedItems` checks only what the files' items can break (`EvidenceCase.check(added:)`),
    ///     for a base known to check without errors; `.wholeCase` checks everything.
    public func load(
        _ paths: [String], onto base: EvidenceCase = EvidenceCase(), checks: Checks = .wholeCase,
        recursive: Bool = false, progress: @escaping Progress = { _, _, _ in }
    ) -> Result {
        let reading = read(paths, onto: base, recursive: recursive, progress: progress)
        return finish(reading, base: base, checks: checks, progress: progress)
    }

    /// Evidence read but not yet checked: the first half of `load`, for a caller that finds the base the items
    /// need only once it knows them (a case store's `add`, which then loads only the part of the store they reach).
    public struct Reading: Sendable {
        /// The items read.
        public var evidence: EvidenceCase
        /// What reading found: XML, schema and item errors, unsorted, without columns filled in yet.
        var diagnostics: [Diagnostic] = []
        var files: [String] = []
        var bytes = 0
    }

    /// Reads the evidence files under `paths` on their own, without the case's semantic checks: `check(_:onto:)`
    /// finishes what `load` does.
    public func read(
        _ paths: [String], recursive: Bool = false, progress: @escaping Progress = { _, _, _ in }
    ) -> Reading {
        read(paths, onto: EvidenceCase(), recursive: recursive, progress: progress)
    }

    /// The files under `paths`, read onto `base`.
    private func read(_ paths: [String], onto base: EvidenceCase, recursive: Bool, progress: @escaping Progress)
        -> Reading
    {
        var reading = Reading(evidence: base)
        reading.files = EvidencePaths.expand(paths, recursive: recursive, diagnostics: &reading.diagnostics)
        readFiles(into: &reading, progress: progress)
        return reading
    }

    /// What `load(paths, onto: base, checks: .addedItems)` returns, for the `reading` of the same paths: its items
    /// go onto `base` and what they can break is checked (`EvidenceCase.check(added:)`).
    ///
    /// Reading files onto a base differs from reading them alone only where an id clashes with one of the base's,
    /// and that is an error either way (worded from a different side here: each clash is named once, from the
    /// file's item, by `EvidenceCase.merge`).
    public func check(
        _ reading: Reading, onto base: EvidenceCase, progress: @escaping Progress = { _, _, _ in }
    ) -> Result {
        var onBase = reading
        onBase.evidence = base
        onBase.diagnostics += onBase.evidence.merge(reading.evidence)
        return finish(onBase, base: base, checks: .addedItems, progress: progress)
    }

    /// Reads each of `reading.files` onto `reading.evidence`, counting the bytes.
    private func readFiles(into reading: inout Reading, progress: @escaping Progress) {
        let sizes = reading.files.map { EvidencePaths.size(of: $0) ?? 0 }
        let total = 2 * sizes.reduce(0, +)
        reading.bytes = total
        var done = 0
        let reader = EvidenceFileReader(
            schema: schema, maximumFileSize: maximumFileSize, emptyFileAdvice: advice.emptyFile)
        for (file, size) in zip(reading.files, sizes) {
            if size > maximumFileSize {
                reading.diagnostics.append(
                    .error(
                        .inputTooLarge,
                        Advice.message(
                            "the file is \(size) bytes, over the limit of \(maximumFileSize)", advice.fileSize),
                        at: SourceLocation(file: file, line: 1, column: 1)))
                continue
            }
            reader.read(
                path: file, displayPath: file, into: &reading.evidence, diagnostics: &reading.diagnostics
            ) { bytes in
                progress(.reading, done + bytes, total)
            }
            done += 2 * size
            progress(.reading, done, total)
        }
    }

    /// Runs the semantic checks `checks` asks for on `reading.evidence` (whose items beyond `base` are the ones
    /// read), fills in columns and sorts the diagnostics.
    private func finish(_ reading: Reading, base: EvidenceCase, checks: Checks, progress: Progress) -> Result {
        var diagnostics = reading.diagnostics
        let evidence = reading.evidence
        // A duplicate id loses nothing the checks need (the first definition stands); any other reading error
        // may have dropped an item, whose absence the checks would misreport as dangling references.
        let readCleanly = !diagnostics.contains { $0.severity == .error && $0.code != .duplicateID }
        var lineage: LineageGraph?
        if readCleanly {
            progress(.checking, 0, evidence.claims.count)
            switch checks {
            case .wholeCase:
                let graph = LineageGraph(evidence)
                diagnostics += evidence.check(in: graph)
                lineage = graph
            case .addedItems: diagnostics += evidence.check(added: evidence.subtracting(base))
            }
            progress(.checking, evidence.claims.count, evidence.claims.count)
        }
        ColumnFinder.fillColumns(of: &diagnostics, in: Set(reading.files))
        return Result(
            evidence: evidence, diagnostics: diagnostics.sorted(by: Diagnostic.byPlace), files: reading.files,
            bytes: reading.bytes, ranSemanticChecks: readCleanly, lineage: lineage)
    }
}
