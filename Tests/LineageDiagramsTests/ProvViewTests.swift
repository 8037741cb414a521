import LineageCore
import LineageTestSupport
import Testing

@testable import LineageDiagrams

@Suite struct ProvViewTests {
    private let options = DiagramOptions(view: .prov)

    @Test func datasetsClaimsAndPartiesTakeThePythonProvShapesAndColours() throws {
        let text = try dot(try brokerChain(), options)
        let entity = try #require(node(in: text, "batch"))
        #expect(entity.contains(#"shape="oval""#) && entity.contains(##"fillcolor="#FFFC87""##))
        let activity = try #require(node(in: text, "c2-sale"))
        #expect(activity.contains(#"shape="box""#) && activity.contains(##"fillcolor="#9FB1FC""##))
        let agent = try #require(node(in: text, "broker-a"))
        #expect(agent.contains(#"shape="house""#) && agent.contains(##"fillcolor="#FED37F""##))
        #expect(text.contains(#"rankdir="RL""#))
    }

    @Test func anExtractionUsesGeneratesDerivesAndIsAssociated() throws {
        let text = try dot(try brokerChain(), options)
        let used = try #require(edges(in: text, from: "c1-extract", to: "db").first)
        #expect(used.contains(#"label="used · [1]""#) && used.contains(#"color="red4""#))
        #expect(try #require(edges(in: text, from: "batch", to: "c1-extract").first).contains("wasGeneratedBy · [1]"))
        #expect(try #require(edges(in: text, from: "batch", to: "db").first).contains("wasDerivedFrom · [1]"))
        #expect(
            try #require(edges(in: text, from: "c1-extract", to: "insider").first).contains("wasAssociatedWith · [1]"))
    }

    @Test func aTransferIsAssociatedWithSenderAndRecipient() throws {
        let text = try dot(try brokerChain(), options)
        #expect(
            try #require(edges(in: text, from: "c2-sale", to: "insider").first).contains("wasAssociatedWith (sender)"))
        #expect(
            try #require(edges(in: text, from: "c2-sale", to: "broker-a").first).contains(
                "wasAssociatedWith (recipient)"))
    }

    @Test func aDelegationIsActedOnBehalfOfAndNeverReachesTheAgentsActivities() throws {
        var builder = try brokerChain()
        try builder.party("employer", name: "Employer")
        try builder.claim(
            "d1", "2013", .delegation(agent: "insider", principal: "employer", relation: .employee), cites: [cite("s1")])
        let text = try dot(builder, options)
        let line = try #require(edges(in: text, from: "insider", to: "employer").first)
        #expect(line.contains("actedOnBehalfOf (employee) · [1]"))
        #expect(edgeEnds(in: text).filter { $0.hasSuffix("-> employer") } == ["insider -> employer"])
    }

    @Test func aDisputedClaimsActivityIsOutlinedInRed() throws {
        var builder = try brokerChain()
        try builder.claim(
            "c9", "2014-08", transfer("list", "buyer", "broker-a"), cites: [cite("s1"), cite("s3", .doubtful, .disputes)])
        let activity = try #require(node(in: try dot(builder, options), "c9"))
        #expect(activity.contains(#"color="\#(DiagramStyle.disputed)""#))
        #expect(activity.contains("A2 [1] · disputed by [3]"))
    }

    @Test func gapsAreDashed() throws {
        var builder = try brokerChain()
        try builder.party("dealer", name: "Dealer", identified: false)
        try builder.dataset("found", name: "Found list")
        try builder.claim("c9", "2014-08", transfer("found", "dealer", "buyer"), cites: [cite("s3")])
        let text = try dot(builder, options)
        #expect(try #require(node(in: text, "dealer")).contains(#"style="filled,dashed""#))
        #expect(try #require(node(in: text, "found")).contains("origin: not known"))
        let gap = try #require(node(in: text, "gap:dealer:found"))
        #expect(gap.contains("not known how"))
        #expect(try #require(edges(in: text, from: "gap:dealer:found", to: "found").first).contains("presumed by [3]"))
    }

    @Test func parallelTransfersMergeIntoOneActivityWhenAsked() throws {
        var builder = try brokerChain()
        try builder.claim("c9", "2014-08", transfer("list", "broker-b", "buyer"), cites: [cite("s1")])
        var merging = options
        merging.mergesParallel = true
        let text = try dot(builder, merging)
        let activity = try #require(node(in: text, "transfers:broker-b:buyer"))
        #expect(activity.contains("2 transfers"))
        #expect(node(in: text, "c9") == nil)
        #expect(
            try #require(edges(in: text, from: "transfers:broker-b:buyer", to: "list").first).contains("used · [1, 2]"))
    }
}
