/// The one source of randomness: SplitMix64, started from a hash of what is being drawn, so that any person, row or
/// noise decision can be recomputed on its own (random access) and the same arguments always give the same output.
///
/// The standard library's `random(in:using:)` is not used: its algorithm may change between Swift releases, and the
/// output must stay byte-identical.
struct SplitMix64 {
    private var state: UInt64

    /// A generator for one draw: what it is for, under which population seed, of which item.
    init(_ purpose: DrawPurpose, seed: UInt64, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0) {
        var h = Self.absorb(Self.mix(seed ^ 0x6A09_E667_F3BC_C908), purpose.rawValue)
        h = Self.absorb(h, UInt64(bitPattern: Int64(a)))
        h = Self.absorb(h, UInt64(bitPattern: Int64(b)))
        state = Self.absorb(h, UInt64(bitPattern: Int64(c)))
    }

    /// Folds one more key into a hash, order-sensitively.
    private static func absorb(_ hash: UInt64, _ key: UInt64) -> UInt64 {
        mix(hash ^ mix(key &+ 0x9E37_79B9_7F4A_7C15))
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// A number in `0..<bound`, by the multiply-high method (its bias, under 2^-30 for our bounds, does not matter).
    mutating func next(below bound: Int) -> Int {
        precondition(bound > 0, "an empty range has nothing to draw")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    mutating func next(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + next(below: range.count)
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < probability
    }

    /// An element of `elements`, which must not be empty.
    mutating func element<C: RandomAccessCollection>(of elements: C) -> C.Element where C.Index == Int {
        elements[elements.startIndex + next(below: elements.count)]
    }

    /// SplitMix64's finaliser: a bijection of 64-bit values that spreads every input bit over the output.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// What a draw is for: each purpose is its own stream, so that adding a draw for one purpose never shifts another.
enum DrawPurpose: UInt64 {
    case householdSizes = 1
    case household
    case member
    case blockOrder
    case phoneNumbers
    case strangerPhoneNumbers
    case stranger
    case seedRecord
    case seedPlacement
    case sample
    case rowOrder
    case noise
}
