import LineageCore
import Testing

/// `descendants(of:)`, `claims(downstreamOf:)` and `neighbourhood(of:depth:)`.
@Suite struct LineageGraphNeighbourhoodTests {
    /// db → batch (extracted by insider) → sold to a → sold to b → b merges it with other into merged → sold to c.
    private let graph: LineageGraph = {
        var evidence = EvidenceCase()
        let cite = [Cite(source: "s", credibility: .probable)]
        let when = (try? EventTime(parsing: "2014")) ?? .interval(from: .open, to: .open)
        func claim(_ id: ClaimID, _ action: Claim.Action) {
            precondition(evidence.insert(Claim(id: id, when: when, action: action, cites: cite)) == nil)
        }
        _ = evidence.insert(Source(id: "s", title: "S", date: when, reliability: .b))
        for party in ["insider", "a", "b", "c", "d"] {
            _ = evidence.insert(Party(id: PartyID(party), kind: .organization, name: party))
        }
        _ = evidence.insert(Dataset(id: "db", kind: .database, name: "DB"))
        for list in ["batch", "other", "merged", "unrelated"] {
            _ = evidence.insert(Dataset(id: DatasetID(list), kind: .list, name: list))
        }
        claim("1-extract", .extraction(dataset: "batch", from: "db", by: "insider", medium: nil, records: nil))
        claim("2-sale", .transfer(dataset: "batch", from: "insider", to: "a", records: nil, price: nil))
        claim("3-sale", .transfer(dataset: "batch", from: "a", to: "b", records: nil, price: nil))
        claim(
            "4-merge",
            .derivation(dataset: "merged", from: ["batch", "other"], by: "b", operation: .merge, records: nil))
        claim("5-sale", .transfer(dataset: "merged", from: "b", to: "c", records: nil, price: nil))
        claim("6-other", .transfer(dataset: "other", from: "d", to: "b", records: nil, price: nil))
        claim("7-unrelated", .transfer(dataset: "unrelated", from: "d", to: "c", records: nil, price: nil))
        return LineageGraph(evidence)
    }()

    @Test func descendantsAreTheDatasetAndEverythingMadeFromIt() {
        #expect(graph.descendants(of: "batch") == ["batch", "merged"])
        #expect(graph.descendants(of: "db") == ["batch", "db", "merged"])
        #expect(graph.descendants(of: "merged") == ["merged"])
    }

    @Test func downstreamClaimsAreEverythingAboutABatchAndWhatWasMadeFromIt() {
        #expect(graph.claims(downstreamOf: "batch") == ["1-extract", "2-sale", "3-sale", "4-merge", "5-sale"])
        #expect(graph.claims(downstreamOf: "other") == ["4-merge", "5-sale", "6-other"])
    }

    @Test func anIdNamesAPartyADatasetOrAClaim() {
        #expect(graph.item("a") == .party("a"))
        #expect(graph.item("batch") == .dataset("batch"))
        #expect(graph.item("2-sale") == .claim("2-sale"))
        #expect(graph.item("s") == nil)
        #expect(graph.item("nothing") == nil)
    }

    @Test func aNeighbourhoodGrowsOneClaimPerHop() {
        #expect(graph.neighbourhood(of: .party("a"), depth: 0).claims.isEmpty)
        #expect(graph.neighbourhood(of: .party("a"), depth: 0).parties == ["a"])
        #expect(graph.neighbourhood(of: .party("a"), depth: 1).claims == ["2-sale", "3-sale"])
        // Hop two: everything about the batch, and everything naming the insider or b.
        #expect(
            graph.neighbourhood(of: .party("a"), depth: 2).claims == [
                "1-extract", "2-sale", "3-sale", "4-merge", "5-sale", "6-other",
            ])
    }

    @Test func aDatasetIsNamedByTheClaimsMadeFromItToo() {
        let around = graph.neighbourhood(of: .dataset("other"), depth: 1)
        #expect(around.claims == ["4-merge", "6-other"])
        #expect(around.datasets == ["batch", "merged", "other"])
        #expect(around.parties == ["b", "d"])
    }

    @Test func aClaimIsItsOwnFirstHop() {
        #expect(graph.neighbourhood(of: .claim("5-sale"), depth: 0).claims == ["5-sale"])
        #expect(
            graph.neighbourhood(of: .claim("5-sale"), depth: 1).claims == [
                "3-sale", "4-merge", "5-sale", "6-other", "7-unrelated",
            ])
    }
}
