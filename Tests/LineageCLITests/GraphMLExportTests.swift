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
}
