import LineageCore
import Testing

@Suite("Admiralty grades")
struct GradeTests {
    @Test func parsesAndPrints() {
        #expect(Grade("B2") == Grade(.b, .probable))
        #expect(Grade("b2")?.description == "B2")
        #expect(Grade("G1") == nil)
        #expect(Grade("A7") == nil)
        #expect(Grade("A") == nil)
    }

    @Test func unknownMeetsOnlyAnUnknownThreshold() throws {
        let threshold = try #require(Grade("B2"))
        #expect(Grade(.a, .confirmed).meets(threshold))
        #expect(Grade(.b, .probable).meets(threshold))
        #expect(!Grade(.c, .confirmed).meets(threshold))
        #expect(!Grade(.f, .confirmed).meets(threshold))
        #expect(!Grade(.a, .cannotBeJudged).meets(threshold))
        #expect(Grade(.f, .cannotBeJudged).meets(Grade(.f, .cannotBeJudged)))
    }

    @Test func aClaimsGradeIsItsBestSupportingCite() {
        let sources: [SourceID: Source] = [
            "court": Source(id: "court", title: "Judgment", date: .date(try! EventTime(parsing: "2016").asDate), reliability: .a),
            "blog": Source(id: "blog", title: "Blog", date: .date(try! EventTime(parsing: "2014").asDate), reliability: .e),
        ]
        let claim = Claim(
            id: "t1", when: .interval(from: .open, to: .open),
            action: .holding(dataset: "d", party: "p"),
            cites: [
                Cite(source: "court", credibility: .possible),
                Cite(source: "blog", credibility: .probable),
                Cite(source: "court", credibility: .confirmed, stance: .disputes),
            ])
        // Credibility ranks first: the blog's "probably true" beats the court's "possibly true"; the
        // disputing cite never grades the claim.
        #expect(claim.grade(sources: sources) == Grade(.e, .probable))
        #expect(claim.isDisputed)
        let onlyDisputed = Claim(
            id: "t2", when: claim.when, action: claim.action, cites: [Cite(source: "court", credibility: .confirmed, stance: .disputes)])
        #expect(onlyDisputed.grade(sources: sources) == nil)
    }
}

extension EventTime {
    /// The date of a single-date time, for building test values.
    var asDate: EDTFDate {
        guard case .date(let date) = self else { fatalError("not a single date: \(self)") }
        return date
    }
}
