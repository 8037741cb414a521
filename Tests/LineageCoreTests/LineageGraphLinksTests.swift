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

    /// The graph sorts (id, claim) pairs instead of looking each sorted id up, and keeps each claim's parties once
    /// by sorting them instead of through a set (issue 18): the same order, claims and party index as the
    /// definitions they replace, on random cases whose claims name a party twice (a self-transfer, an event).
    @Test func orderAndPartyIndexMatchTheirDefinitions() throws {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20 {
            var builder = try CaseBuilder.withDefaultSource()
            let parties = (0..<6).map { PartyID("p\($0)") }
            for index in 0..<200 {
                let id = ClaimID("c\(Int.random(in: 0..<100_000, using: &generator))-\(round)-\(index)")
                let from = parties.randomElement(using: &generator)!
                let to = Bool.random(using: &generator) ? from : parties.randomElement(using: &generator)!
                switch index % 3 {
                case 0: try builder.transfer(id, DatasetID("d\(index % 7)"), from: from, to: to, "2014-05")
                case 1: try builder.delegation(id, agent: from, principal: to, "2014-05")
                default:
                    try builder.party(from)
                    try builder.party(to)
                    try builder.claim(id, "2014-05", .event(kind: .disclosure, parties: [to, from, to], datasets: []))
                }
            }
            let evidence = builder.evidence
            let graph = LineageGraph(evidence)
            #expect(graph.claimOrder == evidence.sortedClaimIDs)
            #expect(graph.orderedClaims.map(\.id) == graph.claimOrder)
            var byParty: [PartyID: [ClaimID]] = [:]
            for id in evidence.sortedClaimIDs {
                for party in Set(evidence.claims[id]!.parties).sorted() { byParty[party, default: []].append(id) }
            }
            #expect(graph.claimsByParty == byParty)
        }
    }
}
