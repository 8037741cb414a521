import LineageCore
internal import Foundation

/// Fills in the column of diagnostics that know only their line.
///
/// libxml2 records the line on which an element's start tag *ends*, and no column. The place a reader wants is
/// the `<` that opens the tag, which may sit on an earlier line when the tag spans several. That place is found
/// when a diagnostic is about to be shown: each file is read once, streaming, however many diagnostics point
/// into it, and only when one does.
enum ColumnFinder {
    /// Fills the columns of locations in `files`, the XML files just read; a location anywhere else (an item
    /// read from a case store, whose "line" is its entry) is left as it is.
    static func fillColumns(of diagnostics: inout [Diagnostic], in files: Set<String>) {
        var wanted: [String: Set<Int>] = [:]
        for diagnostic in diagnostics {
            for location in diagnostic.allLocations
            where location.column == 0 && location.line > 0 && files.contains(location.file) {
                wanted[location.file, default: []].insert(location.line)
            }
        }
        guard !wanted.isEmpty else { return }
        var places: [String: [Int: (line: Int, column: Int)]] = [:]
        for (file, lines) in wanted {
            places[file] = tagStarts(in: file, endingOn: lines)
        }
        for index in diagnostics.indices {
            diagnostics[index].location?.moveToTagStart(using: places)
            for note in diagnostics[index].notes.indices {
                diagnostics[index].notes[note].location?.moveToTagStart(using: places)
            }
        }
    }

    /// The line and column of the first `needle` in the first 64 KiB of `file`: for what must stand near the
    /// top, such as a DOCTYPE in the prolog, whose node libxml2 gives no line.
    static func firstOccurrence(of needle: String, in file: String) -> (line: Int, column: Int)? {
        guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 1 << 16) else { return nil }
        for (offset, line) in String(decoding: head, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: needle) {
                return (offset + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return nil
    }

    /// How many earlier lines a start tag may span and still be found.
    private static let lookBehind = 256

    /// For each wanted line of `file`, where the start tag that ends on it begins.
    ///
    /// Lines are kept as bytes, in a ring of the last `lookBehind`, and decoded only when a tag is looked for in
    /// them: a case with thousands of warnings has a wanted line every few hundred, so nearly every line of the file
    /// falls in some wanted line's look-behind, and decoding each cost more than the scan.
    private static func tagStarts(in file: String, endingOn lines: Set<Int>) -> [Int: (line: Int, column: Int)] {
        guard let handle = FileHandle(forReadingAtPath: file) else { return [:] }
        defer { try? handle.close() }
        let wantedInOrder = lines.sorted()
        let last = wantedInOrder.last ?? 0
        var result: [Int: (line: Int, column: Int)] = [:]
        // Line n sits at n % lookBehind; the lines before a wanted one are all kept, since they all fall in its
        // look-behind.
        var recent = [ArraySlice<UInt8>](repeating: [], count: lookBehind)
        var lineNumber = 1
        var nextWanted = 0
        var bytes: [UInt8] = []

        func finish(_ line: ArraySlice<UInt8>) {
            while nextWanted < wantedInOrder.count, wantedInOrder[nextWanted] < lineNumber { nextWanted += 1 }
            // Only lines near a wanted one are kept; the rest are counted and passed over.
            if nextWanted < wantedInOrder.count, wantedInOrder[nextWanted] - lineNumber < lookBehind {
                recent[lineNumber % lookBehind] = line
                if wantedInOrder[nextWanted] == lineNumber {
                    let earliest = max(1, lineNumber - lookBehind + 1)
                    result[lineNumber] = tagStart(endingOn: lineNumber, after: earliest) {
                        scan(recent[$0 % lookBehind])
                    }
                }
            }
            lineNumber += 1
        }

        while lineNumber <= last, let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            bytes.append(contentsOf: chunk)
            var start = bytes.startIndex
            while lineNumber <= last, let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
                finish(bytes[start..<newline])
                start = newline + 1
            }
            // The kept slices share the old buffer; the carried bytes start a new one.
            bytes = Array(bytes[start...])
        }
        if lineNumber <= last, !bytes.isEmpty { finish(bytes[...]) }
        return result
    }

    /// The start of the tag that ends on line `number`: the first `<` opening an element on that line, unless a
    /// stray `>` comes before it (the line continues a tag begun earlier), in which case the last `<` opening an
    /// element on the nearest earlier line, back to line `earliest`, that has one.
    static func tagStart(endingOn number: Int, after earliest: Int, scan: (Int) -> Scan) -> (
        line: Int, column: Int
    ) {
        let line = scan(number)
        if let firstOpen = line.openings.first, line.firstStrayClose.map({ firstOpen < $0 }) ?? true {
            return (number, line.column(at: firstOpen))
        }
        for earlier in stride(from: number - 1, through: earliest, by: -1) {
            let earlierLine = scan(earlier)
            if let open = earlierLine.openings.last { return (earlier, earlierLine.column(at: open)) }
        }
        return (number, 1)
    }

    /// The scan of one line's bytes (without its newline).
    ///
    /// Scanned by bytes when each `<`, `>`, `!`, `?`, `/` and `-` in it is a character of its own, as it is in
    /// any ASCII text and next to letters of any script (CJK quotes): the scan then finds the same brackets as
    /// scanning characters, and only the column found is counted in characters. Otherwise (a bracket carrying a
    /// combining mark, which makes it another character) the line is scanned by characters. Scanning every line
    /// by characters was most of the time spent placing a case's thousands of warnings (issue 18).
    static func scan(_ line: ArraySlice<UInt8>) -> Scan {
        let text = String(decoding: line, as: UTF8.self)
        let bytes = Array(text.utf8)
        guard bracketsStandAlone(in: bytes) else { return scanByCharacters(text) }
        var scan = Scan(bytes) { $0 }
        if bytes.contains(where: { $0 >= 0x80 }) { scan.text = text }
        return scan
    }

    /// The scan of `text` character by character: the general way, which `scan` shortens.
    static func scanByCharacters(_ text: String) -> Scan {
        Scan(Array(text)) { Character(Unicode.Scalar($0)) }
    }

    /// Whether every byte `Scan` looks for stands as a character of its own in `bytes` (valid UTF-8): next to
    /// ASCII it always does (the only ASCII pair that makes one character is CR LF, and no LF is in a line);
    /// next to another scalar, the pair is asked. Whether a character ends before or after one of these ASCII
    /// marks depends only on the two scalars on either side of the break (a Prepend before it; an Extend, ZWJ or
    /// SpacingMark after it), so the pair's answer is the line's.
    private static func bracketsStandAlone(in bytes: [UInt8]) -> Bool {
        func isMark(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "/"),
                UInt8(ascii: "-"):
                true
            default: false
            }
        }
        func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
        for index in bytes.indices where isMark(bytes[index]) {
            if index > 0, bytes[index - 1] >= 0x80 {
                var start = index - 1
                while start > 0, isContinuation(bytes[start]) { start -= 1 }
                if String(decoding: bytes[start...index], as: UTF8.self).count != 2 { return false }
            }
            if index + 1 < bytes.count, bytes[index + 1] >= 0x80 {
                var end = index + 2
                while end < bytes.count, isContinuation(bytes[end]) { end += 1 }
                if String(decoding: bytes[index..<end], as: UTF8.self).count != 2 { return false }
            }
        }
        return true
    }

    /// One line's brackets, with comments, processing instructions and end tags stepped over.
    struct Scan {
        /// Offsets of each `<` that opens an element, in the units scanned.
        var openings: [Int] = []
        /// The offset of the first `>` that closes nothing begun on this line.
        var firstStrayClose: Int?
        /// The line, when the units were its UTF-8 bytes and it has characters of more than one byte; nil when
        /// each unit was one character.
        var text: String?

        /// The column of the character at unit `offset`, counted in characters from 1.
        func column(at offset: Int) -> Int {
            guard let text else { return offset + 1 }
            let utf8 = text.utf8
            return text.distance(from: text.startIndex, to: utf8.index(utf8.startIndex, offsetBy: offset)) + 1
        }

        /// Scans `units`, each one character of the line (bytes of a line whose brackets stand alone, or
        /// characters); `ascii` gives the unit of an ASCII character.
        init<Unit: Equatable>(_ units: [Unit], ascii: (UInt8) -> Unit) {
            let (open, close, bang) = (ascii(UInt8(ascii: "<")), ascii(UInt8(ascii: ">")), ascii(UInt8(ascii: "!")))
            let (question, slash, dash) = (ascii(UInt8(ascii: "?")), ascii(UInt8(ascii: "/")), ascii(UInt8(ascii: "-")))
            var index = 0
            var insideTag = false
            while index < units.count {
                let unit = units[index]
                if unit == open, index + 1 < units.count, [bang, question, slash].contains(units[index + 1]) {
                    // Skip to the end of the comment, instruction or end tag: its `>` is not stray.
                    let terminator = units[index + 1] == bang ? [dash, dash, close] : [close]
                    index = Self.index(after: terminator, in: units, from: index + 2) ?? units.count
                    continue
                }
                if unit == open {
                    openings.append(index)
                    insideTag = true
                } else if unit == close {
                    if !insideTag && firstStrayClose == nil { firstStrayClose = index }
                    insideTag = false
                }
                index += 1
            }
        }

        private static func index<Unit: Equatable>(after terminator: [Unit], in units: [Unit], from start: Int)
            -> Int?
        {
            var index = start
            while index + terminator.count <= units.count {
                if units[index..<index + terminator.count].elementsEqual(terminator) { return index + terminator.count }
                index += 1
            }
            return nil
        }
    }
}

extension Diagnostic {
    var allLocations: [SourceLocation] {
        ([location] + notes.map(\.location)).compactMap { $0 }
    }
}

extension SourceLocation {
    mutating func moveToTagStart(using places: [String: [Int: (line: Int, column: Int)]]) {
        guard column == 0, let place = places[file]?[line] else { return }
        line = place.line
        column = place.column
    }
}
