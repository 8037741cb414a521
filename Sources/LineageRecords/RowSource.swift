/// Rows of a record file one after another, each with the line it starts on; blank lines are skipped and
/// more of the file is read as rows need it.
struct RowSource {
    private(set) var text: RecordText
    private(set) var scanner: RowScanner
    /// Where the next row starts in `text.bytes`, and its line number.
    private(set) var cursor = 0
    private(set) var line = 1

    /// Reads up to the header row, past a UTF-8 byte-order mark and blank lines, and chooses the separator from
    /// `format` and the header's first line.
    init(text: RecordText, format: RecordFormat) throws(RecordFileError) {
        self.text = text
        scanner = RowScanner(separator: 0)
        try skipBlankLines()
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        if self.text.bytes[cursor...].starts(with: bom) {
            cursor += bom.count
            try skipBlankLines()
        }
        let bytes = self.text.bytes
        let lineEnd = bytes[cursor..<self.text.available].firstIndex(of: lineFeed) ?? self.text.available
        scanner = RowScanner(separator: format.separator(forPath: text.path, headerLine: bytes[cursor..<lineEnd]))
    }

    /// The next row: its fields go to `collector`; nil at the end of the file.
    mutating func nextRow<Collector: FieldCollector>(
        into collector: inout Collector
    ) throws(RecordFileError) -> (line: Int, fieldCount: Int)? {
        while true {
            if cursor == text.available {
                if text.isComplete { return nil }
                try text.readMore(size: RecordText.continuationSize, lineAt: cursor, line: line)
                continue
            }
            let scan = text.bytes.withUnsafeBufferPointer { bytes in
                scanner.scanRow(
                    in: UnsafeBufferPointer(rebasing: bytes[..<text.available]), from: cursor,
                    isFinal: text.isComplete, into: &collector)
            }
            switch scan {
            case .row(let end, let fieldCount, let lineBreaks):
                let row = (line: line, fieldCount: fieldCount)
                cursor = end
                line += lineBreaks
                return row
            case .blank(let end):
                cursor = end
                line += 1
            case .incomplete:
                try text.readMore(size: RecordText.continuationSize, lineAt: cursor, line: line)
            case .failed(let problem):
                throw RecordFileError(path: text.path, line: line, message: problem.message)
            }
        }
    }

    /// Forgets the text of rows already returned, keeping room for `coming` more bytes.
    mutating func discardReturnedRows(keepingCapacityFor coming: Int) {
        text.discard(before: cursor, keepingCapacityFor: coming)
        cursor = 0
    }

    /// Makes sure that about `size` bytes past the cursor have been read, unless the file ends sooner (or
    /// turns out not to decode: the rows before that come first).
    mutating func readAhead(_ size: Int) throws(RecordFileError) {
        while text.available - cursor < size && !text.isComplete && !text.hasFailed {
            try text.readMore(size: size - (text.bytes.count - cursor), lineAt: cursor, line: line)
        }
    }

    private mutating func skipBlankLines() throws(RecordFileError) {
        while true {
            if cursor == text.available {
                if text.isComplete { return }
                try text.readMore(size: RecordText.continuationSize, lineAt: cursor, line: line)
                continue
            }
            let bytes = text.bytes
            if bytes[cursor] == lineFeed {
                cursor += 1
            } else if bytes[cursor...].starts(with: [UInt8(ascii: "\r"), lineFeed]) {
                cursor += 2
            } else {
                return
            }
            line += 1
        }
    }
}

extension RowProblem {
    /// Names the column by its number counting from 1, as `--columns` does; never shows the field.
    var message: String {
        switch self {
        case .unclosedQuote(let column): "the quote opening field \(column + 1) is never closed"
        case .textAfterClosingQuote(let column): "text after the closing quote of field \(column + 1)"
        case .tooLong: "a row longer than \(RowScanner.maximumRowBytes >> 20) MiB"
        }
    }
}
