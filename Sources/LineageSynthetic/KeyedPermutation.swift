/// A pseudo-random bijection of `0..<count` that needs no memory: a four-round Feistel network on the smallest
/// even number of bits that holds `count`, walking the cycle until the value falls back inside the range.
///
/// It lets a batch be a contiguous range over a shuffled order, a sample be drawn without replacement, and a list be
/// shuffled, all by computing one element at a time.
///
/// - Complexity: O(1) per element on average (the walk takes under four steps in expectation).
struct KeyedPermutation: Sendable {
    let count: Int
    private let halfBits: Int
    private let keys: (UInt64, UInt64, UInt64, UInt64)

    init(count: Int, purpose: DrawPurpose, seed: UInt64, _ a: Int = 0, _ b: Int = 0) {
        precondition(count >= 0, "a permutation of a negative count")
        self.count = count
        var bits = 0
        while (1 << (2 * bits)) < count { bits += 1 }
        halfBits = bits
        var random = SplitMix64(purpose, seed: seed, a, b)
        keys = (random.next(), random.next(), random.next(), random.next())
    }

    /// The element at `offset`, which must be in `0..<count`.
    subscript(offset: Int) -> Int {
        precondition(offset >= 0 && offset < count, "offset \(offset) outside 0..<\(count)")
        var value = UInt64(offset)
        repeat { value = encrypt(value) } while value >= UInt64(count)
        return Int(value)
    }

    private func encrypt(_ value: UInt64) -> UInt64 {
        let mask: UInt64 = (1 << UInt64(halfBits)) - 1
        var halves = (left: value >> UInt64(halfBits), right: value & mask)
        func round(_ key: UInt64) {
            halves = (halves.right, halves.left ^ (SplitMix64.mix(halves.right ^ key) & mask))
        }
        round(keys.0)
        round(keys.1)
        round(keys.2)
        round(keys.3)
        return halves.left << UInt64(halfBits) | halves.right
    }
}
