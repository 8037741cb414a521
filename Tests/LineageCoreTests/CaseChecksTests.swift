import LineageCore
import Testing

@Suite("Case-wide checks")
struct CaseChecksTests {
    /// db → (extraction, June) batch → (transfer, July) broker.
    static func chain() -> TestCase {
        var test = TestCase(sources: [("s1", "2014-07-17", .b)])
        for party in ["owner", "engineer", "broker"] { test.party(party) }
        test.dataset("db", .database)
        test.dataset("batch", .batch)
        test.claim("x1", "2014-06-27", .extraction(dataset: "batch", from: "db", by: "engineer", medium: nil, records: nil))
        test.claim("t1", "2014-07", .transfer(dataset: "batch", from: "engineer", to: "broker", records: nil, price: nil))
        return test
    }

    @Test func aConsistentCaseIsClean() {
        #expect(Self.chain().findings == [])
    }

    @Test func idsAreUniqueAcrossKinds() {
        var test = Self.chain()
        test.party("batch")
        #expect(test.rejected.map(\.code) == [.duplicateID])
        #expect(test.rejected.first?.message == "duplicate id 'batch': already defines a dataset")
    }

    @Test func unknownAndWrongKindReferencesAreErrors() {
        var test = Self.chain()
        test.claim("t2", "2014-07", .transfer(dataset: "batch", from: "broker", to: "nobody", records: nil, price: nil))
        test.claim("t3", "2014-07", .transfer(dataset: "broker", from: "broker", to: "owner", records: nil, price: nil))
        #expect(test.findings == ["error unknown-reference", "error wrong-kind-of-reference"])
    }

    @Test func aClaimWithoutCitesIsAnError() {
        var test = Self.chain()
        test.claim("u1", "2014-07", .use(dataset: "batch", by: "broker", purpose: nil, records: nil), cites: [])
        #expect(test.findings == ["error missing-cite"])
    }

    @Test func anUnknownCitedSourceIsAnError() {
        var test = Self.chain()
        test.claim("u1", "2014-07", .use(dataset: "batch", by: "broker", purpose: nil, records: nil),
                   cites: [Cite(source: "nowhere", credibility: .possible)])
        #expect(test.findings == ["error unknown-reference"])
    }

    @Test func derivationCyclesAreFoundOnceEach() {
        var test = Self.chain()
        for list in ["a", "b", "c"] { test.dataset(list) }
        test.claim("d1", "2014-07", .derivation(dataset: "a", from: ["b"], by: "broker", operation: .merge, records: nil))
        test.claim("d2", "2014-07", .derivation(dataset: "b", from: ["c", "batch"], by: "broker", operation: .merge, records: nil))
        test.claim("d3", "2014-07", .derivation(dataset: "c", from: ["a"], by: "broker", operation: .copy, records: nil))
        #expect(LineageGraph(test.evidence).derivationCycles() == [["a", "b", "c"]])
        #expect(test.findings == ["error derivation-cycle"])
    }

    @Test func aTransferBeforeItsDatasetCanExistIsAWarning() {
        var test = Self.chain()
        test.claim("t0", "2014-05", .transfer(dataset: "batch", from: "engineer", to: "broker", records: nil, price: nil))
        #expect(test.findings == ["warning before-dataset-exists"])
    }

    @Test func anUncertainDateThatCouldBeInOrderIsNoContradiction() {
        var test = Self.chain()
        test.claim("t0", "2014-06~", .transfer(dataset: "batch", from: "engineer", to: "broker", records: nil, price: nil))
        #expect(test.findings == [])
    }

    @Test func countsInDifferentUnitsAreFlaggedNotCompared() {
        var test = Self.chain()
        test.dataset("census", .list, records: RecordCount(7_600_000, unit: .households))
        test.claim("t5", "2014-07", .transfer(dataset: "census", from: "broker", to: "owner", records: RecordCount(20_700_000, unit: .persons), price: nil))
        #expect(test.findings == ["warning count-units-disagree"])
    }

    @Test func conflictingCountsOfOneUnitAreAWarning() {
        var test = Self.chain()
        test.dataset("js", .list, records: RecordCount(2_570_000))
        test.claim("t5", "2014-07", .transfer(dataset: "js", from: "broker", to: "owner", records: RecordCount(2_573_068), price: nil))
        #expect(test.findings == ["warning conflicting-counts"])
    }

    @Test func aSourceCannotReportWhatHadNotHappened() {
        var test = Self.chain()
        test.claim("t6", "2014-09", .transfer(dataset: "batch", from: "broker", to: "owner", records: nil, price: nil))
        #expect(test.findings == ["warning reported-before-event"])
    }

    @Test func extractingFromSomethingOtherThanADatabaseIsAWarning() {
        var test = Self.chain()
        test.dataset("copy", .batch)
        test.claim("x2", "2014-07", .extraction(dataset: "copy", from: "batch", by: "broker", medium: nil, records: nil))
        #expect(test.findings == ["warning unexpected-dataset-kind"])
    }

    @Test func aLongDerivationChainDoesNotOverflowTheStack() {
        var test = Self.chain()
        let length = 200_000
        for index in 0...length { test.dataset("l\(index)") }
        for index in 1...length {
            test.claim("d\(index)", "2014-07", .derivation(dataset: DatasetID("l\(index)"), from: [DatasetID("l\(index - 1)")], by: "broker", operation: .copy, records: nil))
        }
        #expect(LineageGraph(test.evidence).derivationCycles().isEmpty)
    }
}
