import Foundation
import Testing
import LineageTestSupport

/// The questions investigators asked in 2014, put to the shipped case through the real binary: the answers the
/// evidence supports, with the paths and sources behind them.
@Suite("The Benesse case's key answers")
struct BenesseAnswersTests {
    static let benesse = LineageBinary.packageRoot.appendingPathComponent("Graphs/benesse").path

    static func json(_ arguments: [String]) throws -> JSONValue {
        let outcome = try LineageBinary.run(arguments + [benesse, "--json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return try #require(try JSONValue(json: outcome.standardOutput).object)
    }

    static func recipients(of dataset: String, _ options: [String] = []) throws -> [JSONValue] {
        try #require(json(["received", dataset] + options)["recipients"]?.array)
    }

    static func steps(of path: JSONValue) -> [JSONValue] {
        (path["steps"]?.array) ?? []
    }

    @Test func theFirstJuneCopyReachedTheChiyodaBrokerOnTheCourtsWord() throws {
        let recipients = try Self.recipients(of: "batch-2014-06-17")
        #expect(recipients.map { $0["party"]?.string } == ["engineer", "broker-chiyoda"])
        let broker = try #require(recipients.last)
        #expect(broker["earliest"]?.string == "2014-06-18")
        #expect(broker["grade"]?.string == "A1")
        let path = try #require((broker["paths"]?.array)?.first)
        let claims = Self.steps(of: path).compactMap { $0["claim"]?.string }
        #expect(claims == ["x-b1-court", "t-b1-chiyoda"])
        let sources = Self.steps(of: path).flatMap { ($0["cites"]?.array) ?? [] }.compactMap { $0["source"]?.string }
        #expect(sources.contains("s-tokyo-hc-2017-03-21"), "the appeal judgment backs the hop")
    }

    @Test func theSecondJuneCopyIsNotSaidToHaveGoneFurther() throws {
        let recipients = try Self.recipients(of: "batch-2014-06-27")
        #expect(recipients.map { $0["party"]?.string } == ["engineer"])
    }

    @Test func justSystemssListComesThroughBunkenshaAndPanWorldFromTheCopies() throws {
        let trace = try Self.json(["trace", "list-js"])
        let holding = try #require((trace["holdings"]?.array)?.first)
        let path = try #require((holding["paths"]?.array)?.first)
        let holders = Self.steps(of: path).compactMap { $0["holder"]?.string }
        #expect(holders.first == "engineer")
        for party in ["dealer-unknown-1", "panworld", "bunkensha"] { #expect(holders.contains(party)) }
        let first = try #require(Self.steps(of: path).first)
        #expect(first["inputs"]?.strings == ["db-benesse-customers"])
        #expect(path["disputed"]?.bool == false, "JustSystems disputes knowing, on the last hop, not the path to Bunkensha")
    }

    @Test func on9JulyOnlyTheCopyingWasCertainlyKnown() throws {
        let july = try Self.recipients(of: "batch-repeated", ["--known-by", "2014-07-09"])
        #expect(july.map { $0["party"]?.string } == ["engineer"])
        let september = try Self.recipients(of: "batch-repeated", ["--known-by", "2014-09-25"]).compactMap { $0["party"]?.string }
        for party in ["safety", "panworld", "bunkensha", "justsystems"] { #expect(september.contains(party)) }
    }
}
