import LineageCore
import LineageTestSupport
import Testing

@testable import LineageDiagrams

@Suite struct CustodyViewTests {
    @Test func aTransferRunsFromSenderToReceiverLabelledWithDatasetDateRecordsGradeAndSources() throws {
        let lines = edges(in: try dot(try brokerChain()), from: "insider", to: "broker-a")
        #expect(lines.count == 1)
        #expect(try #require(lines.first).contains("label=\"Batch one\\n2014-05 · 100\u{00A0}persons\\nB2 [2]\""))
    }

    @Test func anExtractionRunsFromTheDatabaseDrawnAsACylinder() throws {
        let text = try dot(try brokerChain())
        #expect(try #require(edges(in: text, from: "db", to: "insider").first).contains("extracted Batch one"))
        #expect(try #require(node(in: text, "db")).contains(#"shape="cylinder""#))
    }

    @Test(arguments: [
        (Credibility.confirmed, "solid"), (.probable, "solid"), (.possible, "dashed"), (.doubtful, "dotted"),
        (.improbable, "dotted"), (.cannotBeJudged, "dotted"),
    ])
    func lineStyleFollowsTheCredibilityOfTheBestSupport(credibility: Credibility, style: String) throws {
        var builder = try brokerChain()
        try builder.claim("c9", "2014-08", transfer("list", "buyer", "broker-a"), cites: [cite("s1", credibility)])
        let line = try #require(edges(in: try dot(builder), from: "buyer", to: "broker-a").first)
        #expect(line.contains(#"style="\#(style)""#))
    }

    @Test func aDisputedClaimIsRedAndListsTheSourcesOnBothSides() throws {
        var builder = try brokerChain()
        try builder.claim(
            "c9", "2014-08", transfer("list", "buyer", "broker-a"), cites: [cite("s1"), cite("s3", .doubtful, .disputes)])
        let line = try #require(edges(in: try dot(builder), from: "buyer", to: "broker-a").first)
        #expect(line.contains(#"A2 [1] · disputed by [3]"#))
        #expect(line.contains(#"color="\#(DiagramStyle.disputed)""#))
    }

    @Test func aClaimOnlyADisputingSourceMentionsIsDottedAndUngraded() throws {
        var builder = try brokerChain()
        try builder.claim("c9", "2014-08", transfer("list", "buyer", "broker-a"), cites: [cite("s3", .doubtful, .disputes)])
        let line = try #require(edges(in: try dot(builder), from: "buyer", to: "broker-a").first)
        #expect(line.contains("ungraded (no supporting source)"))
        #expect(line.contains(#"style="dotted""#))
    }

    @Test func anUnidentifiedPartyIsDashedAndSaysSo() throws {
        var builder = try brokerChain()
        try builder.party("dealer", name: "Unnamed dealer", identified: false)
        try builder.claim("c9", "2014-08", transfer("list", "buyer", "dealer"), cites: [cite("s1")])
        let line = try #require(node(in: try dot(builder), "dealer"))
        #expect(line.contains(#"label="Unnamed dealer\nunidentified""#))
        #expect(line.contains("dashed"))
    }

    @Test func aHoldingNoClaimExplainsIsFedByAGapNode() throws {
        var builder = try brokerChain()
        try builder.party("holder", name: "Holder")
        try builder.claim("c9", "2014-08", .holding(dataset: "batch", party: "holder"), cites: [cite("s2")])
        let text = try dot(builder)
        let line = try #require(edges(in: text, from: "gap:holder:batch", to: "holder").first)
        #expect(line.contains("B2 [2]"))
        #expect(try #require(node(in: text, "gap:holder:batch")).contains("not known"))
    }

    @Test func aHoldingAnotherClaimExplainsIsNoGap() throws {
        var builder = try brokerChain()
        try builder.claim("c9", "2014-08", .holding(dataset: "list", party: "buyer"), cites: [cite("s2")])
        let text = try dot(builder)
        #expect(edges(in: text, from: "buyer", to: "held:buyer").count == 1)
        #expect(!text.contains("gap:"))
    }

    @Test func passingOnDataNoClaimSaysHowTheSenderGotIsAPresumedGap() throws {
        var builder = try brokerChain()
        try builder.dataset("other", name: "Other list")
        try builder.claim("c9", "2014-08", transfer("other", "broker-a", "buyer"), cites: [cite("s3")])
        let line = try #require(edges(in: try dot(builder), from: "gap:broker-a:other", to: "broker-a").first)
        #expect(line.contains(#"Other list\npresumed by [3]"#))
        #expect(line.contains(#"style="dotted""#))
    }

    /// Rule 4 of docs/queries.md: the diagram draws "not known" exactly where `gaps` lists an unexplained holding,
    /// by LineageCore's one time-aware rule. A holding whose only explanation comes after it, or rests on the
    /// holder's own resale, is a gap; so is a database its owner does not hold.
    @Test func theGapNodesAreExactlyTheUnexplainedHoldingsOfGaps() throws {
        var builder = try brokerChain()
        try builder.dataset("other", name: "Other list")
        try builder.party("reseller", name: "Reseller")
        // Broker A sells the list in May and is sold it back by the reseller in the same May: neither sale
        // explains the other. Showings are decided in order of their last day, then claim id: c10 (the
        // reseller's sale) comes first, so the reseller's holding is the gap, and it explains broker A's.
        try builder.claim("c9", "2014-05", transfer("other", "broker-a", "reseller"), cites: [cite("s2")])
        try builder.claim("c10", "2014-05", transfer("other", "reseller", "broker-a"), cites: [cite("s2")])
        // The buyer is shown holding the owner's database, which no one handed it.
        try builder.claim("c11", "2014-06", .holding(dataset: "db", party: "buyer"), cites: [cite("s2")])
        let text = try dot(builder)
        let gaps = CustodyGraph(LineageGraph(builder.evidence)).gaps().unexplainedHoldings
        #expect(gaps.map { "gap:\($0.party):\($0.dataset)" } == ["gap:buyer:db", "gap:reseller:other"])
        for gap in gaps {
            #expect(node(in: text, "gap:\(gap.party):\(gap.dataset)") != nil)
        }
        #expect(node(in: text, "gap:broker-a:other") == nil)
        let prov = try dot(builder, DiagramOptions(view: .prov))
        #expect(node(in: prov, "gap:reseller:other") != nil)
        #expect(node(in: prov, "gap:broker-a:other") == nil)
        #expect(try #require(node(in: prov, "c11")).contains("not known"))
    }

    @Test func aDatabaseItsOwnerHoldsNeedsNoExplanation() throws {
        var builder = try brokerChain()
        try builder.claim("c9", "2014-03", .use(dataset: "db", by: "owner", purpose: "billing", records: nil), cites: [cite("s1")])
        #expect(try !dot(builder).contains("gap:"))
    }

    @Test func aPersonIsDrawnInsideTheOrganisationTheyWorkedForButActsAlone() throws {
        var builder = try brokerChain()
        try builder.party("contractor", name: "Contractor")
        try builder.claim(
            "d1", "2013", .delegation(agent: "insider", principal: "contractor", relation: .dispatched), cites: [cite("s1")])
        let text = try dot(builder)
        let cluster = try #require(text.firstRange(of: "subgraph \"cluster:contractor\" {"))
        let body = text[cluster.upperBound...].prefix { $0 != "}" }
        #expect(body.contains("\"insider\" ["))
        #expect(body.contains("\"contractor\" ["))
        // The sale stays the insider's: it leaves the person, never the organisation.
        #expect(edges(in: text, from: "insider", to: "broker-a").count == 1)
        #expect(edges(in: text, from: "contractor", to: "broker-a").isEmpty)
        // Who worked for whom is a row of the side table, never a line across the chain.
        #expect(edges(in: text, from: "insider", to: "contractor").isEmpty)
        #expect(text.contains(##"TOOLTIP="delegation d1"><FONT COLOR="#333333">Insider — dispatched to → Contractor · 2013"##))
    }

    @Test func aDisputedDelegationDrawsNoBox() throws {
        var builder = try brokerChain()
        try builder.party("contractor", name: "Contractor")
        try builder.claim(
            "d1", "2013", .delegation(agent: "insider", principal: "contractor", relation: .employee),
            cites: [cite("s1"), cite("s2", .doubtful, .disputes)])
        #expect(try !dot(builder).contains("subgraph"))
    }

    @Test func parallelClaimsMergeIntoOneThickerEdgeWhenAsked() throws {
        var builder = try brokerChain()
        try builder.claim("c9", "2014-08-02", transfer("list", "broker-b", "buyer"), cites: [cite("s1", .confirmed)])
        let separate = edges(in: try dot(builder), from: "broker-b", to: "buyer")
        #expect(separate.count == 2)
        let merged = edges(in: try dot(builder, DiagramOptions(mergesParallel: true)), from: "broker-b", to: "buyer")
        let line = try #require(merged.first)
        #expect(merged.count == 1)
        // Each claim keeps its own date and grade on its own line.
        #expect(line.contains(##"<FONT COLOR="#333333">2 transfers of Derived list</FONT>"##))
        #expect(line.contains(##"<FONT COLOR="#333333">• 2014-07 · B4 [2]</FONT>"##))
        #expect(line.contains(##"<FONT COLOR="#333333">• 2014-08-02 · A1 [1]</FONT>"##))
        #expect(line.contains(#"style="solid""#))
        #expect(line.contains(#"penwidth="2""#))
    }

    @Test func aMergedEdgeSaysHowManyOfItsClaimsAreDisputed() throws {
        var builder = try brokerChain()
        try builder.claim(
            "c9", "2014-08", transfer("list", "broker-b", "buyer"), cites: [cite("s1"), cite("s2", .doubtful, .disputes)])
        let line = try #require(
            edges(in: try dot(builder, DiagramOptions(mergesParallel: true)), from: "broker-b", to: "buyer").first)
        // Which of the merged claims is disputed, and by whom: only its line is red.
        #expect(line.contains(##"<FONT COLOR="#C00000">• 2014-08 · A2 [1] · disputed by [2]</FONT>"##))
        #expect(line.contains(##"<FONT COLOR="#333333">• 2014-07 · B4 [2]</FONT>"##))
        #expect(line.contains(#"color="\#(DiagramStyle.disputed)""#))
    }

    @Test func sourcesAreNumberedInIdOrderAcrossTheWholeCase() throws {
        var builder = try brokerChain()
        try builder.source("a-first", .b)
        try builder.claim("c9", "2014-08", transfer("list", "buyer", "broker-a"), cites: [cite("s3"), cite("a-first")])
        // a-first is [1], s1..s3 are [2]..[4]: the number is the same whatever a diagram shows.
        let line = try #require(edges(in: try dot(builder), from: "buyer", to: "broker-a").first)
        #expect(line.contains("B2 [1, 4]"))
    }

    @Test func theLanguageChoosesTheAliasThatLabelsAParty() throws {
        let japanese = try dot(try brokerChain(), DiagramOptions(language: "ja"))
        #expect(try #require(node(in: japanese, "db")).contains("customers of オーナー"))
        let english = try dot(try brokerChain())
        #expect(try #require(node(in: english, "db")).contains("customers of Owner Corp"))
    }

    @Test func theFontHasJapaneseGlyphsOnGraphNodesAndEdges() throws {
        let text = try dot(try brokerChain())
        for keyword in ["graph", "node", "edge"] {
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("    \(keyword) [") })
            #expect(line.contains(#"fontname="Noto Sans CJK JP""#))
        }
    }

    @Test func theSameCaseGivesTheSameBytesWhateverOrderItWasBuiltIn() throws {
        let forward = try brokerChain().evidence
        var reversed = EvidenceCase()
        for source in forward.sources.values.sorted(by: { $0.id > $1.id }) { #expect(reversed.insert(source) == nil) }
        for party in forward.parties.values.sorted(by: { $0.id > $1.id }) { #expect(reversed.insert(party) == nil) }
        for dataset in forward.datasets.values.sorted(by: { $0.id > $1.id }) {
            #expect(reversed.insert(dataset) == nil)
        }
        for claim in forward.claims.values.sorted(by: { $0.id > $1.id }) { #expect(reversed.insert(claim) == nil) }
        let everything = DiagramOptions(mergesParallel: true, showsLegend: true, showsSources: true)
        for view in DiagramOptions.View.allCases {
            var options = everything
            options.view = view
            #expect(try Diagram.dot(of: forward, options: options) == Diagram.dot(of: reversed, options: options))
        }
    }
}
