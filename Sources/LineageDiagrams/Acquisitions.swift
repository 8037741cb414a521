import LineageCore

/// The holdings no claim explains, so the diagrams can show where the chain is broken. The rule is LineageCore's
/// (`CustodyGraph.unexplainedHoldings()`), the same `gaps`, `received` and `trace` use: this only indexes its
/// answer by the claims that show each holding.
struct Acquisitions {
    /// A party holding a dataset.
    struct Holding: Hashable, Comparable {
        var party: PartyID
        var dataset: DatasetID

        static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.party, lhs.dataset) < (rhs.party, rhs.dataset)
        }
    }

    /// For each claim showing an unexplained holding, the holdings it shows.
    private let shown: [ClaimID: [Holding]]

    /// - Complexity: that of building the case's `CustodyGraph`.
    init(_ graph: LineageGraph) {
        var shown: [ClaimID: [Holding]] = [:]
        for holding in CustodyGraph(graph).unexplainedHoldings() {
            for claim in holding.shownBy {
                shown[claim, default: []].append(Holding(party: holding.party, dataset: holding.dataset))
            }
        }
        self.shown = shown
    }

    /// The unexplained holdings `claim` shows: the sender's copy of a transfer, a deriver's inputs, the dataset used,
    /// deleted or said to be held, when no claim explains how the party got it in time.
    func unexplained(shownBy claim: Claim) -> [Holding] {
        shown[claim.id] ?? []
    }
}
