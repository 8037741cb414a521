import LineageCore
import LineageTestSupport
import Testing

/// `gaps()`: what an investigator should chase next.
@Suite struct GapsTests {
    @Test func holdingsWithNoKnownAcquisitionAreListedButNotAnOwnersOwnDatabase() throws {
        var builder = try RecipientsTests.derivation()
        try builder.holding("h0", "db", party: "synform", "2014")
        try builder.transfer("t0", "list", from: "a", to: "b", "2014-05")
        try builder.transfer("t9", "list", from: "b", to: "a", "2014-06")
        let gaps = builder.custody().gaps()
        // Rule 4 (one time-aware definition): b's only acquisition, t0 in May, comes before the list was made on
        // 25 June, so it explains nothing: b's holding shown by t9 is a gap too.
        #expect(gaps.unexplainedHoldings.map(\.party) == ["a", "b", "broker"])
        #expect(gaps.unexplainedHoldings.map(\.dataset) == ["list", "list", "other"])
        #expect(gaps.unexplainedHoldings.map(\.shownBy) == [["t0"], ["t9"], ["d1"]])
        #expect(gaps.unexplainedHoldings.map(\.lateAcquisitions) == [["t9"], ["t0"], []])
        #expect(gaps.unmadeDatasets == ["other"])
    }

    @Test func unidentifiedPartiesAreListedWithTheClaimsNamingThem() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.party("dealer", identified: false)
        try builder.transfer("t1", "list", from: "dealer", to: "panworld", "2014-01")
        let unidentified = builder.custody().gaps().unidentifiedParties
        #expect(unidentified.map(\.party) == ["dealer"])
        #expect(unidentified.map(\.claims) == [["t1"]])
    }

    @Test func thinSupportIsListed() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.source("s2", .f, date: "2014-07-10")
        try builder.transfer(
            "two", "list", from: "a", to: "b", "2014-05",
            cites: [CaseBuilder.cite, Cite(source: "s2", credibility: .probable)])
        try builder.transfer("one", "list", from: "b", to: "c", "2014-06")
        try builder.transfer(
            "sameTwice", "list", from: "c", to: "d", "2014-06",
            cites: [CaseBuilder.cite, Cite(source: "s1", credibility: .confirmed)])
        try builder.transfer(
            "unjudged", "list", from: "d", to: "e", "2014-06",
            cites: [Cite(source: "s2", credibility: .probable), Cite(source: "s1", credibility: .cannotBeJudged)])
        try builder.transfer(
            "onlyDisputed", "list", from: "e", to: "f", "2014-06",
            cites: [Cite(source: "s1", credibility: .doubtful, stance: .disputes)])
        let gaps = builder.custody().gaps()
        #expect(gaps.singleSource.map(\.id) == ["one", "onlyDisputed", "sameTwice"])
        #expect(gaps.ungradedSupport.map(\.id) == ["unjudged"])
        #expect(gaps.disputed.map(\.id) == ["onlyDisputed"])
    }

    @Test func claimsOfTheSameHopThatDisagreeAreShownSideBySide() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.transfer("t1", "list", from: "a", to: "b", "2014-05", records: RecordCount(2_300_000))
        try builder.transfer("t2", "list", from: "a", to: "b", "2014-05-21", records: RecordCount(2_600_000))
        try builder.transfer(
            "t3", "list", from: "a", to: "b", "2014-02", records: RecordCount(760_000, unit: .households))
        try builder.transfer("t4", "list", from: "b", to: "c", "2014-06", records: RecordCount(1))
        try builder.transfer("t5", "list", from: "b", to: "c", "2014-06-02", records: RecordCount(1))
        let conflicts = builder.custody().gaps().conflicts
        #expect(conflicts.map(\.kind) == [.units, .counts, .dates])
        // Rule 6 (units are never mixed): the households count is not among the records counts that differ.
        #expect(conflicts.map { $0.claims.map(\.id) } == [["t1", "t2", "t3"], ["t1", "t2"], ["t1", "t2", "t3"]])
    }

    @Test func aCleanCaseHasNoGaps() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.source("s2", .a, date: "2014-07-10")
        let cites = [CaseBuilder.cite, Cite(source: "s2", credibility: .confirmed)]
        try builder.extraction("e1", "batch", from: "db", by: "engineer", "2014-06-17", cites: cites)
        try builder.transfer("t1", "batch", from: "engineer", to: "broker", "2014-06-18", cites: cites)
        #expect(builder.custody().gaps().isEmpty)
    }
}
