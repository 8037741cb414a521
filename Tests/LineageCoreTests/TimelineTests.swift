import LineageCore
import LineageTestSupport
import Testing

/// `timeline()`: events in event-time order, each with the day it became known.
@Suite struct TimelineTests {
    @Test func eventsRunInEventTimeOrderWithOpenStartsFirst() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.transfer("c1", "list", from: "a", to: "b", "2014-06-17")
        try builder.transfer("c2", "list", from: "a", to: "b", "2014-06")
        try builder.transfer("c3", "list", from: "a", to: "b", "../2014-05")
        try builder.transfer("c4", "list", from: "a", to: "b", "2014-06-17/2014-06-20")
        try builder.transfer("c0", "list", from: "a", to: "b", "2014-06-17")
        #expect(builder.evidence.timeline().map(\.claim.id) == ["c3", "c2", "c0", "c1", "c4"])
    }

    @Test func anEventBecameKnownWhenItsFirstSupportingSourceWasCertainlyPublished() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.source("s2", .c, date: "2014-07")
        try builder.source("s3", .c, date: "2014-07-20")
        try builder.source("s4", .a, date: "2014-06-30")
        try builder.transfer(
            "t1", "list", from: "a", to: "b", "2014-05",
            cites: [
                Cite(source: "s2", credibility: .possible), Cite(source: "s3", credibility: .possible),
                Cite(source: "s4", credibility: .improbable, stance: .disputes),
            ])
        let event = try #require(builder.evidence.timeline().first)
        // "July 2014" may be the 1st, but only the 20th is certain; a disputing source makes nothing known.
        #expect(event.firstSource == "s3")
        #expect(try event.knownSince == .day("2014-07-20"))
        #expect(event.grade == Grade(.c, .possible))
        #expect(event.claim.isDisputed)
    }

    @Test func aSourceWithNoLastDayMakesNothingKnown() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.source("s2", .c, date: "2014-09-10/..")
        try builder.transfer(
            "t1", "list", from: "a", to: "b", "2014-05", cites: [Cite(source: "s2", credibility: .possible)])
        let event = try #require(builder.evidence.timeline().first)
        #expect(event.firstSource == nil)
        #expect(event.knownSince == nil)
    }

    @Test(arguments: ["2014-07-09", "2014-07", "2014-07~", "2014-06/2014-08-02"])
    func knownSinceIsTheFirstKnownByDayThatKeepsTheEvent(published: String) throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.source("s2", .c, date: published)
        try builder.transfer(
            "t1", "list", from: "a", to: "b", "2014-05", cites: [Cite(source: "s2", credibility: .possible)])
        let event = try #require(builder.evidence.timeline().first)
        let knownSince = try #require(event.knownSince)
        let before = CaseFilter(knownBy: knownSince.adding(days: -1)).apply(to: builder.evidence).evidence
        let on = CaseFilter(knownBy: knownSince).apply(to: builder.evidence).evidence
        #expect(before.timeline().isEmpty)
        #expect(on.timeline().map(\.claim.id) == ["t1"])
    }
}
