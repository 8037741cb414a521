import Foundation
import Testing

/// Golden files of every answer the shipped case gives, in text and in JSON, and of every export format: written
/// from the code as it stood before the house was rearranged (issue 19), so any change to an answer shows in
/// review as a diff of a file under `Golden/answers/`, and must be explained by the issue that makes it.
@Suite struct AnswerGoldenTests {
    /// The shipped case, named relative to the package root so that paths in diagnostics are the same on every
    /// checkout.
    static let benesse = "Graphs/benesse"

    /// One command worth keeping the answer of: a file name and the arguments before the evidence.
    struct Question: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var testDescription: String { name }
    }

    /// The read commands on the shipped case, each with and without `--json`, with the filters investigators use.
    static let questions: [Question] = {
        let base: [Question] = [
            .init(name: "check", arguments: ["check"]),
            .init(name: "received-batch-2014-06-17", arguments: ["received", "batch-2014-06-17"]),
            .init(name: "received-batch-2014-06-27", arguments: ["received", "batch-2014-06-27"]),
            .init(name: "received-batch-repeated", arguments: ["received", "batch-repeated"]),
            .init(name: "received-db-benesse-customers", arguments: ["received", "db-benesse-customers"]),
            .init(
                name: "received-batch-repeated-known-2014-07-09",
                arguments: ["received", "batch-repeated", "--known-by", "2014-07-09"]),
            .init(
                name: "received-batch-repeated-as-of-2014-05-min-B2",
                arguments: ["received", "batch-repeated", "--as-of", "2014-05", "--min-grade", "B2"]),
            .init(name: "trace-list-js", arguments: ["trace", "list-js"]),
            .init(name: "trace-justsystems", arguments: ["trace", "justsystems"]),
            .init(name: "trace-list-8m", arguments: ["trace", "list-8m"]),
            .init(name: "timeline", arguments: ["timeline"]),
            .init(name: "timeline-known-2014-07-09", arguments: ["timeline", "--known-by", "2014-07-09"]),
            .init(name: "gaps", arguments: ["gaps"]),
        ]
        return inTextAndJSON(base)
    }()

    /// Each question as asked, then again with `--json` (its file name ending in `.json`).
    static func inTextAndJSON(_ questions: [Question]) -> [Question] {
        questions.flatMap { question in
            [question, .init(name: question.name + ".json", arguments: question.arguments + ["--json"])]
        }
    }

    /// Every export format of a shipped case.
    static let exports: [Question] = [
        .init(name: "export.xml", arguments: ["export"]),
        .init(name: "export.provn", arguments: ["export", "--format", "prov-n"]),
        .init(name: "export.prov.json", arguments: ["export", "--format", "prov-json"]),
        .init(name: "export.prov.xml", arguments: ["export", "--format", "prov-xml"]),
    ]

    @Test(arguments: questions + exports)
    func theAnswerMatchesItsGoldenFile(_ question: Question) throws {
        let outcome = try LineageBinary.run(
            question.arguments + [Self.benesse], in: LineageBinary.packageRoot)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        try Golden.check(outcome.standardOutput, file: "answers/\(question.name)")
    }
}
