import LineageTestSupport
import Testing

@testable import LineageXML

/// `ColumnFinder.scan` scans a line by bytes when each bracket in it is a character of its own, and counts only
/// the column it finds in characters (issue 18). These tests hold it to the character-by-character scan it
/// shortens, on random lines mixing brackets, comments, CJK, combining marks, joiners, spacing marks, prepended
/// marks, carriage returns, emoji, flags and bytes that are not UTF-8.
@Suite struct ColumnScanEquivalenceTests {
    /// The pieces random lines are made of, as bytes.
    static let pieces: [[UInt8]] =
        [
            "<", ">", "!", "?", "/", "-", "<!--", "-->", "<?", "?>", "</", "<a ", "a", " ", "\"", "=", "名", "。",
            "簿", "é", "e\u{301}", "\u{301}", "\u{338}", "≮", "\u{200D}", "\u{903}", "\u{600}", "\u{94D}", "क", "\r",
            "👍", "👍\u{1F3FD}", "🇯", "🇵", "\u{FE0F}", "\u{1100}", "각", "\u{37E}", "\u{FEFF}",
        ].map { Array($0.utf8) } + [[0xFF], [0x80], [0xE5, 0x90]]

    static func randomLine(_ generator: inout SplitMix) -> [UInt8] {
        // Mostly the marks with CJK and ASCII, as in real evidence; now and then the rarer scalars.
        let length = Int.random(in: 0...24, using: &generator)
        return (0..<length).flatMap { _ in pieces.randomElement(using: &generator)! }
    }

    @Test func bytesAndCharactersFindTheSameTagStarts() {
        var generator = SplitMix(seed: 18)
        var byBytes = 0
        for _ in 0..<4_000 {
            let lines = (0..<Int.random(in: 1...4, using: &generator)).map { _ in Self.randomLine(&generator) }
            let fast = ColumnFinder.tagStart(endingOn: lines.count, after: 1) { ColumnFinder.scan(lines[$0 - 1][...]) }
            let slow = ColumnFinder.tagStart(endingOn: lines.count, after: 1) {
                ColumnFinder.scanByCharacters(String(decoding: lines[$0 - 1], as: UTF8.self))
            }
            let shown = lines.map { String(decoding: $0, as: UTF8.self).debugDescription }
            #expect(fast.line == slow.line && fast.column == slow.column, "\(shown)")
            for line in lines {
                let scan = ColumnFinder.scan(line[...])
                let reference = ColumnFinder.scanByCharacters(String(decoding: line, as: UTF8.self))
                #expect(scan.openings.map(scan.column(at:)) == reference.openings.map(reference.column(at:)))
                let strayClose = reference.firstStrayClose.map(reference.column(at:))
                #expect(scan.firstStrayClose.map(scan.column(at:)) == strayClose)
                if scan.text != nil || line.allSatisfy({ $0 < 0x80 }) { byBytes += 1 }
            }
        }
        // The shortcut must be the common case, or it buys nothing.
        #expect(byBytes > 1_000)
    }

    @Test func aBracketCarryingAMarkIsNotABracket() {
        // "<" + U+0338 is one character (≮), not an opening: only the "<" of "<b>", the fifth character, is.
        let line = Array("x<\u{338}a <b>".utf8)
        let scan = ColumnFinder.scan(line[...])
        #expect(scan.openings.map(scan.column(at:)) == [5])
        let cjk = Array("名簿<quote>名</quote>".utf8)
        let cjkScan = ColumnFinder.scan(cjk[...])
        #expect(cjkScan.text != nil)
        #expect(cjkScan.openings.map(cjkScan.column(at:)) == [3])
    }
}
