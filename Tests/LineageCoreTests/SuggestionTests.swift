import LineageCore
import Testing

/// "Did you mean": the nearest id by edit distance, and only when it is near enough to be a slip.
@Suite("Suggestion")
struct SuggestionTests {
    @Test(
        arguments: [
            ("justsystem", "justsystems"), ("db-synfrom", "db-synform"), ("BROKER", "broker"), ("brokr", "broker"),
        ])
    func aSlipOfTheHandFindsTheId(_ typed: String, _ meant: String) {
        #expect(Suggestion.nearest(to: typed, in: ["broker", "justsystems", "db-synform", "engineer"]) == meant)
    }

    @Test func aNameFarFromEveryIdGetsNoSuggestion() {
        #expect(Suggestion.nearest(to: "benesse", in: ["broker", "justsystems"]) == nil)
        #expect(Suggestion.phrase(for: "x", in: []) == "")
    }

    @Test func tiesGoToTheSmallestIdWhateverTheOrder() {
        #expect(Suggestion.nearest(to: "list-c", in: ["list-d", "list-b"]) == "list-b")
        #expect(Suggestion.nearest(to: "list-c", in: ["list-b", "list-d"]) == "list-b")
    }
}
