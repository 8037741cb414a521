import LineageCore
import LineageTestSupport
import Testing

@testable import LineageDiagrams

/// What makes a picture usable as an exhibit: dates a reader cannot misread, nothing cut, ids to match the text
/// answers, a legend of exactly what is drawn, safe links to the sources, and a page that never shrinks text.
@Suite struct ExhibitTests {
    @Test(arguments: [
        ("2014-05", "2014-05"),
        ("../2014-08-31", "by 2014-08-31"),
        ("/2014-08-31", "by 2014-08-31"),
        ("2013-07~/2014-06", "2013-07~ to 2014-06 (from 2013-06-01)"),
        ("2014-01~", "2014-01~ (2013-12-01 to 2014-02-28)"),
        ("2012-01/..", "2012-01 onwards"),
        ("2014-07-10/", "2014-07-10 to an unknown end"),
        ("2014-05/2014-07-12?", "2014-05 to 2014-07-12? (until 2014-07-19)"),
    ])
    func datesReadAsWordsWithTheirBounds(written: String, drawn: String) throws {
        #expect(DiagramDate.text(try EventTime(parsing: written)) == drawn)
    }

    @Test func anOpenStartNeverReadsLikeAnEndDate() throws {
        var builder = try brokerChain()
        try builder.claim("c9", "../2014-08-31", transfer("list", "buyer", "broker-a"), cites: [cite("s1")])
        let line = try #require(edges(in: try dot(builder), from: "buyer", to: "broker-a").first)
        #expect(line.contains("by 2014-08-31"))
        #expect(!line.contains("../"))
    }

    @Test func fullLabelsCutNothingAndIDsNameEachClaim() throws {
        var builder = try brokerChain()
        let long = "A customer list with a very long name that runs on for well over two lines of any label at all"
        try builder.dataset("long", .list, name: long, owner: "owner")
        try builder.claim(
            "c9", "2014-08", .transfer(dataset: "long", from: "buyer", to: "broker-a", records: nil, price: "¥1,000,000 in cash"),
            cites: [cite("s1")])
        let cut = try #require(edges(in: try dot(builder), from: "buyer", to: "broker-a").first)
        #expect(cut.contains("…"))
        let options = DiagramOptions(showsIDs: true, showsFullLabels: true)
        let full = try #require(edges(in: try dot(builder, options), from: "buyer", to: "broker-a").first)
        #expect(!full.contains("…"))
        #expect(full.contains(#"label="claim c9\n"#))
        #expect(full.split(separator: "\\n").joined(separator: " ").contains(long))
        #expect(full.contains("price\u{00A0}¥1,000,000 in cash"))
    }

    @Test func theExhibitPresetTurnsOnEverythingAReportNeeds() {
        var options = DiagramOptions(trace: "buyer")
        options.makeExhibit()
        #expect(options.showsLegend && options.showsSources && options.showsIDs && options.showsFullLabels)
        #expect(options.page == .a4)
        #expect(options.trace == "buyer")
        options.makeExhibit(page: .a3)
        #expect(options.page == .a3)
    }

    @Test func theLegendExplainsWhatIsDrawnAndNothingElse() throws {
        let plain = try dot(try brokerChain(), DiagramOptions(showsLegend: true)).split(separator: "<BR/>").joined(separator: " ")
        // The chain draws solid (1–2), dashed (3) and dotted (4) lines, a made list, a database; no deletion.
        for sample in [#"FIXEDSIZE="TRUE"></TD>"#, #"STYLE="dashed"></TD>"#, #"STYLE="dotted"></TD>"#] {
            #expect(plain.contains(sample))
        }
        #expect(plain.contains("yellow cylinder"))
        #expect(plain.contains("A completely reliable") && plain.contains("6 cannot be judged"))
        #expect(!plain.contains("destroyed its copy"))
        #expect(!plain.contains("#C00000"))
        var builder = try brokerChain()
        try builder.claim("c9", "2014-09", .deletion(dataset: "list", party: "buyer"), cites: [cite("s1")])
        try builder.claim(
            "c10", "2014-08", transfer("list", "buyer", "broker-a"), cites: [cite("s1"), cite("s3", .doubtful, .disputes)])
        let more = try dot(builder, DiagramOptions(showsLegend: true))
        #expect(more.contains("destroyed its copy"))
        #expect(more.contains(##"BORDER="2" COLOR="#C00000""##))
    }

    @Test func delegationsCanBeLeftOut() throws {
        var builder = try brokerChain()
        try builder.party("contractor", name: "Contractor")
        try builder.claim(
            "d1", "2013", .delegation(agent: "insider", principal: "contractor", relation: .dispatched), cites: [cite("s1")])
        let text = try dot(builder, DiagramOptions(showsDelegations: false))
        #expect(!text.contains("subgraph"))
        #expect(!text.contains("delegation d1"))
        #expect(text.contains("Not drawn: 1 delegation (who worked for whom), left out on request"))
    }

    @Test func onlyWebAddressesBecomeLinks() throws {
        var builder = try brokerChain()
        try builder.source("s4", reference: "https://example.org/a?b=1&c=2")
        try builder.source("s5", reference: "javascript:alert(1)")
        try builder.claim("c9", "2014-08", transfer("list", "buyer", "broker-a"), cites: [cite("s4"), cite("s5")])
        let text = try dot(builder, DiagramOptions(showsSources: true))
        #expect(text.contains(#"HREF="https://example.org/a?b=1&amp;c=2""#))
        #expect(!text.contains(#"HREF="javascript"#))
        #expect(text.contains("javascript:alert(1)"))
    }

    @Test func aPageBoundIsDroppedRatherThanShrinkTextBelowTenPoints() throws {
        let graph = try Diagram.graph(of: try brokerChain().evidence, options: DiagramOptions(page: .a4))
        #expect(graph.attributes["size"] == .text("11.19,7.77"))
        let fitting = PageFit(page: .a4, width: 10, height: 7)
        #expect(fitting.fits && fitting.applied(to: graph) == graph)
        let big = PageFit(page: .a4, width: 29.2, height: 31.9)
        #expect(!big.fits)
        #expect(big.sheets == 15)
        #expect(big.applied(to: graph).attributes["size"] == nil)
        #expect(big.finding.contains("29.2 × 31.9 in"))
        #expect(!big.finding.contains("--"), "the diagram library names no CLI option")
    }
}
