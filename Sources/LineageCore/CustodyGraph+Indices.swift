extension CustodyGraph {
    /// A claim's number in the graph: an index into `claimIDs` and the other claim arrays.
    ///
    /// Its own type rather than a bare `Int32` because a hop, a search's label and a showing each carry a claim
    /// beside state numbers, all of them small integers: a claim passed where a state belongs (or the reverse) is
    /// now a compile error, not a wrong answer. One `Int32` wide, so a `Hop` keeps its size and layout.
    struct ClaimIndex: Hashable, Comparable, Sendable {
        let raw: Int32

        init(_ raw: Int32) { self.raw = raw }

        /// No claim: the label of an owner's custody, which rests on none.
        static let none = ClaimIndex(-1)

        /// The position in the graph's claim arrays.
        var index: Int { Int(raw) }

        static func < (lhs: Self, rhs: Self) -> Bool { lhs.raw < rhs.raw }
    }

    /// A party's number in the graph: an index into `partyIDs` and `custodyStart`.
    ///
    /// Its own type because a custody is numbered from a party and a dataset, both small integers, and datasets
    /// are states too: `custody(party, dataset)` with the two swapped would otherwise compile. One `Int32` wide.
    struct PartyIndex: Hashable, Sendable {
        let raw: Int32

        init(_ raw: Int32) { self.raw = raw }

        /// The position in the graph's party arrays.
        var index: Int { Int(raw) }
    }
}
