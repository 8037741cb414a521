import LineageCore
import LineageTestSupport
import Testing

@Suite("Case-wide checks")
struct CaseChecksTests {
    /// db → (extraction, June) batch → (transfer, July) broker.
    static func chain() throws -> CaseBuilder {
        var test = CaseBuilder()
        try test.source("s1", .b, date: "2014-07-17")
        for party: PartyID in ["owner", "engineer", "broker"] { try test.party(party) }
        try test.dataset("db", .database)
        try test.dataset("batch", .batch)
        try test.claim("x1", "2014-06-27", .extraction(dataset: "batch", from: "db", by: "engineer", medium: nil, records: nil))
        try test.claim("t1", "2014-07", .transfer(dataset: "batch", from: "engineer", to: "broker", records: nil, price: nil))
        return test
    }

    @Test func aConsistentCaseIsClean() throws {
        #expect(try Self.chain().findings == [])
    }

    @Test func idsAreUniqueAcrossKinds() throws {
        var test = try Self.chain()
        let rejected = #expect(throws: BuilderError.self) { try test.party("batch") }
        #expect(rejected?.diagnostic.code == .duplicateID)
        #expect(rejected?.diagnostic.message == "duplicate id 'batch': already defines a dataset")
    }

    @Test func unknownAndWrongKindReferencesAreErrors() throws {
        var test = try Self.chain()
        try test.claim("t2", "2014-07", .transfer(dataset: "batch", from: "broker", to: "nobody", records: nil, price: nil))
        try test.claim("t3", "2014-07", .transfer(dataset: "broker", from: "broker", to: "owner", records: nil, price: nil))
        #expect(test.findings == ["error unknown-reference", "error wrong-kind-of-reference"])
    }

    @Test func aClaimWithoutCitesIsAnError() throws {
        var test = try Self.chain()
        try test.claim("u1", "2014-07", .use(dataset: "batch", by: "broker", purpose: nil, records: nil), cites: [])
        #expect(test.findings == ["error missing-cite"])
    }

    @Test func anUnknownCitedSourceIsAnError() throws {
        var test = try Self.chain()
        try test.claim("u1", "2014-07", .use(dataset: "batch", by: "broker", purpose: nil, records: nil),
                   cites: [Cite(source: "nowhere", credibility: .possible)])
        #expect(test.findings == ["error unknown-reference"])
    }

    @Test func derivationCyclesAreFoundOnceEach() throws {
        var test = try Self.chain()
        for list: DatasetID in ["a", "b", "c"] { try test.dataset(list) }
        try test.claim("d1", "2014-07", .derivation(dataset: "a", from: ["b"], by: "broker", operation: .merge, records: nil))
        try test.claim("d2", "2014-07", .derivation(dataset: "b", from: ["c", "batch"], by: "broker", operation: .merge, records: nil))
        try test.claim("d3", "2014-07", .derivation(dataset: "c", from: ["a"], by: "broker", operation: .copy, records: nil))
        #expect(LineageGraph(test.evidence).derivationCycles() == [["a", "b", "c"]])
        #expect(test.findings == ["error derivation-cycle"])
    }

    @Test func aTransferBeforeItsDatasetCanExistIsAWarning() throws {
        var test = try Self.chain()
        try test.claim("t0", "2014-05", .transfer(dataset: "batch", from: "engineer", to: "broker", records: nil, price: nil))
        #expect(test.findings == ["warning before-dataset-exists"])
    }

    @Test func anUncertainDateThatCouldBeInOrderIsNoContradiction() throws {
        var test = try Self.chain()
        try test.claim("t0", "2014-06~", .transfer(dataset: "batch", from: "engineer", to: "broker", records: nil, price: nil))
        #expect(test.findings == [])
    }

    @Test func countsInDifferentUnitsAreFlaggedNotCompared() throws {
        var test = try Self.chain()
        try test.dataset("census", .list, records: RecordCount(7_600_000, unit: .households))
        try test.claim("t5", "2014-07", .transfer(dataset: "census", from: "broker", to: "owner", records: RecordCount(20_700_000, unit: .persons), price: nil))
        #expect(test.findings == ["warning count-units-disagree"])
    }

    @Test func conflictingCountsOfOneUnitAreAWarning() throws {
        var test = try Self.chain()
        try test.dataset("js", .list, records: RecordCount(2_570_000))
        try test.claim("t5", "2014-07", .transfer(dataset: "js", from: "broker", to: "owner", records: RecordCount(2_573_068), price: nil))
        #expect(test.findings == ["warning conflicting-counts"])
    }

    @Test func aSourceCannotReportWhatHadNotHappened() throws {
        var test = try Self.chain()
        try test.claim("t6", "2014-09", .transfer(dataset: "batch", from: "broker", to: "owner", records: nil, price: nil))
        #expect(test.findings == ["warning reported-before-event"])
    }

    @Test func extractingFromSomethingOtherThanADatabaseIsAWarning() throws {
        var test = try Self.chain()
        try test.dataset("copy", .batch)
        try test.claim("x2", "2014-07", .extraction(dataset: "copy", from: "batch", by: "broker", medium: nil, records: nil))
        #expect(test.findings == ["warning unexpected-dataset-kind"])
    }

    @Test func aLongDerivationChainDoesNotOverflowTheStack() throws {
        var test = try Self.chain()
        let length = 200_000
        for index in 0...length { try test.dataset(DatasetID("l\(index)")) }
        for index in 1...length {
            try test.claim(ClaimID("d\(index)"), "2014-07", .derivation(dataset: DatasetID("l\(index)"), from: [DatasetID("l\(index - 1)")], by: "broker", operation: .copy, records: nil))
        }
        #expect(LineageGraph(test.evidence).derivationCycles().isEmpty)
    }
}

extension CaseBuilder {
    /// The rule names `check()` reports, in order: what each test of a check expects.
    var findings: [String] { evidence.check().map { "\($0.severity.rawValue) \($0.code)" } }
}
