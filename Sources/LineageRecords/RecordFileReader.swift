/// Reads a record file in blocks of whole rows, so that a multi-gigabyte list is read with bounded memory and
/// each block can be normalised on several cores.
///
/// Not `Sendable`: it owns an open file and reads it in order; one owner hands the blocks it returns, which are
/// `Sendable`, to other threads.
public final class RecordFileReader {
    /// The file as the user named it, for messages.
    public let path: String
    /// The header row's names, in column order (they name columns, they are not personal data).
    public let header: [String]
    /// The resolved columns: field → 0-based column index.
    public let columns: [RecordField: Int]
    /// The file's size in bytes (0 when it cannot be told, as for a pipe).
    public let fileSize: Int
    /// How many bytes of the file have been read so far, for progress: those of the rows returned, and up to about
    /// 64 KiB read ahead of them. Equal to `fileSize` once `nextBlock` has returned nil.
    public var bytesRead: Int { rows.text.bytesRead }

    private var rows: RowSource
    private let layout: ColumnLayout

    /// Opens the file and reads its header row; resolves `columns` against it (a header name that isn't there,
    /// or a column number past the header's width, is an error listing the header names, which are not personal
    /// data).
    public init(
        path: String, encoding: RecordEncoding = .utf8, format: RecordFormat = .automatic,
        columns: ColumnSelection
    ) throws(RecordFileError) {
        let text = try RecordText(path: path, encoding: encoding)
        var rows = try RowSource(text: text, format: format)
        var names = HeaderCollector()
        guard try rows.nextRow(into: &names) != nil else {
            throw RecordFileError(path: path, message: "is empty; expected a header row naming the columns")
        }
        header = rows.text.bytes.withUnsafeBufferPointer { bytes in names.fields.map { $0.name(in: bytes) } }
        self.columns = try columns.resolve(against: header, path: path)
        layout = ColumnLayout(columns: self.columns, width: header.count)
        self.path = path
        fileSize = text.fileSize()
        self.rows = rows
    }

    /// The next block of about `blockSize` bytes of whole rows (a row is never split between blocks), or nil at the
    /// end. Structural problems are errors here, with the line: a row with a different number of fields than the
    /// header, an unclosed quote, stray text after a closing quote, a row longer than 1 MiB, bytes that are not
    /// valid UTF-8 / CP932. Blank lines are skipped. A UTF-8 BOM is ignored. CRLF and LF both end rows. Quoted
    /// fields (RFC 4180: "" inside quotes) may contain commas, tabs and newlines.
    ///
    /// A block holds at least one row; `blockSize` is capped at 1 GiB so that offsets fit in 32 bits.
    ///
    /// - Complexity: O(`blockSize`); the text of the rows is not copied again after being read.
    package func nextBlock(blockSize: Int = 4 << 20) throws(RecordFileError) -> RecordBlock? {
        let size = min(max(blockSize, 1), 1 << 30)
        rows.discardReturnedRows(keepingCapacityFor: size + RecordText.continuationSize)
        try rows.readAhead(size)
        var bounds = BoundsCollector(layout: layout, expectedRows: size / 64)
        var lines: [Int] = []
        while rows.cursor < size, let row = try rows.nextRow(into: &bounds) {
            guard row.fieldCount == layout.width else {
                throw RecordFileError(
                    path: path, line: row.line,
                    message: "\(row.fieldCount) fields, but the header has \(layout.width)")
            }
            lines.append(row.line)
        }
        guard !lines.isEmpty else { return nil }
        return RecordBlock(text: rows.text.bytes, bounds: bounds.bounds, lines: lines, layout: layout)
    }
}

@available(*, unavailable)
extension RecordFileReader: Sendable {}
