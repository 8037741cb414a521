import LineageCore
import Testing

@Suite("One record, one line")
struct LineTextTests {
    @Test func controlCharactersAreEscapedAndTheRestKept() {
        #expect(LineText.escaped("plain 文献社 \\ text") == "plain 文献社 \\ text")
        #expect(LineText.escaped("a\nb\rc\td\u{7}e\u{85}f\u{2028}") == "a\\nb\\rc\\td\\u{7}e\\u{85}f\\u{2028}")
    }

    @Test func aMultiLineMessageIsFoldedIntoOne() {
        #expect(LineText.folded("Couldn't find end of Start Tag b\n<a><b\n     ^\n") == "Couldn't find end of Start Tag b; <a><b; ^")
    }

    @Test func aDiagnosticIsOneLineWhateverItsValueAndPathHold() {
        let diagnostic = Diagnostic.error(
            .badDate, "'2014\nx.xml:1:1: error: forged' is not a date",
            at: SourceLocation(file: "evil\nname.xml", line: 3, column: 3))
        #expect(
            diagnostic.description
                == "evil\\nname.xml:3:3: error: '2014\\nx.xml:1:1: error: forged' is not a date [bad-date]")
    }
}
