import LineageCore
import LineageTestSupport
import Testing

/// One exact answer for each way the queries answered a second real case wrongly (issue 13, "Why"), each on a
/// fixture of its own: owners, grades, routes, unexplained holdings, left-out hops, units, resale cycles and
/// self-transfers.
@Suite struct AnswerRulesTests {
    /// A client's own database, handed to a processor, who sells it on.
    static func processor() throws -> CaseBuilder {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.database("db-x", owner: "client")
        try builder.transfer("t-hand-over", "db-x", from: "client", to: "processor", "2014-05")
        try builder.transfer("t-sale", "db-x", from: "processor", to: "broker", "2014-06")
        return builder
    }

    /// Rule 1: owners are origins. Once the owner's hand-over is recorded, the owner is not listed as a recipient
    /// of its own database "how it got it is not in the evidence", and its holding is no gap.
    @Test func anOwnerIsNeverARecipientOfItsOwnDatabase() throws {
        let custody = try Self.processor().custody()
        let answer = try custody.recipients(of: "db-x")
        #expect(answer.recipients.map(\.party) == ["processor", "broker"])
        let broker = try #require(answer.recipients.last?.holdings.first)
        #expect(answer.path(to: broker).steps.map(\.claim.id) == ["t-hand-over", "t-sale"])
        #expect(answer.path(to: broker).steps.allSatisfy { $0.link == .transfer })
        #expect(custody.gaps().unexplainedHoldings.isEmpty)
        // The owner's trace begins at its own database, with no hop and no gap.
        let trace = try custody.provenance(of: PartyID("client"))
        #expect(trace.holdings.map(\.dataset) == ["db-x"])
        #expect(trace.holdings.first?.paths.map(\.steps.count) == [0])
        #expect(trace.holdings.first?.paths.map(\.origin) == [.database])
    }

    /// Rule 2: two grades. A weak claim explaining how the processor got the data moves the earliest path onto
    /// that weak hop, but the best-supported arrival keeps the strong evidence that the processor sold it.
    @Test func moreEvidenceNeverGivesAWorseBestGrade() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.source("court", .a, date: "2015")
        try builder.source("blog", .d, date: "2015")
        try builder.database("db-x", owner: "client")
        try builder.transfer(
            "t-sale", "db-x", from: "processor", to: "broker", "2014-06",
            cites: [Cite(source: "court", credibility: .confirmed)])
        let before = try builder.custody().recipients(of: "db-x")
        let brokerBefore = try #require(before.recipients.first { $0.party == "broker" })
        #expect(brokerBefore.grade == Grade(.a, .confirmed))
        #expect(brokerBefore.bestGrade == Grade(.a, .confirmed))

        try builder.transfer(
            "t-hand-over", "db-x", from: "client", to: "processor", "2014-05",
            cites: [Cite(source: "blog", credibility: .improbable)])
        let after = try builder.custody().recipients(of: "db-x")
        let broker = try #require(after.recipients.first { $0.party == "broker" })
        // The earliest arrival runs through the weak hand-over; the best-supported one does not.
        #expect(broker.grade == Grade(.d, .improbable))
        #expect(broker.bestGrade == Grade(.a, .confirmed))
        #expect(try broker.bestEarliest == .day("2014-06-01"))
        let holding = try #require(broker.holdings.first)
        #expect(holding.grade == Grade(.d, .improbable))
        #expect(holding.bestGrade == Grade(.a, .confirmed))
        #expect(after.bestPath(to: holding).steps.map(\.claim.id) == ["t-sale", "t-sale"])
        #expect(after.bestPath(to: holding).steps.map(\.link) == [.shown, .transfer])
        #expect(after.path(to: holding).steps.map(\.claim.id) == ["t-hand-over", "t-sale"])
    }

    /// Rule 3: routes are routes. Three sources for one sale are one route, listed as corroboration; a second
    /// seller is another route.
    @Test func otherWaysInCountRoutesNotRestatements() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.transfer("t1", "list", from: "seller", to: "buyer", "2014-05")
        try builder.transfer("t2", "list", from: "seller", to: "buyer", "2014-05")
        try builder.transfer("t3", "list", from: "seller", to: "buyer", "2014-05")
        var answer = try builder.custody().recipients(of: "list")
        var buyer = try #require(answer.recipients.first { $0.party == "buyer" }?.holdings.first)
        #expect(buyer.otherWays == 0)
        #expect(answer.path(to: buyer).steps.last?.sameHop == ["t2", "t3"])

        try builder.transfer("t4", "list", from: "other-seller", to: "buyer", "2014-05")
        answer = try builder.custody().recipients(of: "list")
        buyer = try #require(answer.recipients.first { $0.party == "buyer" }?.holdings.first)
        #expect(buyer.otherWays == 1)
    }

    /// Rule 4: one time-aware definition of an unexplained holding, and databases are no exception unless they are
    /// their owner's: the processor's client database it was handed is explained, the one it merely holds is not.
    @Test func unexplainedHoldingsHaveOneMeaning() throws {
        var builder = try Self.processor()
        try builder.database("db-y", owner: "other-client")
        try builder.holding("h-y", "db-y", party: "processor", "2014-06")
        let custody = builder.custody()
        let unexplained = custody.gaps().unexplainedHoldings
        #expect(unexplained.map(\.party) == ["processor"])
        #expect(unexplained.map(\.dataset) == ["db-y"])
        #expect(custody.unexplainedHoldings() == unexplained)
        // `received` shows the same gap as a held step, and no other.
        let held = try custody.recipients(of: "db-y").recipients.flatMap { recipient in
            recipient.holdings.flatMap { holding in
                try! custody.recipients(of: "db-y").path(to: holding).steps.filter { $0.link == .held }
            }
        }
        #expect(held.map(\.holder) == ["processor"])
        let processor = try custody.provenance(of: PartyID("processor"))
        #expect(processor.holdings.map(\.dataset) == ["db-x", "db-y"])
        #expect(processor.holdings.map { $0.paths.flatMap(\.steps).map(\.link) } == [[.transfer], [.held]])
    }

    /// Rule 4, decided in order: the merge in mid-June is decided before the June sale that explains it, but the
    /// seller's unexplained holding, found later, explains the buyer's in time: only the seller's is a gap.
    @Test func aLaterFindingCanExplainAnEarlierOne() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.transfer("t-sale", "list", from: "seller", to: "buyer", "2014-06")
        try builder.derivation("d-merge", "merged", from: ["list"], by: "buyer", "2014-06-15")
        let unexplained = builder.custody().gaps().unexplainedHoldings
        #expect(unexplained.map(\.party) == ["seller"])
        #expect(unexplained.map(\.shownBy) == [["t-sale"]])
    }

    /// Rule 5: a hop left out for contradicting the time order is not cited as "also claimed by" on the kept path.
    @Test func aLeftOutHopIsNeverCitedAsSupport() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.extraction("e1", "batch", from: "db", by: "engineer", "2014-06-17")
        try builder.transfer("t-kept", "batch", from: "engineer", to: "broker", "2014-06-18")
        try builder.transfer("t-early", "batch", from: "engineer", to: "broker", "2014-05")
        let custody = builder.custody()
        let answer = try custody.recipients(of: "batch")
        #expect(answer.leftOut.map(\.claim.id) == ["t-early"])
        let broker = try #require(answer.recipients.first { $0.party == "broker" }?.holdings.first)
        #expect(answer.path(to: broker).steps.last?.claim.id == "t-kept")
        #expect(answer.path(to: broker).steps.last?.sameHop == [])
        let trace = try custody.provenance(of: PartyID("broker"))
        #expect(trace.leftOut.map(\.claim.id) == ["t-early"])
        #expect(trace.holdings.first?.paths.first?.steps.last?.sameHop == [])
    }

    /// Rule 6: units are never mixed. The persons count is not listed among the records counts it would
    /// "conflict" with; the different units are reported as their own kind.
    @Test func countsAreComparedOnlyWithinOneUnit() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.transfer("t1", "list", from: "a", to: "b", "2014-05", records: RecordCount(2_300_000))
        try builder.transfer("t2", "list", from: "a", to: "b", "2014-05", records: RecordCount(2_600_000))
        try builder.transfer("t3", "list", from: "a", to: "b", "2014-05", records: RecordCount(40, unit: .persons))
        let conflicts = builder.custody().gaps().conflicts
        #expect(conflicts.map(\.kind) == [.units, .counts])
        #expect(conflicts.first { $0.kind == .counts }?.claims.map(\.id) == ["t1", "t2"])
        #expect(conflicts.first { $0.kind == .units }?.claims.map(\.id) == ["t1", "t2", "t3"])
    }

    /// The same-month resale cycle: A sells to B and B back to A, both in May; B sells to C in July. Neither
    /// sale explains the other: one of them had the data first, and the answers say so.
    static func resaleCycle() throws -> CaseBuilder {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.database("d")
        try builder.transfer("t-ab", "d", from: "a", to: "b", "2014-05")
        try builder.transfer("t-ba", "d", from: "b", to: "a", "2014-05")
        try builder.transfer("t-bc", "d", from: "b", to: "c", "2014-07")
        return builder
    }

    @Test func aSameMonthResaleCycleNeitherEmptiesTheAnswersNorHidesTheGap() throws {
        let custody = try Self.resaleCycle().custody()
        let received = try custody.recipients(of: "d")
        #expect(received.recipients.map(\.party) == ["a", "b", "c"])
        let unexplained = custody.gaps().unexplainedHoldings
        #expect(unexplained.map(\.party) == ["a"])
        #expect(unexplained.map(\.shownBy) == [["t-ab"]])
        #expect(unexplained.map(\.lateAcquisitions) == [["t-ba"]])
        let trace = try custody.provenance(of: PartyID("c"))
        #expect(trace.holdings.first?.paths.map { $0.steps.map(\.claim.id) } == [["t-ab", "t-ab", "t-bc"]])
    }

    /// Rule 8: a transfer to oneself is a warning, and records nothing: no holding, so no invented gap.
    @Test func aSelfTransferIsAWarningAndShowsNothing() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.transfer("t-self", "list", from: "a", to: "a", "2014-05")
        #expect(builder.evidence.check().map(\.code.rawValue) == ["self-transfer"])
        #expect(builder.evidence.check().map(\.severity) == [.warning])
        let custody = builder.custody()
        #expect(custody.gaps().unexplainedHoldings.isEmpty)
        #expect(try custody.recipients(of: "list").recipients.isEmpty)
    }
}
