import Foundation
import Testing
import LineageTestSupport

/// `received` on a long chain (issue 18): a path of more than 64 hops is shown as the holding it passes through
/// last and its last hop, so the text grows with the chain rather than with its square; `--json` keeps every
/// path whole.
@Suite struct ReceivedLongPathTests {
    /// A batch passed along `brokers` brokers in turn, one a day.
    static func chain(_ brokers: Int, in scratch: Scratch) throws -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <evidence xmlns="urn:listlineage:evidence:1">
              <source id="s" title="Court record" date="2020-01-01" reliability="B"/>
              <party id="owner" kind="organization" name="Owner"/>
              <dataset id="db" kind="database" name="Customers" owner="owner"/>
              <dataset id="batch" kind="batch" name="Batch" owner="owner"/>
              <extraction id="e" dataset="batch" from="db" by="b0" when="2014-01-01"><cite source="s" credibility="2"/></extraction>

            """
        var day = DateComponents(calendar: Calendar(identifier: .gregorian), year: 2014, month: 1, day: 1).date!
        let format = DateFormatter()
        format.dateFormat = "yyyy-MM-dd"
        format.timeZone = TimeZone(identifier: "UTC")
        format.calendar = Calendar(identifier: .gregorian)
        for number in 0...brokers {
            xml += "  <party id=\"b\(number)\" kind=\"organization\" name=\"Broker \(number)\"/>\n"
        }
        for number in 0..<brokers {
            day = day.addingTimeInterval(86_400)
            xml += "  <transfer id=\"t\(number)\" dataset=\"batch\" from=\"b\(number)\" to=\"b\(number + 1)\" "
                + "when=\"\(format.string(from: day))\"><cite source=\"s\" credibility=\"2\"/></transfer>\n"
        }
        xml += "</evidence>\n"
        return try scratch.write(xml, to: "chain.xml")
    }

    @Test func aLongPathIsShownAsTheHoldingItPassesThroughAndItsLastHop() throws {
        let scratch = try Scratch()
        let file = try Self.chain(200, in: scratch)
        let run = try LineageBinary.run(["received", "batch", file])
        #expect(run.status == 0)
        let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        // Broker k's path is the extraction and k transfers: up to 64 hops (broker 63) it is listed in full.
        #expect(run.standardOutput.contains("    … 64 earlier hops: the path to b63 (Broker 63)'s batch\n"))
        #expect(!run.standardOutput.contains("    … 63 earlier hops"))
        #expect(run.standardOutput.contains("    … 200 earlier hops: the path to b199 (Broker 199)'s batch\n"))
        // Every holding past 64 hops takes its header, the summary and one hop: linear, not quadratic.
        #expect(lines.count < 64 * 64 + 4 * 201)
        let json = try LineageBinary.run(["received", "batch", file, "--json"])
        let answer = try #require(try JSONValue(json: json.standardOutput).object)
        let recipients = try #require(answer["recipients"]?.array)
        let last = try #require((recipients.last?["paths"]?.array)?.first?["steps"]?.array)
        #expect(last.count == 201)
    }
}
