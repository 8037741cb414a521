import LineageCore
import LineageTestSupport
import Testing

/// `provenance(of:)`: every time-respecting path back to where the evidence begins.
@Suite struct ProvenanceTests {
    @Test func aPartysHoldingLeadsBackToTheDatabaseAndToTheGap() throws {
        let trace = try RecipientsTests.derivation().custody().provenance(of: PartyID("user"))
        #expect(trace.subject == .party("user"))
        #expect(trace.holdings.map(\.dataset) == ["list"])
        let holding = try #require(trace.holdings.first)
        #expect(holding.party == "user")
        #expect(!holding.isTruncated)
        // Both paths reach the user on 1 July; the shorter comes first.
        #expect(holding.paths.map(\.start) == ["other", "db"])
        #expect(holding.paths.map(\.origin) == [.unknownMaking, .database])
        #expect(holding.paths[0].steps.map(\.claim.id) == ["d1", "d1", "t2"])
        #expect(holding.paths[0].steps.map(\.link) == [.held, .made, .transfer])
        #expect(holding.paths[1].steps.map(\.claim.id) == ["e1", "t1", "d1", "t2"])
        #expect(
            try holding.paths[1].steps.map(\.earliest)
                == ["2014-06-17", "2014-06-18", "2014-06-25", "2014-07-01"].map { try .day($0) })
        #expect(holding.paths[1].isOrderCertain)
        #expect(trace.leftOut.isEmpty)
    }

    @Test func aDatasetLeadsBackThroughEachInput() throws {
        let trace = try RecipientsTests.derivation().custody().provenance(of: DatasetID("list"))
        let holding = try #require(trace.holdings.first)
        #expect(holding.party == nil)
        #expect(holding.paths.map { $0.steps.map(\.claim.id) } == [["d1", "d1"], ["e1", "t1", "d1"]])
        #expect(holding.paths.last?.steps.last?.holder == "broker")
    }

    @Test func aDatabaseIsItsOwnBeginning() throws {
        let trace = try RecipientsTests.chain().custody().provenance(of: DatasetID("db"))
        #expect(trace.holdings.first?.paths == [CustodyPath(start: "db", origin: .database, steps: [])])
    }

    @Test func aHopTooLateToLeadOnIsLeftOutAndSaidSo() throws {
        var builder = try RecipientsTests.derivation()
        try builder.holding("h1", "list", party: "x", "2014-07")
        try builder.transfer("t5", "list", from: "x", to: "broker", "2014-07-20")
        let trace = try builder.custody().provenance(of: PartyID("user"))
        let paths = try #require(trace.holdings.first?.paths)
        #expect(!paths.contains { $0.steps.contains { $0.claim.id == "t5" } })
        #expect(trace.leftOut.map(\.claim.id) == ["t5"])
        #expect(try trace.leftOut.first?.reason == .afterNextHop(.day("2014-07-01")))
    }

    @Test func aHopClaimedSeveralTimesShowsItsBestGradedClaimThatFits() throws {
        var builder = try RecipientsTests.derivation()
        try builder.source("sF", .f, date: "2014-07-15")
        try builder.source("sA", .a, date: "2014-07-15")
        // A vaguer, weaker claim of the same sale, and a better one dated too early to follow the merge.
        try builder.transfer(
            "t2-vague", "list", from: "broker", to: "user", "../2014-07-15",
            cites: [Cite(source: "sF", credibility: .cannotBeJudged)])
        try builder.transfer(
            "t2-early", "list", from: "broker", to: "user", "2014-06-20",
            cites: [Cite(source: "sA", credibility: .confirmed)])
        let trace = try builder.custody().provenance(of: PartyID("user"))
        let paths = try #require(trace.holdings.first?.paths)
        #expect(paths.map { $0.steps.last?.claim.id } == ["t2", "t2"])
        // Rule 5 (left-out hops are left out everywhere): t2-early is left out, so never "also claimed by".
        #expect(paths.first?.steps.last?.sameHop == ["t2-vague"])
        #expect(trace.leftOut.map(\.claim.id) == ["t2-early"])
        #expect(try trace.leftOut.first?.reason == .beforeDataArrived(.day("2014-06-25")))
    }

    @Test func tradesInACycleAreFollowedOnce() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.transfer("t1", "list", from: "a", to: "b", "2014-05")
        try builder.transfer("t2", "list", from: "b", to: "a", "2014-06")
        let custody = builder.custody()
        let a = try #require(custody.provenance(of: PartyID("a")).holdings.first)
        #expect(a.paths.map { $0.steps.map(\.claim.id) } == [["t1"]])
        #expect(a.paths.first?.steps.first?.link == .held)
        let b = try #require(custody.provenance(of: PartyID("b")).holdings.first)
        #expect(b.paths.map { $0.steps.map(\.claim.id) } == [["t1", "t1"]])
        #expect(b.paths.first?.steps.map(\.link) == [.held, .transfer])
    }

    @Test(arguments: [(1, true), (2, false), (5, false)])
    func theLimitBoundsThePathsListedAndSaysSo(limit: Int, truncated: Bool) throws {
        let trace = try RecipientsTests.derivation().custody().provenance(of: DatasetID("list"), limit: limit)
        let holding = try #require(trace.holdings.first)
        #expect(holding.paths.count == min(limit, 2))
        #expect(holding.isTruncated == truncated)
    }

    @Test func aPartyHoldsEachDatasetOnce() throws {
        let trace = try RecipientsTests.derivation().custody().provenance(of: PartyID("broker"))
        #expect(trace.holdings.map(\.dataset) == ["batch1", "list", "other"])
        #expect(trace.holdings.map(\.paths.count) == [1, 2, 1])
    }

    @Test func subjectsResolveToADatasetOrAParty() throws {
        let evidence = try RecipientsTests.chain().evidence
        #expect(try Provenance.Subject(resolving: "batch", in: evidence) == .dataset("batch"))
        #expect(try Provenance.Subject(resolving: "broker", in: evidence) == .party("broker"))
        #expect(throws: QueryError.self) { try Provenance.Subject(resolving: "s1", in: evidence) }
        #expect(throws: QueryError.self) { try Provenance.Subject(resolving: "nobody", in: evidence) }
    }
}
