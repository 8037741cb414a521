import ArgumentParser
import LineageRecords

/// How to read a customer-record file: which column holds which field, its encoding and its separator.
struct RecordFileOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Which column holds which field, as FIELD=COLUMN,...: a column by its number counting from 1 (as cut "
                + "counts) or by its header name. Fields: name-kanji, name-kana, birth-date, phone, postal-code, "
                + "address, gender. Default: the columns whose headers are exactly those names.",
            valueName: "field=column,..."),
        transform: { text in
            do { return try ColumnSelection(parsing: text) } catch { throw ValidationError("\(error)") }
        })
    var columns: ColumnSelection?

    @Option(help: "The file's encoding: utf-8, or cp932 (Shift_JIS as Windows writes it).")
    var encoding: RecordEncoding = .utf8

    @Option(help: "csv or tsv; automatic goes by the extension (.tsv, .tab), else by a tab in the header line.")
    var format: RecordFormat = .automatic

    /// Opens `path` and reads its header.
    func open(_ path: String) throws(RecordFileError) -> RecordFileReader {
        try RecordFileReader(path: path, encoding: encoding, format: format, columns: columns ?? .byHeaderNames)
    }
}

extension RecordFileError {
    /// Prints the error and exits 1: the file is the problem, not the command line.
    func exit() -> ExitCode {
        StandardError.line("error: \(description)")
        return ExitCode.failure
    }
}
