import LineageCore
import LineageTestSupport
import Testing

/// `LineageGraph.parents` and `children`: each link once, in claim-id order of first statement, however many
/// claims and inputs state it. A derivation from many inputs is where this used to cost the square of the inputs
/// (issue 18); these check the answer at that size, not the time.
@Suite struct LineageGraphLinksTests {
    @Test func aLinkStatedTwiceIsKeptOnceInFirstStatedOrder() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.derivation("c1", "merged", from: ["b", "a", "b"], by: "broker", "2014-06")
        try builder.derivation("c2", "merged", from: ["c", "a"], by: "broker", "2014-07")
        try builder.derivation("c3", "other", from: ["a"], by: "broker", "2014-07")
        let graph = LineageGraph(builder.evidence)
        #expect(graph.parents["merged"] == ["b", "a", "c"])
        #expect(graph.parents["other"] == ["a"])
        #expect(graph.children["a"] == ["merged", "other"])
        #expect(graph.children["b"] == ["merged"])
        #expect(graph.creations["merged"] == ["c1", "c2"])
    }

    @Test func aDerivationFromManyInputsLinksEachOnce() throws {
        var builder = try CaseBuilder.withDefaultSource()
        let inputs = (0..<20_000).map { DatasetID("d\($0)") }
        try builder.derivation("c1", "merged", from: inputs + inputs.reversed(), by: "broker", "2014-06")
        try builder.derivation("c2", "merged", from: Array(inputs.prefix(10)), by: "broker", "2014-07")
        let graph = LineageGraph(builder.evidence)
        #expect(graph.parents["merged"] == inputs)
        #expect(inputs.allSatisfy { graph.children[$0] == ["merged"] })
        #expect(graph.derivationCycles().isEmpty)
        #expect(builder.evidence.check().filter { $0.severity == .error }.isEmpty)
    }
}
