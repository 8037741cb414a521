import LineageCore
internal import Foundation

/// Fills in the column of diagnostics that know only their line.
///
/// libxml2 records the line on which an element's start tag *ends*, and no column. The place a reader wants is
/// the `<` that opens the tag, which may sit on an earlier line when the tag spans several. That place is found
/// when a diagnostic is about to be shown: each file is read once, streaming, however many diagnostics point
/// into it, and only when one does.
enum ColumnFinder {
    static func fillColumns(of diagnostics: inout [Diagnostic]) {
        var wanted: [String: Set<Int>] = [:]
        for diagnostic in diagnostics {
            for location in diagnostic.allLocations where location.column == 0 && location.line > 0 {
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

    /// How many earlier lines a start tag may span and still be found.
    private static let lookBehind = 256

    /// For each wanted line of `file`, where the start tag that ends on it begins.
    private static func tagStarts(in file: String, endingOn lines: Set<Int>) -> [Int: (line: Int, column: Int)] {
        guard let handle = FileHandle(forReadingAtPath: file) else { return [:] }
        defer { try? handle.close() }
        let last = lines.max() ?? 0
        var result: [Int: (line: Int, column: Int)] = [:]
        var recent: [(number: Int, text: String)] = []
        var lineNumber = 1
        var pending = Data()
        var atEnd = false
        while lineNumber <= last {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) ?? (atEnd && !pending.isEmpty ? pending.endIndex : nil) {
                let text = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                pending.removeSubrange(pending.startIndex..<min(newline + 1, pending.endIndex))
                recent.append((lineNumber, text))
                if recent.count > lookBehind { recent.removeFirst(recent.count - lookBehind) }
                if lines.contains(lineNumber) { result[lineNumber] = tagStart(endingAt: recent) }
                lineNumber += 1
            } else if atEnd {
                break
            } else if let chunk = try? handle.read(upToCount: 1 << 16), !chunk.isEmpty {
                pending.append(chunk)
            } else {
                atEnd = true
            }
        }
        return result
    }

    /// The start of the tag that ends on the last of `recent`: the first `<` opening an element on that line,
    /// unless a `>` comes before it (the line continues a tag begun earlier), in which case the last `<` opening
    /// an element on the nearest earlier line that has one.
    private static func tagStart(endingAt recent: [(number: Int, text: String)]) -> (line: Int, column: Int) {
        guard let current = recent.last else { return (0, 1) }
        let characters = Array(current.text)
        let firstOpen = openingBrackets(in: characters).first
        let firstClose = characters.firstIndex(of: ">")
        if let firstOpen, firstClose.map({ firstOpen < $0 }) ?? true {
            return (current.number, firstOpen + 1)
        }
        for earlier in recent.dropLast().reversed() {
            if let open = openingBrackets(in: Array(earlier.text)).last { return (earlier.number, open + 1) }
        }
        return (current.number, 1)
    }

    /// Offsets of each `<` that opens an element (not `</`, `<!` or `<?`), in characters.
    private static func openingBrackets(in characters: [Character]) -> [Int] {
        characters.indices.dropLast().filter { index in
            characters[index] == "<" && !["/", "!", "?"].contains(characters[index + 1])
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
