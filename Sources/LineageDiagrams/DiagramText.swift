import LineageCore

/// Text for labels: GraphViz does not wrap, so long names are wrapped here, and the bits of a label line are
/// joined the same way everywhere.
enum DiagramText {
    /// The widest a label line grows, in columns (a CJK character takes two).
    static let width = 34

    /// `text` broken into lines of at most `width` columns, at spaces where it has them and anywhere in a long run
    /// without (Japanese has no spaces). Line breaks already in the text are kept.
    static func wrapped(_ text: String, width: Int = DiagramText.width) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
            wrappedLine(String($0), width: width)
        }.joined(separator: "\n")
    }

    /// `text` wrapped, and cut after `lines` lines with `…`: evidence names can run to a paragraph, and a label
    /// that long buries the picture. The full text goes in the tooltip.
    static func abbreviated(_ text: String, lines: Int = 2, width: Int = DiagramText.width) -> String {
        let wrapped = wrapped(text, width: width).split(separator: "\n", omittingEmptySubsequences: false)
        guard wrapped.count > lines else { return wrapped.joined(separator: "\n") }
        var kept = wrapped.prefix(lines).map(String.init)
        var last = kept[lines - 1]
        while columns(last) > width - 1, !last.isEmpty { last.removeLast() }
        kept[lines - 1] = last + "…"
        return kept.joined(separator: "\n")
    }

    private static func wrappedLine(_ line: String, width: Int) -> String {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            let wordWidth = columns(word)
            if currentWidth > 0, currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            for character in word {
                let characterWidth = columns(of: character)
                if currentWidth + characterWidth > width, currentWidth > 0 {
                    lines.append(current)
                    current = ""
                    currentWidth = 0
                }
                current.append(character)
                currentWidth += characterWidth
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// The columns `text` takes: two for each East Asian wide character, one for anything else.
    static func columns(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + columns(of: $1) }
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
