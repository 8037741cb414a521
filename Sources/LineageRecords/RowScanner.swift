/// Receives the fields of one row as `RowScanner` finds them.
protocol FieldCollector {
    /// A row begins: the fields that follow belong to it.
    mutating func startRow()
    /// `column` counts from 0; `start..<end` are the field's bytes, inside its quotes if it is quoted;
    /// `hasDoubledQuotes` when a quoted field contains `""`, which stands for one `"`.
    mutating func collect(column: Int, start: Int, end: Int, hasDoubledQuotes: Bool)
    /// The row begun last could not be finished (more text is needed, or it is malformed): forget its fields.
    mutating func abandonRow()
}

/// Why a row cannot be read; `column` counts from 0.
enum RowProblem {
    case unclosedQuote(column: Int)
    case textAfterClosingQuote(column: Int)
    case tooLong
}

/// What `RowScanner` found at a place in the text.
enum RowScan {
    /// A row ending (after its line break, if any) at `end`; its fields went to the collector.
    case row(end: Int, fieldCount: Int, lineBreaks: Int)
    /// An empty line ending at `end`: skipped, but counted as a line.
    case blank(end: Int)
    /// The text ends inside the row, and more text may follow.
    case incomplete
    case failed(RowProblem)
}

/// Finds rows and their fields in UTF-8 text, as RFC 4180 defines them: a field that begins with `"` is quoted,
/// `""` inside it stands for `"`, and it may contain separators and line breaks. A `"` inside an unquoted field is
/// taken literally, as spreadsheets write it. CRLF and LF both end a row.
struct RowScanner {
    /// A row longer than this is refused: a list with such rows is not a list of customer records, and the limit
    /// keeps a file without line breaks from being read whole into memory.
    static let maximumRowBytes = 1 << 20

    /// `,` or tab.
    let separator: UInt8

    /// The row starting at `start` in `text`, which must hold at least one byte there; `isFinal` when no text
    /// follows `text`.
    func scanRow<Collector: FieldCollector>(
        in text: UnsafeBufferPointer<UInt8>, from start: Int, isFinal: Bool, into collector: inout Collector
    ) -> RowScan {
        collector.startRow()
        let scan = scanFields(in: text, from: start, isFinal: isFinal, into: &collector)
        switch scan {
        case .row(let end, _, _) where end - start > Self.maximumRowBytes:
            collector.abandonRow()
            return .failed(.tooLong)
        case .incomplete where text.count - start > Self.maximumRowBytes:
            collector.abandonRow()
            return .failed(.tooLong)
        case .row:
            return scan
        case .blank, .incomplete, .failed:
            collector.abandonRow()
            return scan
        }
    }

    private func scanFields<Collector: FieldCollector>(
        in text: UnsafeBufferPointer<UInt8>, from start: Int, isFinal: Bool, into collector: inout Collector
    ) -> RowScan {
        let end = text.count
        if text[start] == lineFeed { return .blank(end: start + 1) }
        if text[start] == carriageReturn {
            if start + 1 < end {
                if text[start + 1] == lineFeed { return .blank(end: start + 2) }
            } else if !isFinal {
                return .incomplete
            }
        }
        var index = start
        var column = 0
        var lineBreaks = 0
        while true {
            if index < end && text[index] == quote {
                // A quoted field: find the quote that closes it, stepping over doubled quotes.
                let contentStart = index + 1
                var closing = contentStart
                var hasDoubledQuotes = false
                while true {
                    while closing < end && text[closing] != quote {
                        if text[closing] == lineFeed { lineBreaks += 1 }
                        closing += 1
                    }
                    if closing == end { return isFinal ? .failed(.unclosedQuote(column: column)) : .incomplete }
                    if closing + 1 == end && !isFinal { return .incomplete }
                    guard closing + 1 < end && text[closing + 1] == quote else { break }
                    hasDoubledQuotes = true
                    closing += 2
                }
                collector.collect(
                    column: column, start: contentStart, end: closing, hasDoubledQuotes: hasDoubledQuotes)
                index = closing + 1
                if index == end { return .row(end: index, fieldCount: column + 1, lineBreaks: lineBreaks) }
                switch text[index] {
                case separator:
                    column += 1
                    index += 1
                case lineFeed:
                    return .row(end: index + 1, fieldCount: column + 1, lineBreaks: lineBreaks + 1)
                case carriageReturn where index + 1 == end:
                    return isFinal ? .row(end: end, fieldCount: column + 1, lineBreaks: lineBreaks) : .incomplete
                case carriageReturn where text[index + 1] == lineFeed:
                    return .row(end: index + 2, fieldCount: column + 1, lineBreaks: lineBreaks + 1)
                default:
                    return .failed(.textAfterClosingQuote(column: column))
                }
            } else {
                var fieldEnd = skipToSeparatorOrLineFeed(in: text, from: index)
                while fieldEnd < end && text[fieldEnd] != separator && text[fieldEnd] != lineFeed { fieldEnd += 1 }
                if fieldEnd == end {
                    guard isFinal else { return .incomplete }
                    collector.collect(column: column, start: index, end: end, hasDoubledQuotes: false)
                    return .row(end: end, fieldCount: column + 1, lineBreaks: lineBreaks)
                }
                if text[fieldEnd] == separator {
                    collector.collect(column: column, start: index, end: fieldEnd, hasDoubledQuotes: false)
                    column += 1
                    index = fieldEnd + 1
                } else {
                    let contentEnd = fieldEnd > index && text[fieldEnd - 1] == carriageReturn ? fieldEnd - 1 : fieldEnd
                    collector.collect(column: column, start: index, end: contentEnd, hasDoubledQuotes: false)
                    return .row(end: fieldEnd + 1, fieldCount: column + 1, lineBreaks: lineBreaks + 1)
                }
            }
        }
    }
}

extension RowScanner {
    /// How far from `start` eight bytes at a time hold neither the separator nor a line feed: most of a field is
    /// skipped a word at a time, which halves the time to split a block.
    private func skipToSeparatorOrLineFeed(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = text.baseAddress else { return start }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let separators = ones &* UInt64(separator)
        let lineFeeds = ones &* UInt64(lineFeed)
        var index = start
        while index + 8 <= text.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            guard !word.hasByte(equalToWordOf: separators), !word.hasByte(equalToWordOf: lineFeeds) else { break }
            index += 8
        }
        return index
    }
}

extension UInt64 {
    /// Whether a byte of `self` equals the byte that `pattern` repeats (the classic zero-byte test on the XOR).
    fileprivate func hasByte(equalToWordOf pattern: UInt64) -> Bool {
        let difference = self ^ pattern
        return (difference &- 0x0101_0101_0101_0101) & ~difference & 0x8080_8080_8080_8080 != 0
    }
}

let lineFeed = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
private let quote = UInt8(ascii: "\"")
