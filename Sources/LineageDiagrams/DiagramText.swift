import LineageCore

/// Text for labels: GraphViz does not wrap, so long names are wrapped here, and the bits of a label line are
/// joined the same way everywhere.
enum DiagramText {
    /// The widest a label line grows, in columns (a CJK character takes two).
    static let width = 34

    /// `text` broken into lines of at most `width` columns, at spaces where it has them and anywhere in a long run
    /// without (Japanese has no spaces). Line breaks already in the text are kept, each written as `\n`.
    static func wrapped(_ text: String, width: Int = DiagramText.width) -> String {
        // Most label parts are short lines of Latin text, which wrapping leaves as they are.
        if text.utf8.count <= width, text.utf8.first != UInt8(ascii: " "), isNarrow(text), !LineBreaks.mayBreak(text) {
            return text
        }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 8)
        for (number, line) in LineBreaks.lines(of: text).enumerated() {
            if number > 0 { output.append(UInt8(ascii: "\n")) }
            wrapLine(line, width: width, into: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` wrapped, and cut after `lines` lines with `…`: evidence names can run to a paragraph, and a label
    /// that long buries the picture. The full text goes in the tooltip.
    static func abbreviated(_ text: String, lines: Int = 2, width: Int = DiagramText.width) -> String {
        let whole = wrapped(text, width: width)
        guard whole.utf8.count(where: { $0 == UInt8(ascii: "\n") }) >= lines else { return whole }
        let wrapped = whole.split(separator: "\n", omittingEmptySubsequences: false)
        guard wrapped.count > lines else { return wrapped.joined(separator: "\n") }
        var kept = wrapped.prefix(lines).map(String.init)
        var last = kept[lines - 1]
        while columns(last) > width - 1, !last.isEmpty { last.removeLast() }
        kept[lines - 1] = last + "…"
        return kept.joined(separator: "\n")
    }

    /// One line (no line breaks in it) wrapped onto `output`, by the fastest walk that gives the same result: its
    /// bytes when it is ASCII, its scalars when each is a character one column wide, else its characters.
    private static func wrapLine(_ line: Substring, width: Int, into output: inout [UInt8]) {
        if line.utf8.allSatisfy({ $0 < 0x80 }) {
            wrapLine(
                line.utf8, width: width, isSpace: { $0 == UInt8(ascii: " ") }, columns: { _ in 1 },
                append: { output.append(contentsOf: $0) }, appendByte: { output.append($0) })
        } else if isNarrow(line) {
            wrapLine(
                line.unicodeScalars, width: width, isSpace: { $0 == " " }, columns: { _ in 1 },
                append: { output.append(contentsOf: Substring($0).utf8) }, appendByte: { output.append($0) })
        } else {
            wrapLine(
                line, width: width, isSpace: { $0 == " " }, columns: columns(of:),
                append: { output.append(contentsOf: $0.utf8) }, appendByte: { output.append($0) })
        }
    }

    /// The wrapping rule, over a line's characters as `units`: words, split at single spaces, are joined with a
    /// space while the line has room; a word that does not fit starts a new line, and a word wider than a line
    /// is broken between characters. A line never starts with the space between two words.
    private static func wrapLine<Units: Collection>(
        _ units: Units, width: Int, isSpace: (Units.Element) -> Bool, columns: (Units.Element) -> Int,
        append: (Units) -> Void, appendByte: (UInt8) -> Void
    ) where Units.SubSequence == Units {
        var lineWidth = 0
        var wordStart = units.startIndex
        while true {
            let wordEnd = units[wordStart...].firstIndex(where: isSpace) ?? units.endIndex
            let word = units[wordStart..<wordEnd]
            let wordWidth = word.reduce(0) { $0 + columns($1) }
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                appendByte(UInt8(ascii: " "))
                append(word)
                lineWidth += 1 + wordWidth
            } else {
                if lineWidth > 0 {
                    appendByte(UInt8(ascii: "\n"))
                    lineWidth = 0
                }
                var runStart = word.startIndex
                var index = word.startIndex
                while index != word.endIndex {
                    let unitWidth = columns(word[index])
                    if lineWidth + unitWidth > width, lineWidth > 0 {
                        append(word[runStart..<index])
                        appendByte(UInt8(ascii: "\n"))
                        lineWidth = 0
                        runStart = index
                    }
                    lineWidth += unitWidth
                    index = word.index(after: index)
                }
                append(word[runStart..<word.endIndex])
            }
            guard wordEnd != units.endIndex else { break }
            wordStart = units.index(after: wordEnd)
        }
    }

    /// The columns `text` takes: two for each East Asian wide character, one for anything else.
    static func columns(_ text: some StringProtocol) -> Int {
        if isNarrow(text) { return text.utf8.count { $0 & 0xC0 != 0x80 } }
        return text.reduce(0) { $0 + columns(of: $1) }
    }

    /// Whether every scalar of `text` is below U+0300 (every byte below CC) and none is a CR: then each scalar is
    /// a character of its own, one column wide, since no scalar there joins a cluster (combining marks start at
    /// U+0300) but CR before LF, and wide ones start at U+1100.
    private static func isNarrow(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 < 0xCC && $0 != 0x0D }
    }

    private static func columns(of character: Character) -> Int {
        guard let value = character.unicodeScalars.first?.value else { return 0 }
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// `2,573,068 records`, with a no-break space, so wrapping never parts a count from its unit.
    static func count(_ count: RecordCount) -> String {
        "\(count.groupedDigits)\u{00A0}\(count.unit.rawValue)"
    }

    /// The non-empty parts joined with ` · `.
    static func line(_ parts: String?...) -> String {
        parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// `3 transfers, 1 holding`: how many claims of each kind, in the format's order of kinds.
    static func kindCounts(of claims: [Claim]) -> String {
        Claim.Kind.allCases.compactMap { kind in
            let count = claims.count { $0.kind == kind }
            guard count > 0 else { return nil }
            return "\(count) \(kind.rawValue)\(count == 1 ? "" : "s")"
        }.joined(separator: ", ")
    }

    /// Up to `limit` names, then how many more: `A, B, C (+4 more)`.
    static func list(_ names: [String], limit: Int = 3) -> String {
        let shown = names.prefix(limit).joined(separator: ", ")
        return names.count > limit ? "\(shown) (+\(names.count - limit) more)" : shown
    }
}
