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

        public var errorCount: Int { diagnostics.count { $0.severity == .error } }
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

    /// The default bound on one file's size: 2 GiB, far above any hand-written or exported evidence, and below
    /// what would make a run take hours.
    public static let defaultMaximumFileSize = 2 << 30

    private let schema: EvidenceSchema
    private let maximumFileSize: Int

    public init(schema: EvidenceSchema, maximumFileSize: Int = CaseLoader.defaultMaximumFileSize) {
        self.schema = schema
        self.maximumFileSize = maximumFileSize
    }

    /// Reads every evidence file under `paths` (files, or directories searched recursively for `*.xml`, in name
    /// order), then runs the case's semantic checks.
    public func load(_ paths: [String], progress: @escaping Progress = { _, _, _ in }) -> Result {
        var diagnostics: [Diagnostic] = []
        let files = EvidencePaths.expand(paths, diagnostics: &diagnostics)
        let sizes = files.map { EvidencePaths.size(of: $0) ?? 0 }
        let total = 2 * sizes.reduce(0, +)
        var evidence = EvidenceCase()
        var done = 0
        let reader = EvidenceFileReader(schema: schema, maximumFileSize: maximumFileSize)
        for (file, size) in zip(files, sizes) {
            if size > maximumFileSize {
                diagnostics.append(
                    .error(
                        .inputTooLarge,
                        "the file is \(size) bytes, over the limit of \(maximumFileSize) (raise it with "
                            + "--max-file-size)", at: SourceLocation(file: file, line: 1, column: 1)))
                continue
            }
            reader.read(path: file, displayPath: file, into: &evidence, diagnostics: &diagnostics) { bytes in
                progress(.reading, done + bytes, total)
            }
            done += 2 * size
            progress(.reading, done, total)
        }
        // A duplicate id loses nothing the checks need (the first definition stands); any other reading error
        // may have dropped an item, whose absence the checks would misreport as dangling references.
        let readCleanly = !diagnostics.contains { $0.severity == .error && $0.code != .duplicateID }
        if readCleanly {
            progress(.checking, 0, evidence.claims.count)
            diagnostics += evidence.check()
            progress(.checking, evidence.claims.count, evidence.claims.count)
        }
        ColumnFinder.fillColumns(of: &diagnostics)
        return Result(
            evidence: evidence, diagnostics: diagnostics.sorted(by: Diagnostic.byPlace), files: files, bytes: total,
            ranSemanticChecks: readCleanly)
    }
}
