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
                        String(decoding: recent[$0 % lookBehind], as: UTF8.self)
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
    private static func tagStart(endingOn number: Int, after earliest: Int, text: (Int) -> String) -> (
        line: Int, column: Int
    ) {
        let scan = Scan(Array(text(number)))
        if let firstOpen = scan.openings.first, scan.firstStrayClose.map({ firstOpen < $0 }) ?? true {
            return (number, firstOpen + 1)
        }
        for earlier in stride(from: number - 1, through: earliest, by: -1) {
            if let open = Scan(Array(text(earlier))).openings.last { return (earlier, open + 1) }
        }
        return (number, 1)
    }

    /// One line's brackets, with comments, processing instructions and end tags stepped over.
    private struct Scan {
        /// Offsets of each `<` that opens an element, in characters.
        var openings: [Int] = []
        /// The offset of the first `>` that closes nothing begun on this line.
        var firstStrayClose: Int?

        init(_ characters: [Character]) {
            var index = 0
            var insideTag = false
            while index < characters.count {
                let character = characters[index]
                if character == "<", index + 1 < characters.count, ["!", "?", "/"].contains(characters[index + 1]) {
                    // Skip to the end of the comment, instruction or end tag: its `>` is not stray.
                    let terminator: [Character] = characters[index + 1] == "!" ? ["-", "-", ">"] : [">"]
                    index = Self.index(after: terminator, in: characters, from: index + 2) ?? characters.count
                    continue
                }
                if character == "<" {
                    openings.append(index)
                    insideTag = true
                } else if character == ">" {
                    if !insideTag && firstStrayClose == nil { firstStrayClose = index }
                    insideTag = false
                }
                index += 1
            }
        }

        private static func index(after terminator: [Character], in characters: [Character], from start: Int) -> Int? {
            var index = start
            while index + terminator.count <= characters.count {
                if Array(characters[index..<index + terminator.count]) == terminator { return index + terminator.count }
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
