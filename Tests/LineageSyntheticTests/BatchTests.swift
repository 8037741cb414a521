import LineageSynthetic
import Testing

@Suite struct BatchTests {
    let population = Population(seed: 7)

    @Test func batchesOverlapExactlyAsTheirRangesDo() {
        let a = Batch(of: population, positions: 0..<3_000)
        let b = Batch(of: population, positions: 2_500..<5_500)
        let inA = Set(a.map(\.origin))
        let inB = Set(b.map(\.origin))
        #expect(inA.count == 3_000 && inB.count == 3_000)
        #expect(inA.intersection(inB).count == 500)
        let overlap = Set((2_500..<3_000).map(population.index(atPosition:)))
        #expect(Set(inA.intersection(inB).map(\.index)) == overlap)
    }

    @Test func siblingsUsuallyShareABatch() {
        let batch = Batch(of: population, positions: 6_000..<36_000)
        let households = Dictionary(grouping: batch.map(\.origin), by: \.household)
        let split = households.values.filter { members in
            guard let first = members.first else { return false }
            let household = (first.household..<first.household + 3).filter {
                population.person(at: $0).origin.household == first.household
            }
            return members.count < household.count
        }
        #expect(split.count <= 2)
    }

    @Test func seedRecordsArePlantedInTheBatch() throws {
        let batch = Batch(of: population, positions: 100..<1_100, seedCount: 20)
        #expect(batch.count == 1_020)
        let rows = Array(batch)
        let seedRows = rows.indices.filter { if case .seed = rows[$0].origin { true } else { false } }
        #expect(Set(seedRows.map { rows[$0] }) == Set(batch.seedRecords))
        #expect(seedRows.count == 20)
        #expect(seedRows.contains { $0 < 500 } && seedRows.contains { $0 >= 500 }, "seeds are spread over the file")
        for (number, seed) in batch.seedRecords.enumerated() {
            #expect(seed.origin == .seed(batch: 100..<1_100, number: number + 1))
            #expect(seed == population.seedRecord(number + 1, plantedIn: 100..<1_100))
            Expect.looksLikeARecord(seed)
        }
        let unseeded = Batch(of: population, positions: 100..<1_100)
        #expect(rows.filter { if case .population = $0.origin { true } else { false } } == Array(unseeded))
    }

    @Test func seedRecordsAreUnlikeAnyoneInThePopulation() {
        let seeds = (1...500).map { population.seedRecord($0, plantedIn: 0..<3_000_000) }
        let seedFamilies = Set(seeds.map { $0.nameKanji.split(separator: "　")[0] })
        let seedReadings = Set(seeds.map { $0.nameKana.split(separator: "　")[0] })
        for index in stride(from: 0, to: 3_000_000, by: 101) {
            let person = population.person(at: index)
            #expect(!seedFamilies.contains(person.nameKanji.split(separator: "　")[0]))
            #expect(!seedReadings.contains(person.nameKana.split(separator: "　")[0]))
        }
        #expect(seeds.allSatisfy { $0.phone.hasPrefix("050-") })
        #expect(Set(seeds.map(\.phone)).count == seeds.count)
        let otherBatch = (1...500).map { population.seedRecord($0, plantedIn: 0..<2_999_999) }
        #expect(Set(seeds).isDisjoint(with: otherBatch))
    }

    @Test func anyRowCanBeReadOnItsOwn() {
        let batch = Batch(of: population, positions: 40..<140, seedCount: 7)
        let rows = Array(batch)
        for row in [0, 1, 50, 106] { #expect(batch[row] == rows[row]) }
        #expect(rows.count == 107)
    }
}

extension SyntheticPerson.Origin {
    /// The person index of a population person, -1 otherwise.
    var index: Int {
        if case .population(let index, _) = self { index } else { -1 }
    }

    var household: Int {
        if case .population(_, let household) = self { household } else { -1 }
    }
}
