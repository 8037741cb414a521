import Foundation

/// The part of a record file read so far, decoded to UTF-8 and checked, in which rows are found.
///
/// Bytes are read in large chunks; only whole lines are decoded and checked (`available`), so a character is
/// never split, and a CP932 chunk can be cut at a line feed (0x0A is never the second byte of a CP932 character).
struct RecordText {
    /// How much is read when a row runs past what has been read: rows are short, so this keeps what is carried
    /// over into the next block small.
    static let continuationSize = 1 << 16

    let path: String
    let encoding: RecordEncoding
    private let handle: FileHandle
    /// Decoded UTF-8 text: `bytes[..<available]` is checked and ends at a line break or the end of the file.
    private(set) var bytes: [UInt8] = []
    private(set) var available = 0
    /// Whether the whole file has been read and decoded: no text follows `bytes`.
    var isComplete: Bool { isAtEndOfFile && failure == nil }
    private var isAtEndOfFile = false
    /// How many bytes of the file have been read.
    private(set) var bytesRead = 0
    /// CP932 bytes read but not yet decoded: the start of a line whose end has not been read.
    private var undecoded: [UInt8] = []
    /// Bytes that do not decode, found past `available`: reported once the rows before them have been read.
    private var failure: RecordFileError?
    /// Whether rows end with a lone CR, as old Mac spreadsheets ("CSV (Macintosh)") write them: decided from the
    /// first chunk, and then every CR is read as a line feed.
    private var endsLinesWithCarriageReturn: Bool?

    /// Whether reading on would only report bytes that do not decode.
    var hasFailed: Bool { failure != nil }

    init(path: String, encoding: RecordEncoding) throws(RecordFileError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw RecordFileError(path: path, message: "cannot be opened for reading")
        }
        self.path = path
        self.encoding = encoding
        self.handle = handle
    }

    /// The file's size in bytes, or 0 when it cannot be told (a pipe).
    func fileSize() -> Int {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? NSNumber
        else { return 0 }
        return size.intValue
    }

    /// Forgets the text before `offset`, which belongs to rows already handed out (a block may still hold the
    /// old storage: the rest is copied, so that storage is never copied whole).
    mutating func discard(before offset: Int, keepingCapacityFor coming: Int) {
        var rest: [UInt8] = []
        rest.reserveCapacity(bytes.count - offset + coming)
        rest.append(contentsOf: bytes[offset...])
        bytes = rest
        available -= offset
    }

    /// Reads about `size` more bytes (more if a line is longer), so that `available` grows, unless the file is
    /// complete. `line` is the line number at `offset`, so that a bad byte can be reported by its line.
    ///
    /// Bytes that do not decode are an error once everything before their line has been used.
    mutating func readMore(size: Int, lineAt offset: Int, line: Int) throws(RecordFileError) {
        let before = available
        while available == before {
            if let failure { throw failure }
            if isAtEndOfFile { return }
            let read: Data
            do {
                read = try handle.read(upToCount: max(size, Self.continuationSize)) ?? Data()
            } catch {
                throw RecordFileError(path: path, message: "cannot be read")
            }
            bytesRead += read.count
            let chunk = normalisingLineEnds(read)
            switch encoding {
            case .utf8: try appendUTF8(chunk, lineAt: offset, line: line)
            case .cp932: try appendCP932(chunk, lineAt: offset, line: line)
            }
        }
    }

    private mutating func appendUTF8(_ chunk: Data, lineAt offset: Int, line: Int) throws(RecordFileError) {
        bytes.append(contentsOf: chunk)
        let end: Int
        if chunk.isEmpty {
            isAtEndOfFile = true
            end = bytes.count
        } else if let lastLineFeed = bytes[available...].lastIndex(of: lineFeed) {
            end = lastLineFeed + 1
        } else {
            try checkLength(unfinished: bytes.count - available, lineAt: offset, line: line)
            return
        }
        let invalid = bytes.withUnsafeBufferPointer {
            UTF8Validation.firstInvalidByte(in: UnsafeBufferPointer(rebasing: $0[available..<end]))
        }
        if refusesForbiddenCharacter(before: available + (invalid ?? end - available), lineAt: offset, line: line) {
            return
        } else if let invalid {
            failure = RecordFileError(
                path: path, line: line + lineFeeds(in: offset..<available + invalid),
                message: "bytes that are not valid UTF-8 (a CP932 file must be read as CP932)")
            available = (bytes[available..<available + invalid].lastIndex(of: lineFeed) ?? available - 1) + 1
        } else {
            available = end
        }
    }

    private mutating func appendCP932(_ chunk: Data, lineAt offset: Int, line: Int) throws(RecordFileError) {
        undecoded.append(contentsOf: chunk)
        let end: Int
        if chunk.isEmpty {
            isAtEndOfFile = true
            end = undecoded.count
        } else if let lastLineFeed = undecoded.lastIndex(of: lineFeed) {
            end = lastLineFeed + 1
        } else {
            try checkLength(unfinished: undecoded.count, lineAt: offset, line: line)
            return
        }
        if let text = String(data: Data(undecoded[..<end]), encoding: .shiftJIS) {
            bytes.append(contentsOf: text.utf8)
        } else {
            // Decode line by line up to the bad one, so that its line can be told and the rows before it read.
            var lineStart = 0
            var lineIndex = 0
            while true {
                let lineEnd = (undecoded[lineStart..<end].firstIndex(of: lineFeed) ?? end - 1) + 1
                guard let text = String(data: Data(undecoded[lineStart..<lineEnd]), encoding: .shiftJIS) else { break }
                bytes.append(contentsOf: text.utf8)
                lineStart = lineEnd
                lineIndex += 1
            }
            failure = RecordFileError(
                path: path, line: line + lineFeeds(in: offset..<available) + lineIndex,
                message: "bytes that are not valid CP932")
        }
        undecoded.removeSubrange(..<end)
        // CP932 decodes 0x00 and the other C0 controls to themselves: checked on the decoded text, as UTF-8 is.
        if !refusesForbiddenCharacter(before: bytes.count, lineAt: offset, line: line) { available = bytes.count }
    }

    /// Finds the first character XML 1.0 forbids in the decoded text `bytes[available..<end]`; when there is one,
    /// it becomes the failure, with its line and column (in characters), and only the lines before it become
    /// available, so their rows are read first.
    ///
    /// - Returns: whether one was found.
    private mutating func refusesForbiddenCharacter(before end: Int, lineAt offset: Int, line: Int) -> Bool {
        guard let forbidden = Self.firstForbiddenCharacter(in: bytes[available..<end]) else { return false }
        let lineStart = (bytes[available..<forbidden.offset].lastIndex(of: lineFeed) ?? (offset - 1)) + 1
        let column = String(decoding: bytes[max(lineStart, offset)..<forbidden.offset], as: UTF8.self).count + 1
        failure = RecordFileError(
            path: path, line: line + lineFeeds(in: offset..<forbidden.offset), column: column,
            message: "a character XML 1.0 forbids (U+\(forbidden.name)), which no text in a case may hold")
        available = (bytes[available..<forbidden.offset].lastIndex(of: lineFeed) ?? available - 1) + 1
        return true
    }

    /// A line that has gone on for more than a row may is refused before the whole file is read into memory.
    private func checkLength(unfinished: Int, lineAt offset: Int, line: Int) throws(RecordFileError) {
        guard unfinished > RowScanner.maximumRowBytes else { return }
        throw RecordFileError(
            path: path, line: line + lineFeeds(in: offset..<available),
            message: "a row longer than \(RowScanner.maximumRowBytes >> 20) MiB")
    }

    /// How many line feeds `bytes[range]` holds.
    /// The first character XML 1.0 forbids (NUL and the other C0 controls but tab, line feed and carriage
    /// return; U+FFFE and U+FFFF) in valid UTF-8: the same rule as every other way text enters a case, so a
    /// record file cannot carry what evidence could not.
    static func firstForbiddenCharacter(in text: ArraySlice<UInt8>) -> (offset: Int, name: String)? {
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
                return (index, byte < 0x10 ? "000\(String(byte, radix: 16, uppercase: true))" : "00\(String(byte, radix: 16, uppercase: true))")
            }
            if byte == 0xEF, index + 2 < text.endIndex, text[index + 1] == 0xBF, text[index + 2] >= 0xBE {
                return (index, text[index + 2] == 0xBE ? "FFFE" : "FFFF")
            }
            index += 1
        }
        return nil
    }

    /// `chunk`, with every CR made a line feed when the file ends its lines with a lone CR. The first chunk
    /// decides: it has a CR and no line feed at all.
    private mutating func normalisingLineEnds(_ chunk: Data) -> Data {
        if endsLinesWithCarriageReturn == nil, !chunk.isEmpty {
            endsLinesWithCarriageReturn = chunk.contains(0x0D) && !chunk.contains(lineFeed)
        }
        guard endsLinesWithCarriageReturn == true else { return chunk }
        return Data(chunk.map { $0 == 0x0D ? lineFeed : $0 })
    }

    func lineFeeds(in range: Range<Int>) -> Int {
        bytes[range].reduce(0) { $1 == lineFeed ? $0 + 1 : $0 }
    }
}
