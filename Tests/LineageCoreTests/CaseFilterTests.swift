import LineageCore
import LineageTestSupport
import Testing

@Suite("As-of, known-by and grade filters")
struct CaseFilterTests {
    /// A transfer in May reported by a July source (B), a use in August reported by a September blog (E).
    static func twoStages() throws -> CaseBuilder {
        var test = CaseBuilder()
        try test.source("press", .b, date: "2014-07-09")
        try test.source("blog", .e, date: "2014-09-25")
        for party: PartyID in ["broker", "user"] { try test.party(party) }
        try test.dataset("list")
        try test.claim("t1", "2014-05", .transfer(dataset: "list", from: "broker", to: "user", records: nil, price: nil),
                   cites: [Cite(source: "press", credibility: .probable), Cite(source: "blog", credibility: .doubtful, stance: .disputes)])
        try test.claim("u1", "2014-08", .use(dataset: "list", by: "user", purpose: nil, records: nil),
                   cites: [Cite(source: "blog", credibility: .possible)])
        return test
    }

    @Test func asOfKeepsWhatCouldHaveHappenedByThen() throws {
        let (kept, omitted) = CaseFilter(asOf: try CalendarDay(endOf: "2014-06")).apply(to: try Self.twoStages().evidence)
        #expect(kept.claims.keys.sorted() == ["t1"])
        #expect(omitted.afterAsOf == 1)
    }

    @Test func knownByDropsLaterSourcesAndTheClaimsLeftUnsupported() throws {
        let (kept, omitted) = CaseFilter(knownBy: try CalendarDay(endOf: "2014-07-09")).apply(to: try Self.twoStages().evidence)
        #expect(kept.claims.keys.sorted() == ["t1"])
        #expect(kept.claims["t1"]?.isDisputed == false, "the dispute was published only in September")
        #expect(omitted.unknownByKnownBy == 1)
        let later = CaseFilter(knownBy: try CalendarDay(endOf: "2014-09-25")).apply(to: try Self.twoStages().evidence)
        #expect(later.evidence.claims["t1"]?.isDisputed == true)
        #expect(later.omitted.total == 0)
    }

    @Test func knownByCountsOnlySourcesCertainlyPublishedByThen() throws {
        var test = CaseBuilder()
        try test.source("monthly", .c, date: "2014-07")
        try test.source("range", .c, date: "2014-07-09/2014-08")
        try test.source("open", .c, date: "2014-07-01/..")
        for party: PartyID in ["broker", "user"] { try test.party(party) }
        try test.dataset("list")
        for source in ["monthly", "range", "open"] {
            try test.claim(ClaimID("t-\(source)"), "2014-05", .transfer(dataset: "list", from: "broker", to: "user", records: nil, price: nil),
                       cites: [Cite(source: SourceID(source), credibility: .probable)])
        }
        let ninthOfJuly = CaseFilter(knownBy: try CalendarDay(endOf: "2014-07-09")).apply(to: test.evidence)
        #expect(ninthOfJuly.evidence.claims.isEmpty)
        let endOfJuly = CaseFilter(knownBy: try CalendarDay(endOf: "2014-07")).apply(to: test.evidence)
        #expect(endOfJuly.evidence.claims.keys.sorted() == ["t-monthly"])
    }

    @Test func minimumGradeCountsWhatItLeavesOut() throws {
        let (kept, omitted) = CaseFilter(minimumGrade: Grade("B2")).apply(to: try Self.twoStages().evidence)
        #expect(kept.claims.keys.sorted() == ["t1"])
        #expect(omitted.belowMinimumGrade == 1)
        #expect(kept.sources.count == 2 && kept.parties.count == 2, "only claims are filtered")
    }
}
