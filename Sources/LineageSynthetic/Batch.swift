/// A batch: one extract of the population, as the engineer in the Benesse case copied it — the persons at a
/// contiguous range of extract positions (see `Population.index(atPosition:)`) — with seed records planted among
/// them. Two batches share exactly the persons of the positions their ranges share.
///
/// A batch is a collection of its file's rows, in order: the persons in position order, with the seed records at
/// places drawn from the seed. Rows are computed when read, so a batch of millions streams in constant memory, and
/// any row can be read on its own.
package struct Batch: Sendable, RandomAccessCollection {
    package let population: Population
    /// The extract positions of the batch's persons (not to be confused with the collection's indices, its rows).
    package let positions: Range<Int>
    package let seedCount: Int
    /// The file row of each seed record, in row order, with its number.
    private let seedRows: [(row: Int, number: Int)]

    /// The batch of `positions`, which must lie in `0..<Population.capacity`, holding seed records 1...`seedCount`.
    package init(of population: Population, positions: Range<Int>, seedCount: Int = 0) {
        precondition(
            positions.lowerBound >= 0 && positions.upperBound <= Population.capacity, "positions outside the population"
        )
        precondition(seedCount >= 0, "a negative number of seed records")
        self.population = population
        self.positions = positions
        self.seedCount = seedCount
        // Each seed record goes before the person at a drawn offset (or after the last); seeds drawn to the same
        // offset follow one another in number order.
        let placements = (0..<seedCount).map { index in
            let number = index + 1
            var random = SplitMix64(
                .seedPlacement, seed: population.seed, positions.lowerBound, positions.upperBound, number)
            return (offset: random.next(below: positions.count + 1), number: number)
        }.sorted { ($0.offset, $0.number) < ($1.offset, $1.number) }
        seedRows = placements.enumerated().map { (row: $1.offset + $0, number: $1.number) }
    }

    package var startIndex: Int { 0 }

    /// Rows in the batch file: its persons and its seed records.
    package var endIndex: Int { positions.count + seedCount }

    /// The person or seed record on data row `row` (from 0) of the batch file.
    ///
    /// - Complexity: O(log `seedCount`), plus the cost of making up one person.
    package subscript(row: Int) -> SyntheticPerson {
        precondition(row >= 0 && row < endIndex, "row \(row) outside the batch")
        var low = 0
        var high = seedRows.count
        while low < high {
            let middle = (low + high) / 2
            if seedRows[middle].row < row { low = middle + 1 } else { high = middle }
        }
        if low < seedRows.count && seedRows[low].row == row {
            return population.seedRecord(seedRows[low].number, plantedIn: positions)
        }
        return population.person(at: population.index(atPosition: positions.lowerBound + row - low))
    }

    /// Seed records 1...`seedCount`, in number order, as a seeds file lists them.
    package var seedRecords: [SyntheticPerson] {
        (0..<seedCount).map { population.seedRecord($0 + 1, plantedIn: positions) }
    }
}
