/// A made-up recovered list — what investigators find at a broker or a buyer — drawn from chosen batches in given
/// proportions, with seed records and strangers mixed in, noise applied, and rows shuffled; every row carries its
/// truth, so that attribution can be scored.
///
/// The list is made of, in this order before shuffling: `rowCount - strangers - seeds` population persons drawn
/// from the sources (each source's share of them, largest remainder rounding); every seed record of the batches in
/// `seedsOf`; and `strangerShare × rowCount` strangers (rounded). No person is drawn twice: a source skips persons an
/// earlier source took, which matters when source ranges overlap.
///
/// Rows are computed one at a time from the draw (four bytes per drawn person), so writing a list streams.
package struct RecoveredList: Sendable {
    package let population: Population
    /// How many rows the list holds, numbered 1...count.
    package let count: Int
    package let noise: NoiseRates
    /// The batches the truth reports membership of.
    package let batches: [Range<Int>]
    /// The positions drawn from the sources, source after source.
    private let drawnPositions: [UInt32]
    private let seedBatches: [Batch]
    private let seedCount: Int
    private let rowOrder: KeyedPermutation

    /// Where a list's population rows come from: a range of extract positions, and the share of those rows it gives.
    package struct Source: Sendable, Hashable {
        package var positions: Range<Int>
        package var share: Double

        package init(positions: Range<Int>, share: Double) {
            self.positions = positions
            self.share = share
        }
    }

    /// Draws the list. `batches` are the batches whose membership the truth reports (each seed record is also in
    /// the batch it was planted in); without any, the sources' ranges are taken as the batches.
    ///
    /// - Throws: `RecoveredList.RecipeError` when the numbers cannot work: shares or rates out of range, more seeds
    ///   and strangers than rows, a source asked for more persons than its range has left, or a batch of another
    ///   population.
    /// - Complexity: O(rows + the span of the sources' ranges / 8) time and memory.
    package init(
        population: Population, sources: [Source], rowCount: Int, strangerShare: Double = 0,
        seedsOf seedBatches: [Batch] = [],
        noise: NoiseRates = NoiseRates(), batches: [Range<Int>] = []
    ) throws(RecipeError) {
        try RecipeError.check(sources: sources, rowCount: rowCount, strangerShare: strangerShare, noise: noise)
        let seedCount = seedBatches.reduce(0) { $0 + $1.seedCount }
        let strangerCount = Int((Double(rowCount) * strangerShare).rounded())
        let drawnCount = rowCount - strangerCount - seedCount
        guard drawnCount >= 0 else {
            throw RecipeError(
                description: "\(rowCount) rows cannot hold \(seedCount) seed records and \(strangerCount) strangers")
        }
        guard seedBatches.allSatisfy({ $0.population.seed == population.seed }) else {
            throw RecipeError(description: "seed records come from a batch of another population")
        }
        guard drawnCount == 0 || !sources.isEmpty else {
            throw RecipeError(description: "\(drawnCount) rows are left for persons of the population, but no source")
        }
        self.population = population
        count = rowCount
        self.noise = noise
        self.batches = batches.isEmpty ? sources.map(\.positions) : batches
        self.seedBatches = seedBatches
        self.seedCount = seedCount
        drawnPositions = try Self.draw(
            Self.split(drawnCount, by: sources.map(\.share)), from: sources.map(\.positions), seed: population.seed)
        rowOrder = KeyedPermutation(count: rowCount, purpose: .rowOrder, seed: population.seed, rowCount)
    }

    /// Row `number`, in `1...count`.
    package func row(_ number: Int) -> Row {
        precondition(number >= 1 && number <= count, "row \(number) outside 1...\(count)")
        let item = rowOrder[number - 1]
        var profile: Profile
        var inBatches: [Range<Int>]
        if item < drawnPositions.count {
            let position = Int(drawnPositions[item])
            profile = population.profile(at: population.index(atPosition: position))
            inBatches = batches.filter { $0.contains(position) }
        } else if item < drawnPositions.count + seedCount {
            var seed = item - drawnPositions.count
            var batch = 0
            while seed >= seedBatches[batch].seedCount {
                seed -= seedBatches[batch].seedCount
                batch += 1
            }
            profile = population.seedProfile(seed + 1, plantedIn: seedBatches[batch].positions)
            inBatches = [seedBatches[batch].positions]
        } else {
            profile = population.strangerProfile(item - drawnPositions.count - seedCount)
            inBatches = []
        }
        var random = SplitMix64(.noise, seed: population.seed, count, item)
        let (presentation, applied) = profile.applyNoise(at: noise, using: &random)
        return Row(
            number: number, person: profile.rendered(presentation),
            truth: Truth(origin: profile.origin, batches: inBatches, noise: applied))
    }

    /// One row of a recovered list, with its truth.
    package struct Row: Sendable, Hashable {
        /// From 1, as the list's data rows are numbered.
        package var number: Int
        /// The row as the list writes it, noise and all. Its `origin` is the truth's.
        package var person: SyntheticPerson
        package var truth: Truth
    }

    /// What really lies behind a row.
    package struct Truth: Sendable, Hashable {
        /// The population person, seed record or stranger the row was made from.
        package var origin: SyntheticPerson.Origin
        /// The list's batches that hold that person, in the order they were given: none for a stranger.
        package var batches: [Range<Int>]
        package var noise: AppliedNoise
    }
}
