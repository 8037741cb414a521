import Foundation
import Testing
import LineageTestSupport

/// `lineage export --format graphml`, read back by NetworkX as a graph tool would read it.
@Suite("GraphML export")
struct GraphMLExportTests {
    static let benesse = LineageBinary.packageRoot.appendingPathComponent("Graphs/benesse").path

    /// Reads the file with NetworkX and prints what a graph tool sees: node and edge counts, and one node's and
    /// one edge's attributes with their Python types.
    static let reader = """
        import json, sys
        import networkx as nx
        graph = nx.read_graphml(sys.argv[1])
        edges = list(graph.edges(data=True, keys=True))
        def typed(data):
            return {key: [type(value).__name__, value] for key, value in data.items()}
        print(json.dumps({
            "directed": graph.is_directed(),
            "nodes": graph.number_of_nodes(),
            "parties": sum(1 for _, d in graph.nodes(data=True) if d.get("class") == "party"),
            "datasets": sum(1 for _, d in graph.nodes(data=True) if d.get("class") == "dataset"),
            "edges": graph.number_of_edges(),
            "claims": len({d["claim"] for _, _, _, d in edges}),
            "node": typed(graph.nodes[sys.argv[2]]),
            "edge": typed(next(d for _, _, _, d in edges if d["claim"] == sys.argv[3])),
        }, ensure_ascii=False))
        """

    @Test func networkXReadsTheBenesseCase() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graphml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = try LineageBinary.run(["export", Self.benesse, "--format", "graphml", "-o", "case.graphml"], in: folder)
        #expect(exported.status == 0, "\(exported.standardError)")
        let check = try LineageBinary.run(["check", "--json", Self.benesse], in: folder)
        let counts = try JSONValue(json: check.standardOutput).object

        let read = try GraphProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "-c", Self.reader, folder.appendingPathComponent("case.graphml").path, "list-js", "t-bk-js"])
        #expect(read.status == 0, "NetworkX (pip install networkx) could not read it: \(read.standardError)")
        let graph = try JSONValue(json: read.standardOutput).object
        #expect(graph?["directed"]?.bool == true)
        #expect(graph?["parties"]?.int == counts?["parties"]?.int)
        #expect(graph?["datasets"]?.int == counts?["datasets"]?.int)
        #expect(graph?["nodes"]?.int == (counts?["parties"]?.int ?? 0) + (counts?["datasets"]?.int ?? 0))
        #expect(graph?["claims"]?.int == counts?["claims"]?.int, "every claim is at least one edge")
        let node = graph?["node"]
        #expect(node?["records"]?.array?.first?.string == "int")
        #expect(node?["records"]?.array?.last?.int == 2_573_068)
        let edge = graph?["edge"]
        #expect(edge?["kind"]?.array?.last?.string == "transfer")
        #expect(edge?["disputed"]?.array?.first?.string == "bool")
        #expect((edge?["grade"]?.array?.last?.string)?.count == 2, "a grade such as B2")
    }

    /// Reads the file with NetworkX and prints every node and edge with its attributes and their Python types.
    static let everything = """
        import json, sys
        import networkx as nx
        graph = nx.read_graphml(sys.argv[1])
        def typed(data):
            return {key: [type(value).__name__, value] for key, value in data.items()}
        print(json.dumps({
            "nodes": {node: typed(data) for node, data in graph.nodes(data=True)},
            "edges": [dict(typed(data), source=[None, s], target=[None, t]) for s, t, data in graph.edges(data=True)],
        }, ensure_ascii=False))
        """

    /// What NetworkX reads from the GraphML export of `path`: nodes by id, edges, each attribute as [type, value].
    static func read(_ path: String) throws -> (nodes: [String: JSONValue], edges: [JSONValue]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graphml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = try LineageBinary.run(["export", path, "--format", "graphml", "-o", "case.graphml"], in: folder)
        #expect(exported.status == 0, "\(exported.standardError)")
        let read = try GraphProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", Self.everything, folder.appendingPathComponent("case.graphml").path])
        #expect(read.status == 0, "NetworkX (pip install networkx) could not read it: \(read.standardError)")
        let graph = try #require(try JSONValue(json: read.standardOutput).object)
        return (try #require(graph["nodes"]?.members), try #require(graph["edges"]?.array))
    }

    /// Before format 1.1 reached GraphML, a transfer's basis and price, "about" counts, notes and events were lost.
    @Test func networkXReadsTheKCBCaseWithItsFormatOneOneAdditions() throws {
        let kcb = LineageBinary.packageRoot.appendingPathComponent("Graphs/kcb").path
        let (nodes, edges) = try Self.read(kcb)
        let edge = { (claim: String) in edges.first { $0["claim"]?.array?.last?.string == claim } }
        let check = try LineageBinary.run(["check", "--json", kcb])
        let counts = try #require(try JSONValue(json: check.standardOutput).object)
        let events = nodes.values.filter { $0["class"]?.array?.last?.string == "event" }
        #expect(nodes.count - events.count == (counts["parties"]?.int ?? 0) + (counts["datasets"]?.int ?? 0))
        #expect(events.count == 32, "each of KCB's events is a node")

        let sale = try #require(edge("t-employee-jo"))
        #expect(sale["price_amount"]?.array?.first?.string == "float")
        #expect(sale["price_amount"]?.array?.last?.double == 16_500_000)
        #expect(sale["price_currency"]?.array?.last?.string == "KRW")
        #expect(sale["price_approx"]?.array?.last?.bool == false)
        #expect(sale["basis"]?.array?.last?.string == "unknown")
        let entrustment = try #require(edge("e-kb-kcb"))
        #expect(entrustment["basis"]?.array?.last?.string == "entrustment")
        #expect((entrustment["notes"]?.array?.last?.string)?.contains("unencrypted customer data") == true)
        let copy = try #require(edge("x-kb-0108"))
        #expect(copy["approx"]?.array?.first?.string == "bool")
        #expect(copy["approx"]?.array?.last?.bool == true)
        #expect(copy["records"]?.array?.last?.int == 53_000_000)
        #expect(copy["unit"]?.array?.last?.string == "persons")
        let part = try #require(edge("c-jo-lotte"))
        #expect(part["kind"]?.array?.last?.string == "containment")
        #expect(part["source"]?.array?.last?.string == "list-jo" && part["target"]?.array?.last?.string == "list-lotte-2011")
        #expect(part["approx"]?.array?.last?.bool == false)

        let probe = try #require(nodes["e-probe-start"])
        #expect(probe["class"]?.array?.last?.string == "event" && probe["kind"]?.array?.last?.string == "investigation")
        #expect(probe["when"]?.array?.last?.string == "2013-10~")
        #expect((probe["notes"]?.array?.last?.string)?.contains("special division") == true)
        let concerns = try #require(edge("e-probe-start"))
        #expect(concerns["source"]?.array?.last?.string == "e-probe-start" && concerns["target"]?.array?.last?.string == "changwon-prosecutors")
        #expect(concerns["kind"]?.array?.last?.string == "event")
    }

    @Test func networkXReadsAnIdentityAsAnEdgeBetweenTheTwoNames() throws {
        let fixture = LineageBinary.packageRoot.appendingPathComponent("Tests/LineageCLITests/Fixtures/v11/identity.xml").path
        let (nodes, edges) = try Self.read(fixture)
        let identity = try #require(edges.first { $0["claim"]?.array?.last?.string == "i-east-west" })
        #expect(identity["kind"]?.array?.last?.string == "identity")
        #expect(identity["source"]?.array?.last?.string == "broker-east" && identity["target"]?.array?.last?.string == "broker-west")
        #expect(identity["grade"]?.array?.last?.string == "C3")
        #expect(nodes["broker-east"]?["class"]?.array?.last?.string == "party")
    }
}
