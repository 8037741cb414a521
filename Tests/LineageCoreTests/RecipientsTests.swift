import LineageCore
import LineageTestSupport
import Testing

/// `recipients(of:)`: who can have received a dataset or data made from it, from when, and how.
@Suite struct RecipientsTests {
    /// db → batch (extracted by the engineer on 17 June) → broker (18 June) → user (July).
    static func chain() throws -> CaseBuilder {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.extraction("e1", "batch", from: "db", by: "engineer", "2014-06-17")
        try builder.transfer("t1", "batch", from: "engineer", to: "broker", "2014-06-18")
        try builder.transfer("t2", "batch", from: "broker", to: "user", "2014-07")
        return builder
    }

    @Test func aChainListsEachHolderWithItsPathEarliestFirst() throws {
        let answer = try Self.chain().custody().recipients(of: "batch")
        #expect(answer.dataset == "batch")
        #expect(answer.recipients.map(\.party) == ["engineer", "broker", "user"])
        #expect(try answer.recipients.map(\.earliest) == [.day("2014-06-17"), .day("2014-06-18"), .day("2014-07-01")])
        let user = try #require(answer.recipients.last?.holdings.first)
        let path = answer.path(to: user)
        #expect(path.start == "batch")
        #expect(path.origin == .asked)
        #expect(path.steps.map(\.claim.id) == ["e1", "t1", "t2"])
        #expect(path.steps.map(\.link) == [.made, .transfer, .transfer])
        #expect(path.steps.map(\.holder) == ["engineer", "broker", "user"])
        #expect(path.steps[1].sender == "engineer")
        #expect(path.steps[0].inputs == ["db"])
        #expect(path.isOrderCertain)
        #expect(path.grade == Grade(.b, .probable))
        #expect(answer.leftOut.isEmpty)
    }

    @Test func theSourceDatabaseReachesTheSameParties() throws {
        let answer = try Self.chain().custody().recipients(of: "db")
        #expect(answer.recipients.map(\.party) == ["engineer", "broker", "user"])
        let engineer = try #require(answer.recipients.first?.holdings.first)
        #expect(engineer.dataset == "batch")
        #expect(answer.path(to: engineer).steps.map(\.claim.id) == ["e1"])
    }

    @Test func aHopBeforeTheSenderHadTheDataIsLeftOutAndSaidSo() throws {
        var builder = try Self.chain()
        try builder.transfer("t0", "batch", from: "broker", to: "early", "2014-05")
        let answer = try builder.custody().recipients(of: "batch")
        #expect(!answer.recipients.map(\.party).contains("early"))
        #expect(answer.leftOut.map(\.claim.id) == ["t0"])
        // The broker bought the batch on 18 June; it existed from the 17th: either way, not in May.
        #expect(try answer.leftOut.first?.reason == .beforeDataArrived(.day("2014-06-17")))
    }

    /// After an extraction on 17 June, a sale dated `when`: counted if it can have come after, certain only if it
    /// cannot have come before.
    @Test(arguments: [
        ("2014-06-18", "2014-06-18", true),
        ("2014-06-17", "2014-06-17", true),  // the same day counts as in order
        ("2014-06", "2014-06-17", false),
        ("2014-06-10/2014-06-20", "2014-06-17", false),
        ("2014-07~", "2014-06-17", false),  // "about July" may be June
        ("../2014-06-30", "2014-06-17", false),
    ])
    func uncertainDatesCountWhenTheOrderIsPossibleAndSaySo(when: String, earliest: String, certain: Bool) throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.extraction("e1", "batch", from: "db", by: "engineer", "2014-06-17")
        try builder.transfer("t1", "batch", from: "engineer", to: "broker", when)
        let answer = try builder.custody().recipients(of: "batch")
        let broker = try #require(answer.recipients.first { $0.party == "broker" }?.holdings.first)
        #expect(try broker.earliest == .day(earliest))
        #expect(broker.isOrderCertain == certain)
        #expect(answer.path(to: broker).steps.last?.isOrderCertain == certain)
    }

    @Test(arguments: ["2014-06-16", "2014-05", "../2014-06-16", "2013"])
    func aSaleThatCannotFollowTheExtractionIsLeftOut(when: String) throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.extraction("e1", "batch", from: "db", by: "engineer", "2014-06-17")
        try builder.transfer("t1", "batch", from: "engineer", to: "broker", when)
        let answer = try builder.custody().recipients(of: "batch")
        #expect(answer.recipients.map(\.party) == ["engineer"])
        #expect(answer.leftOut.map(\.claim.id) == ["t1"])
    }

    @Test func partiesTradingInACycleAppearOnceEach() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.extraction("e1", "batch", from: "db", by: "engineer", "2014-05-01")
        try builder.transfer("t1", "batch", from: "engineer", to: "a", "2014-05-10")
        try builder.transfer("t2", "batch", from: "a", to: "b", "2014-05-20")
        try builder.transfer("t3", "batch", from: "b", to: "a", "2014-06-01")
        try builder.transfer("t4", "batch", from: "a", to: "c", "2014-07-01")
        let answer = try builder.custody().recipients(of: "batch")
        #expect(answer.recipients.map(\.party) == ["engineer", "a", "b", "c"])
        #expect(answer.recipients.map(\.holdings.count) == [1, 1, 1, 1])
        let a = try #require(answer.recipients[1].holdings.first)
        #expect(try a.earliest == .day("2014-05-10"))
        #expect(a.otherWays == 1)  // b sold it back
        #expect(answer.path(to: a).steps.map(\.claim.id) == ["e1", "t1"])
        let c = try #require(answer.recipients[3].holdings.first)
        #expect(answer.path(to: c).steps.map(\.claim.id) == ["e1", "t1", "t4"])
    }

    @Test func aSellerWhoHadTheListBeforeBuyingItBackHeldItFromElsewhere() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.transfer("t1", "list", from: "a", to: "b", "2014-05")
        try builder.transfer("t2", "list", from: "b", to: "a", "2014-06")
        let answer = try builder.custody().recipients(of: "list")
        #expect(answer.recipients.map(\.party) == ["a", "b"])
        let a = try #require(answer.recipients.first?.holdings.first)
        #expect(a.earliest == nil)  // nothing dates how a got it
        #expect(a.otherWays == 1)
        let step = try #require(answer.path(to: a).steps.first)
        #expect(step.link == .held)
        #expect(step.claim.id == "t1")
        #expect(try answer.recipients[1].earliest == .day("2014-05-01"))
    }

    /// batch1 (10,090,000 records) → broker, who merges it with `other` into `list`, sold to a user in persons.
    static func derivation() throws -> CaseBuilder {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.database("db", owner: "synform")
        try builder.extraction(
            "e1", "batch1", from: "db", by: "engineer", "2014-06-17", records: RecordCount(10_090_000))
        try builder.transfer("t1", "batch1", from: "engineer", to: "broker", "2014-06-18")
        try builder.derivation(
            "d1", "list", from: ["batch1", "other"], by: "broker", "2014-06-25", records: RecordCount(2_000_000))
        try builder.transfer(
            "t2", "list", from: "broker", to: "user", "2014-07-01", records: RecordCount(2_570_000, unit: .persons))
        return builder
    }

    @Test func dataMadeFromTheDatasetIsFollowed() throws {
        let answer = try Self.derivation().custody().recipients(of: "batch1")
        #expect(answer.recipients.map(\.party) == ["engineer", "broker", "user"])
        #expect(answer.recipients[1].holdings.map(\.dataset) == ["batch1", "list"])
        let user = try #require(answer.recipients[2].holdings.first)
        #expect(user.dataset == "list")
        let path = answer.path(to: user)
        #expect(path.steps.map(\.claim.id) == ["e1", "t1", "d1", "t2"])
        #expect(path.steps[2].inputs == ["batch1", "other"])
        #expect(
            path.counts == [RecordCount(10_090_000), RecordCount(2_000_000), RecordCount(2_570_000, unit: .persons)])
    }

    @Test func aHolderWithNoKnownAcquisitionHoldsFromTheStartAndItsSalesCount() throws {
        let answer = try Self.derivation().custody().recipients(of: "other")
        #expect(answer.recipients.map(\.party) == ["broker", "user"])
        #expect(answer.recipients[0].holdings.map(\.dataset) == ["other", "list"])
        let held = try #require(answer.recipients[0].holdings.first)
        #expect(held.earliest == nil)
        #expect(answer.path(to: held).steps.map(\.link) == [.held])
        let user = try #require(answer.recipients[1].holdings.first)
        #expect(answer.path(to: user).steps.map(\.claim.id) == ["d1", "d1", "t2"])
    }

    @Test func aPartyShownHoldingABatchHoldsItFromTheDayItWasMade() throws {
        var builder = try Self.chain()
        try builder.holding("h1", "batch", party: "keeper", "2014-09")
        let answer = try builder.custody().recipients(of: "batch")
        let keeper = try #require(answer.recipients.first { $0.party == "keeper" })
        #expect(try keeper.earliest == .day("2014-06-17"))
        let path = answer.path(to: try #require(keeper.holdings.first))
        #expect(path.steps.map(\.link) == [.held])
        #expect(path.steps.first?.claim.id == "h1")
        #expect(path.isOrderCertain)
    }

    @Test func aDisputedHopIsShownAndMarked() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.source("s2", .c, date: "2014-07-11")
        try builder.extraction("e1", "batch", from: "db", by: "engineer", "2014-06-17")
        try builder.transfer(
            "t1", "batch", from: "engineer", to: "broker", "2014-06-18",
            cites: [CaseBuilder.cite, Cite(source: "s2", credibility: .possible, stance: .disputes)])
        let answer = try builder.custody().recipients(of: "batch")
        let broker = try #require(answer.recipients.last?.holdings.first)
        #expect(broker.party == "broker")
        #expect(broker.isDisputed)
        let path = answer.path(to: broker)
        #expect(path.steps.map(\.isDisputed) == [false, true])
        #expect(path.isDisputed)
    }

    /// A path is as strong as its weakest hop: an A1 extraction then a hop graded `transferGrade`.
    @Test(arguments: [
        ([Cite(source: "sC", credibility: .possible)], Grade(.c, .possible)),
        (
            [Cite(source: "sC", credibility: .possible), Cite(source: "sA", credibility: .probable)],
            Grade(.a, .probable)
        ),
        ([Cite(source: "sA", credibility: .doubtful)], Grade(.a, .doubtful)),
    ])
    func aPathsGradeIsItsWeakestLink(cites: [Cite], expected: Grade) throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.source("sA", .a, date: "2014-07-09")
        try builder.source("sC", .c, date: "2014-07-09")
        try builder.extraction(
            "e1", "batch", from: "db", by: "engineer", "2014-06-17",
            cites: [Cite(source: "sA", credibility: .confirmed)])
        try builder.transfer("t1", "batch", from: "engineer", to: "broker", "2014-06-18", cites: cites)
        let answer = try builder.custody().recipients(of: "batch")
        let broker = try #require(answer.recipients.last)
        #expect(broker.grade == expected)
        #expect(answer.path(to: try #require(broker.holdings.first)).grade == expected)
        #expect(answer.recipients.first?.grade == Grade(.a, .confirmed))
    }

    @Test func claimsBelowTheMinimumGradeAreLeftOutAndCounted() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.source("sC", .c, date: "2014-07-09")
        try builder.extraction("e1", "batch", from: "db", by: "engineer", "2014-06-17")
        try builder.transfer(
            "t1", "batch", from: "engineer", to: "broker", "2014-06-18",
            cites: [Cite(source: "sC", credibility: .possible)])
        try builder.transfer("t2", "batch", from: "broker", to: "user", "2014-07")
        let filter = CaseFilter(minimumGrade: Grade(.b, .probable))
        #expect(filter.apply(to: builder.evidence).omitted.belowMinimumGrade == 1)
        let answer = try builder.custody(filter).recipients(of: "batch")
        // Both can have had it from the 17th; ties go by party id.
        #expect(answer.recipients.map(\.party) == ["broker", "engineer", "user"])
        // The broker still sold the batch on, by a well-graded claim; how it got it is now a gap.
        let broker = try #require(answer.recipient("broker")?.holdings.first)
        #expect(answer.path(to: broker).steps.map(\.link) == [.held])
        #expect(answer.path(to: broker).steps.first?.claim.id == "t2")
    }

    @Test func asOfKeepsWhatCouldHaveHappenedByThatDay() throws {
        var builder = try Self.chain()
        try builder.transfer("t3", "batch", from: "broker", to: "maybe", "2014-06/2014-08")
        let filter = CaseFilter(asOf: try .day("2014-06-30"))
        #expect(filter.apply(to: builder.evidence).omitted.afterAsOf == 1)
        let answer = try builder.custody(filter).recipients(of: "batch")
        #expect(answer.recipients.map(\.party) == ["engineer", "broker", "maybe"])
        #expect(answer.recipients.last?.holdings.first?.isOrderCertain == false)
    }

    @Test func knownByKeepsWhatSourcesPublishedByThenSay() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.source("s9", .a, date: "2014-09-10")
        try builder.extraction("e1", "batch", from: "db", by: "engineer", "2014-06-17")
        try builder.transfer("t1", "batch", from: "engineer", to: "broker", "2014-06-18")
        try builder.transfer(
            "t2", "batch", from: "broker", to: "user", "2014-07", cites: [Cite(source: "s9", credibility: .confirmed)])
        let july = CaseFilter(knownBy: try .day("2014-07-31"))
        #expect(july.apply(to: builder.evidence).omitted.unknownByKnownBy == 1)
        #expect(try builder.custody(july).recipients(of: "batch").recipients.map(\.party) == ["engineer", "broker"])
        let september = CaseFilter(knownBy: try .day("2014-09-30"))
        #expect(
            try builder.custody(september).recipients(of: "batch").recipients.map(\.party)
                == ["engineer", "broker", "user"])
    }

    @Test func otherClaimsOfTheSameHopAreListedWithIt() throws {
        var builder = try Self.chain()
        try builder.transfer("t1b", "batch", from: "engineer", to: "broker", "2014-06")
        let answer = try builder.custody().recipients(of: "batch")
        let broker = try #require(answer.recipient("broker")?.holdings.first)
        // Rule 3 (routes are routes): a second claim of the same sale is corroboration, not another way in.
        #expect(broker.otherWays == 0)
        let step = try #require(answer.path(to: broker).steps.last)
        #expect(step.claim.id == "t1b")  // June allows the 17th, earlier than t1's 18th
        #expect(step.sameHop == ["t1"])
    }

    @Test(arguments: [Grade(.a, .confirmed), Grade(.b, .probable), Grade(.c, .possible)])
    func amongEquallyEarlyClaimsOfAHopTheBetterGradedIsShown(extraction: Grade) throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.source("sA", .a, date: "2014-07-09")
        try builder.source("sX", extraction.reliability, date: "2014-07-09")
        try builder.extraction(
            "e1", "batch", from: "db", by: "engineer", "2014-06-17",
            cites: [Cite(source: "sX", credibility: extraction.credibility)])
        try builder.transfer("t1", "batch", from: "engineer", to: "broker", "2014-06-18")
        try builder.transfer(
            "t1a", "batch", from: "engineer", to: "broker", "2014-06-18",
            cites: [Cite(source: "sA", credibility: .confirmed)])
        let answer = try builder.custody().recipients(of: "batch")
        let broker = try #require(answer.recipient("broker")?.holdings.first)
        #expect(broker.grade == max(extraction, Grade(.a, .confirmed)))
        #expect(answer.path(to: broker).steps.last?.claim.id == "t1a")
        #expect(answer.path(to: broker).steps.last?.sameHop == ["t1"])
    }

    @Test func delegationsMoveNoData() throws {
        var builder = try Self.chain()
        try builder.delegation("g1", agent: "engineer", principal: "synform", "2014")
        let answer = try builder.custody().recipients(of: "batch")
        #expect(!answer.recipients.map(\.party).contains("synform"))
    }

    @Test func anUnknownDatasetIsAnErrorNamingIt() throws {
        let custody = try Self.chain().custody()
        #expect(throws: QueryError(id: "nope", expected: "dataset", in: custody.graph.evidence)) {
            try custody.recipients(of: "nope")
        }
        do {
            _ = try custody.recipients(of: "engineer")
            Issue.record("a party is not a dataset")
        } catch {
            #expect(error.code == .wrongKind)
            #expect(error.description == "'engineer' is a party, not a dataset")
        }
        #expect(
            QueryError(id: "nope", expected: "dataset", in: custody.graph.evidence).description
                == "no dataset 'nope' in the case")
    }
}

extension Recipients {
    func recipient(_ party: PartyID) -> Recipient? {
        recipients.first { $0.party == party }
    }
}
