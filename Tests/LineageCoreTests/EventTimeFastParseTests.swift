import Testing

@testable import LineageCore

/// `EventTime(parsing:)` reads well-formed ASCII by bytes and everything else by characters (issue 18: the
/// character walk was 4% of `lineage check`). The byte parse must accept exactly what the character parse
/// accepts, with the same value, and leave everything else to it, so that its errors are worded as before.
@Suite struct EventTimeFastParseTests {
    static let pieces = [
        "2014", "1999", "0000", "2016", "-", "-", "01", "02", "05", "12", "13", "00", "28", "29", "30", "31", "7", "~",
        "?", "%", "/", "/", "..", ".", "", " ", "a", "年", "5",
    ]

    @Test func theByteParseAcceptsWhatTheCharacterParseAccepts() {
        var state: UInt64 = 18
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var accepted = 0
        for _ in 0..<60_000 {
            let text = (0..<(1 + next() % 7)).map { _ in Self.pieces[next() % Self.pieces.count] }.joined()
            let byCharacters = try? EventTime.parsedByCharacters(text)
            let byBytes = EventTime.parsingWellFormedASCII(text)
            if text.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(byBytes == byCharacters, "\(text)")
            } else {
                #expect(byBytes == nil, "\(text)")
            }
            if byCharacters != nil { accepted += 1 }
        }
        // Enough of the samples are dates and intervals for the comparison to mean something.
        #expect(accepted > 2_000)
    }
}
