import LineageCore
import LineageTestSupport
import Testing

@testable import LineageDiagrams

@Suite struct LayeringTests {
    @Test func smallDiagramsKeepDotsOwnRanking() {
        let edges = [("a", "b"), ("b", "c"), ("a", "c"), ("c", "a")].map { (tail: $0.0, head: $0.1) }
        #expect(Layering.constraints(nodes: ["a", "b", "c"], edges: edges) == [true, true, true, true])
    }

    @Test func bigDiagramsRankByHopsFromWhereTheDataStarted() {
        // A ring of brokers reselling to each other, fed from one source: by longest path it would be as deep as
        // the ring is long.
        let brokers = (0..<400).map { "b\($0)" }
        var edges = [(tail: "source", head: "b0")]
        for index in brokers.indices {
            edges.append((brokers[index], brokers[(index + 1) % brokers.count]))
            edges.append(("source", brokers[(index * 7) % brokers.count]))
        }
        let constraints = Layering.constraints(nodes: ["source"] + brokers, edges: edges)
        #expect(constraints.count == edges.count)
        // Only edges one hop further from the source constrain: none between brokers both one hop away.
        let ringEdgesKept = zip(edges, constraints).filter { $0.0.tail != "source" && $0.1 }
        #expect(ringEdgesKept.isEmpty)
        let sourceEdgesKept = zip(edges, constraints).filter { $0.0.tail == "source" }.map(\.1)
        #expect(!sourceEdgesKept.contains(false))
    }
}

@Suite struct BigDiagramTests {
    /// 400 brokers reselling one list round a ring: more edges than a small diagram has.
    private func ring() throws -> CaseBuilder {
        var builder = CaseBuilder()
        try builder.source("s")
        try builder.dataset("list", name: "List")
        for index in 0..<400 { try builder.party(PartyID("b\(index)")) }
        try builder.claim("c-start", "2014", .holding(dataset: "list", party: "b0"), cites: [cite("s")])
        for index in 0..<400 {
            try builder.claim(
                ClaimID("c\(index)"), "2014", transfer("list", PartyID("b\(index)"), PartyID("b\((index + 1) % 400)")),
                cites: [cite("s")])
        }
        return builder
    }

    @Test func bigDiagramsCarryLabelsAsXlabelsAndRankByHops() throws {
        for view in DiagramOptions.View.allCases {
            let text = try dot(try ring(), DiagramOptions(view: view))
            let edgeLines = text.split(separator: "\n").filter { $0.contains(" -> ") }
            #expect(edgeLines.allSatisfy { $0.contains("xlabel=") && !$0.contains(" [label=") }, "\(view)")
        }
        // In the custody view the ring closes on itself: the edge back to where the walk began cannot rank.
        let closing = try #require(edges(in: try dot(try ring()), from: "b399", to: "b0").first)
        #expect(closing.contains(#"constraint="false""#))
    }

    @Test func smallDiagramsKeepLabelsOnTheirEdges() throws {
        let text = try dot(try brokerChain())
        #expect(!text.contains("xlabel="))
        #expect(!text.contains(#"constraint="false""#))
    }
}
