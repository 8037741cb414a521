import LineageProv
import Testing

@Suite("PROV-JSON characters")
struct ProvJSONCharacterTests {
    @Test(arguments: [("\\u0000", "0000"), ("\\u001b", "001B"), ("\\uFFFF", "FFFF")])
    func aLabelHoldingACharacterXMLForbidsIsRefusedWithItsPlace(escape: String, code: String) {
        let text = "{\n  \"entity\": {\"ex:e\": {\"prov:label\": \"cut \(escape) here\"}}\n}\n"
        #expect(throws: ProvJSONReader.Failure.self) { try ProvJSONReader.read(Array(text.utf8)) }
        do {
            _ = try ProvJSONReader.read(Array(text.utf8))
        } catch {
            #expect((error.line, error.column) == (2, 42))
            #expect(error.description.hasPrefix("a string holds \\u\(code), a character XML 1.0 forbids"))
        }
    }

    @Test func escapedQuotesBackslashesAndAllowedControlsAreRead() throws {
        let text = #"{"entity": {"ex:e": {"prov:label": "a \"q\" \\ \t\n\u0009 \u00e9"}}}"#
        let (document, _) = try ProvJSONReader.read(Array(text.utf8))
        _ = document
    }
}
