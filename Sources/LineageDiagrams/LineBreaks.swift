/// Where text breaks into lines, for labels, DOT strings and comments: at every line break `Character.isNewline`
/// knows (LF, VT, FF, CR, CRLF as one break, NEL, U+2028, U+2029), found by a scan of the UTF-8 rather than by
/// walking grapheme clusters, which a 100,000-claim diagram does millions of times.
///
/// The scan gives the same lines as `split(whereSeparator: \.isNewline)`: each of those breaks is a grapheme
/// cluster of its own (Unicode's rules GB4 and GB5 break before and after every control and separator), with CRLF
/// the one cluster of two.
enum LineBreaks {
    /// The lines of `text`, empty ones kept: `a\n\nb` is three lines, and text with no break is one line.
    static func lines(of text: String) -> [Substring] {
        guard mayBreak(text) else { return [text[...]] }
        var lines: [Substring] = []
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if let end = breakEnd(in: utf8, at: index) {
                lines.append(Substring(utf8[lineStart..<index]))
                index = end
                lineStart = end
            } else {
                index = utf8.index(after: index)
            }
        }
        lines.append(Substring(utf8[lineStart..<utf8.endIndex]))
        return lines
    }

    /// Whether `text` has a byte that can start a line break; false proves it has none.
    static func mayBreak(_ text: some StringProtocol) -> Bool {
        text.utf8.contains { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }
    }

    /// If a line break starts at `index`, the index just past it.
    static func breakEnd(in utf8: String.UTF8View, at index: String.Index) -> String.Index? {
        let length: Int
        switch utf8[index] {
        case 0x0D: length = byte(in: utf8, after: index, 1) == 0x0A ? 2 : 1
        case 0x0A, 0x0B, 0x0C: length = 1
        // NEL is C2 85.
        case 0xC2: length = byte(in: utf8, after: index, 1) == 0x85 ? 2 : 0
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
        case 0xE2:
            let third = byte(in: utf8, after: index, 2)
            length = byte(in: utf8, after: index, 1) == 0x80 && (third == 0xA8 || third == 0xA9) ? 3 : 0
        default: length = 0
        }
        return length == 0 ? nil : utf8.index(index, offsetBy: length)
    }

    private static func byte(in utf8: String.UTF8View, after index: String.Index, _ distance: Int) -> UInt8? {
        guard let next = utf8.index(index, offsetBy: distance, limitedBy: utf8.endIndex), next != utf8.endIndex else {
            return nil
        }
        return utf8[next]
    }
}
