import Foundation
import Testing

/// Golden files of the answers the second shipped case, KCB (`Graphs/kcb`, format 1.1), gives, in text and in JSON,
/// and of every export format, kept in `Golden/answers-kcb/` beside Benesse's `Golden/answers/`. Benesse's case is
/// format 1.0; this one exercises what 1.1 added (entrustments, containments, events, "about" figures, prices,
/// notes), so a change to how any of those is answered shows in review as a diff here.
@Suite struct KCBAnswerGoldenTests {
    /// The case, named relative to the package root so that paths in diagnostics are the same on every checkout.
    static let kcb = "Graphs/kcb"

    /// The questions of `KCBAnswersTests` (and `Graphs/kcb/README.md`), each with and without `--json`: the three
    /// companies' databases and the copies that reached the buyers, what was known on the day of the first
    /// announcement (8 January 2014), the ad agent's holdings, and two buyers' lists traced back through the
    /// containments to the databases. (The pooled `batch-all` and the employee's trace are left out: a megabyte
    /// of JSON each, saying again what the per-company answers say.)
    static let questions: [AnswerGoldenTests.Question] = AnswerGoldenTests.inTextAndJSON([
        .init(name: "check", arguments: ["check"]),
        .init(name: "received-db-kb", arguments: ["received", "db-kb"]),
        .init(name: "received-db-lotte", arguments: ["received", "db-lotte"]),
        .init(name: "received-db-nh", arguments: ["received", "db-nh"]),
        .init(name: "received-batch-lotte-2013-12", arguments: ["received", "batch-lotte-2013-12"]),
        .init(name: "received-db-nh-known-2014-01-08", arguments: ["received", "db-nh", "--known-by", "2014-01-08"]),
        .init(name: "trace-ad-agent-jo", arguments: ["trace", "ad-agent-jo"]),
        .init(name: "trace-list-nh-1m", arguments: ["trace", "list-nh-1m"]),
        .init(name: "trace-list-kim34", arguments: ["trace", "list-kim34"]),
        .init(name: "timeline", arguments: ["timeline"]),
        .init(name: "timeline-known-2014-01-08", arguments: ["timeline", "--known-by", "2014-01-08"]),
        .init(name: "gaps", arguments: ["gaps"]),
    ])

    @Test(arguments: questions + AnswerGoldenTests.exports)
    func theAnswerMatchesItsGoldenFile(_ question: AnswerGoldenTests.Question) throws {
        let outcome = try LineageBinary.run(question.arguments + [Self.kcb], in: LineageBinary.packageRoot)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        try Golden.check(outcome.standardOutput, file: "answers-kcb/\(question.name)")
    }
}
