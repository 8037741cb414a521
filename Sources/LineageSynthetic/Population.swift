/// A deterministic population of made-up children and their households, large enough for the Benesse case's tens
/// of millions of records, computed person by person and never stored.
///
/// Person `index` is derived from a hash of `(seed, index)` alone, so any person can be produced in any order, and a
/// 30,000,000-record database streams in constant memory. The same seed always gives the same people; each seed
/// gives a different population.
///
/// Persons come in households of one to three siblings at consecutive indices, who share family name, phone,
/// postal code and address and differ in given name, gender and birth date (born 1996–2013). Extracts read the
/// population in a shuffled *extract order* (see `index(atPosition:)`), which keeps siblings together.
package struct Population: Sendable {
    package let seed: UInt64
    /// Shuffles blocks of `blockSize` indices into the extract order.
    let blockOrder: KeyedPermutation
    /// Gives each household a distinct number, which decides its municipality and phone number.
    let householdNumbers: KeyedPermutation
    /// Gives each stranger a distinct phone number.
    let strangerNumbers: KeyedPermutation

    /// How many persons the population holds: every household needs its own phone number, and there are
    /// 100,000,000 of them.
    package static let capacity = blockCount * blockSize

    /// Households never straddle a block of this many consecutive indices.
    static let blockSize = 6
    static let blockCount = PhonePlan.numbers / blockSize

    package init(seed: UInt64) {
        self.seed = seed
        blockOrder = KeyedPermutation(count: Self.blockCount, purpose: .blockOrder, seed: seed)
        householdNumbers = KeyedPermutation(count: PhonePlan.numbers, purpose: .phoneNumbers, seed: seed)
        strangerNumbers = KeyedPermutation(count: PhonePlan.numbers, purpose: .strangerPhoneNumbers, seed: seed)
    }

    /// Person `index`, which must be in `0..<Population.capacity`.
    package func person(at index: Int) -> SyntheticPerson {
        profile(at: index).rendered()
    }

    /// The person at `position` of the extract order, a shuffle of whole blocks of consecutive indices: a batch is
    /// a contiguous range of positions, so two batches overlap by exactly the overlap of their ranges, and siblings
    /// usually land in the same batch, as they do in real database extracts.
    ///
    /// `position` must be in `0..<Population.capacity`.
    package func index(atPosition position: Int) -> Int {
        precondition(position >= 0 && position < Self.capacity, "position \(position) outside the population")
        return blockOrder[position / Self.blockSize] * Self.blockSize + position % Self.blockSize
    }
}
