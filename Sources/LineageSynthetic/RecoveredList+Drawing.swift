extension RecoveredList {
    /// `total` split in proportion to `shares` by the largest-remainder method, ties to the earlier share.
    static func split(_ total: Int, by shares: [Double]) -> [Int] {
        let sum = shares.reduce(0, +)
        let exact = shares.map { Double(total) * $0 / sum }
        var counts = exact.map { Int($0.rounded(.down)) }
        let byRemainder = exact.indices.sorted {
            (exact[$0] - Double(counts[$0]), $1) > (exact[$1] - Double(counts[$1]), $0)
        }
        for index in byRemainder.prefix(total - counts.reduce(0, +)) { counts[index] += 1 }
        return counts
    }

    /// `counts[i]` distinct positions of `ranges[i]` for each source, skipping positions an earlier source took,
    /// each source walking its range in an order of its own (a keyed permutation, so without replacement).
    static func draw(_ counts: [Int], from ranges: [Range<Int>], seed: UInt64) throws(RecipeError) -> [UInt32] {
        guard let low = ranges.map(\.lowerBound).min(), let high = ranges.map(\.upperBound).max() else { return [] }
        var taken = [UInt64](repeating: 0, count: (high - low + 63) / 64)
        var positions: [UInt32] = []
        positions.reserveCapacity(counts.reduce(0, +))
        for (source, range) in ranges.enumerated() {
            let order = KeyedPermutation(
                count: range.count, purpose: .sample, seed: seed, range.lowerBound, range.upperBound)
            var drawn = 0
            var offset = 0
            while drawn < counts[source] {
                guard offset < range.count else {
                    throw RecipeError(
                        description: "the source \(range.lowerBound):\(range.upperBound) should give \(counts[source]) "
                            + "rows, but its range has only \(drawn) persons that no earlier source took")
                }
                let position = range.lowerBound + order[offset]
                let bit = position - low
                offset += 1
                if taken[bit / 64] & (1 << UInt64(bit % 64)) != 0 { continue }
                taken[bit / 64] |= 1 << UInt64(bit % 64)
                positions.append(UInt32(position))
                drawn += 1
            }
        }
        return positions
    }
}
