import ArgumentParser
import Foundation
import LineageRecords
import LineageStore

/// How to read a customer-record file: which column holds which field, its encoding and its separator.
struct RecordFileOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Which column holds which field, as FIELD=COLUMN,...: a column by its number counting from 1 (as cut "
                + "counts) or by its header name. Fields: name-kanji, name-kana, birth-date, phone, postal-code, "
                + "address, gender. Default: the columns whose headers are exactly those names.",
            valueName: "field=column,..."),
        transform: { text in
            do { return try ColumnSelection(parsing: text, naming: "--columns") } catch { throw ValidationError("\(error)") }
        })
    var columns: ColumnSelection?

    @Option(help: "The file's encoding: utf-8, or cp932 (Shift_JIS as Windows writes it).")
    var encoding: RecordEncoding = .utf8

    @Option(help: "csv or tsv; automatic goes by the extension (.tsv, .tab), else by a tab in the header line.")
    var format: RecordFormat = .automatic

    /// Opens `path` and reads its header.
    func open(_ path: String) throws(RecordFileError) -> RecordFileReader {
        try RecordFileReader(path: path, encoding: encoding, format: format, columns: columns ?? ColumnSelection.byHeaderNames.named("--columns"))
    }
}

extension RecordFileOptions {
    /// The SHA-256 of the record file at `path`, which identifies it in the store and in reports; or the reason,
    /// on standard error, and exit 66 (an input that cannot be read). A pipe is refused: it could be read only
    /// once, and a report must name the bytes it read.
    static func digest(of path: String) throws -> String {
        let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        guard type == .typeRegular else {
            StandardError.line(
                "error: \(path): \(type == nil ? "no such file" : "not a regular file (save a piped list to a file first)")")
            throw ExitCode(ExitStatus.unreadable)
        }
        guard let digest = FileDigest.sha256(ofFileAt: path) else {
            StandardError.line("error: \(path): cannot be read")
            throw ExitCode(ExitStatus.unreadable)
        }
        return digest
    }
}

extension RecordFileError {
    /// Prints the error and exits 1: the file is the problem, not the command line.
    func exit() -> ExitCode {
        StandardError.line("error: \(description)")
        return ExitCode.failure
    }
}

extension CaseStore {
    /// The case's fingerprint secret, for the commands that compare with registered records; or, when nothing is
    /// registered yet, the reason on standard error and exit 1.
    func registeredSecret() throws -> [UInt8] {
        guard let secret = try recordSecret(creating: false) else {
            StandardError.line(
                "error: \(path): no records are registered; register a dataset's with lineage fingerprint first")
            throw ExitCode.failure
        }
        return secret
    }
}
