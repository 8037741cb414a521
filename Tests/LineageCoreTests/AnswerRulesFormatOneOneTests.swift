import LineageCore
import LineageTestSupport
import Testing

/// Issue 13's answer rules on format 1.1 evidence (issue 14): the rules hold with several owners and with
/// containments, since both answers and diagrams take the one definition of an unexplained holding.
@Suite struct AnswerRulesFormatOneOneTests {
    /// Rule 1 with several owners: every owner of a pooled database is an origin, not only the first one named.
    @Test func everyOwnerOfAPooledDatabaseIsAnOrigin() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.database("db-pool", owners: ["kb", "lotte"])
        try builder.transfer("t-kb", "db-pool", from: "kb", to: "processor", "2014-05")
        try builder.transfer("t-lotte", "db-pool", from: "lotte", to: "processor", "2014-06")
        let custody = builder.custody()
        let answer = try custody.recipients(of: "db-pool")
        #expect(answer.recipients.map(\.party) == ["processor"])
        // Neither owner's holding is a gap: each held its own customers' database from the start.
        #expect(custody.gaps().unexplainedHoldings.isEmpty)
    }

    /// Rule 4 with a containment: whoever holds the whole holds the part, so a sale of the part by the holder of
    /// the whole is no gap, and the part's recipients are reached through the containment.
    @Test func aContainmentExplainsTheHoldingOfThePart() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.database("db-x", owner: "client")
        try builder.extraction("x-all", "batch-all", from: "db-x", by: "employee", "2012-06")
        try builder.dataset("list-1m")
        try builder.claim("c-1m", "2012-06/2014-01", .containment(dataset: "list-1m", within: "batch-all", records: nil))
        try builder.transfer("t-1m", "list-1m", from: "employee", to: "agent", "2013-02")
        let custody = builder.custody()
        #expect(custody.gaps().unexplainedHoldings.isEmpty)
        let answer = try custody.recipients(of: "list-1m")
        #expect(answer.recipients.map(\.party) == ["employee", "agent"])
        let agent = try #require(answer.recipients.last?.holdings.first)
        #expect(answer.path(to: agent).steps.map(\.claim.id) == ["x-all", "c-1m", "t-1m"])
        #expect(answer.path(to: agent).steps.map(\.link) == [.made, .contained, .transfer])
        // Equal support everywhere: the best-supported arrival is the earliest one (it may rest on the sale's
        // showing that the employee held the part, which the containment explains from June 2012).
        let recipient = try #require(answer.recipients.last)
        #expect(recipient.bestGrade == recipient.grade)
        #expect(try recipient.bestEarliest == .day("2013-02-01"))
        #expect(answer.bestPath(to: agent).steps.last?.claim.id == "t-1m")
    }
}
