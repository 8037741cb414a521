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
