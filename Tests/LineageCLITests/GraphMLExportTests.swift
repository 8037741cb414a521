import Foundation
import Testing

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
        let counts = try JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8)) as? [String: Any]

        let read = try GraphProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "-c", Self.reader, folder.appendingPathComponent("case.graphml").path, "list-js", "t-bk-js"])
        #expect(read.status == 0, "NetworkX (pip install networkx) could not read it: \(read.standardError)")
        let graph = try JSONSerialization.jsonObject(with: Data(read.standardOutput.utf8)) as? [String: Any]
        #expect(graph?["directed"] as? Bool == true)
        #expect(graph?["parties"] as? Int == counts?["parties"] as? Int)
        #expect(graph?["datasets"] as? Int == counts?["datasets"] as? Int)
        #expect(graph?["nodes"] as? Int == (counts?["parties"] as? Int ?? 0) + (counts?["datasets"] as? Int ?? 0))
        #expect(graph?["claims"] as? Int == counts?["claims"] as? Int, "every claim is at least one edge")
        let node = graph?["node"] as? [String: [Any]]
        #expect(node?["records"]?.first as? String == "int")
        #expect(node?["records"]?.last as? Int == 2_573_068)
        let edge = graph?["edge"] as? [String: [Any]]
        #expect(edge?["kind"]?.last as? String == "transfer")
        #expect(edge?["disputed"]?.first as? String == "bool")
        #expect((edge?["grade"]?.last as? String)?.count == 2, "a grade such as B2")
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
    static func read(_ path: String) throws -> (nodes: [String: [String: [Any]]], edges: [[String: [Any]]]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graphml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = try LineageBinary.run(["export", path, "--format", "graphml", "-o", "case.graphml"], in: folder)
        #expect(exported.status == 0, "\(exported.standardError)")
        let read = try GraphProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", Self.everything, folder.appendingPathComponent("case.graphml").path])
        #expect(read.status == 0, "NetworkX (pip install networkx) could not read it: \(read.standardError)")
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(read.standardOutput.utf8)) as? [String: Any])
        return (try #require(graph["nodes"] as? [String: [String: [Any]]]), try #require(graph["edges"] as? [[String: [Any]]]))
    }

    /// Before format 1.1 reached GraphML, a transfer's basis and price, "about" counts, notes and events were lost.
    @Test func networkXReadsTheKCBCaseWithItsFormatOneOneAdditions() throws {
        let kcb = LineageBinary.packageRoot.appendingPathComponent("Graphs/kcb").path
        let (nodes, edges) = try Self.read(kcb)
        let edge = { (claim: String) in edges.first { $0["claim"]?.last as? String == claim } }
        let check = try LineageBinary.run(["check", "--json", kcb])
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8)) as? [String: Any])
        let events = nodes.values.filter { $0["class"]?.last as? String == "event" }
        #expect(nodes.count - events.count == (counts["parties"] as? Int ?? 0) + (counts["datasets"] as? Int ?? 0))
        #expect(events.count == 32, "each of KCB's events is a node")

        let sale = try #require(edge("t-employee-jo"))
        #expect(sale["price_amount"]?.first as? String == "float")
        #expect(sale["price_amount"]?.last as? Double == 16_500_000)
        #expect(sale["price_currency"]?.last as? String == "KRW")
        #expect(sale["price_approx"]?.last as? Bool == false)
        #expect(sale["basis"]?.last as? String == "unknown")
        let entrustment = try #require(edge("e-kb-kcb"))
        #expect(entrustment["basis"]?.last as? String == "entrustment")
        #expect((entrustment["notes"]?.last as? String)?.contains("unencrypted customer data") == true)
        let copy = try #require(edge("x-kb-0108"))
        #expect(copy["approx"]?.first as? String == "bool")
        #expect(copy["approx"]?.last as? Bool == true)
        #expect(copy["records"]?.last as? Int == 53_000_000)
        #expect(copy["unit"]?.last as? String == "persons")
        let part = try #require(edge("c-jo-lotte"))
        #expect(part["kind"]?.last as? String == "containment")
        #expect(part["source"]?.last as? String == "list-jo" && part["target"]?.last as? String == "list-lotte-2011")
        #expect(part["approx"]?.last as? Bool == false)

        let probe = try #require(nodes["e-probe-start"])
        #expect(probe["class"]?.last as? String == "event" && probe["kind"]?.last as? String == "investigation")
        #expect(probe["when"]?.last as? String == "2013-10~")
        #expect((probe["notes"]?.last as? String)?.contains("special division") == true)
        let concerns = try #require(edge("e-probe-start"))
        #expect(concerns["source"]?.last as? String == "e-probe-start" && concerns["target"]?.last as? String == "changwon-prosecutors")
        #expect(concerns["kind"]?.last as? String == "event")
    }

    @Test func networkXReadsAnIdentityAsAnEdgeBetweenTheTwoNames() throws {
        let fixture = LineageBinary.packageRoot.appendingPathComponent("Tests/LineageCLITests/Fixtures/v11/identity.xml").path
        let (nodes, edges) = try Self.read(fixture)
        let identity = try #require(edges.first { $0["claim"]?.last as? String == "i-east-west" })
        #expect(identity["kind"]?.last as? String == "identity")
        #expect(identity["source"]?.last as? String == "broker-east" && identity["target"]?.last as? String == "broker-west")
        #expect(identity["grade"]?.last as? String == "C3")
        #expect(nodes["broker-east"]?["class"]?.last as? String == "party")
    }
}
