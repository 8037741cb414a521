import LineageSynthetic
import Testing

@Suite struct RecoveredListTests {
    let population = Population(seed: 7)

    func canonical(_ origin: SyntheticPerson.Origin) -> SyntheticPerson {
        switch origin {
        case .population(let index, _): population.person(at: index)
        case .seed(let batch, let number): population.seedRecord(number, plantedIn: batch)
        case .stranger(let number): population.stranger(number)
        }
    }

    func indices(_ positions: Range<Int>) -> Set<Int> { Set(positions.map(population.index(atPosition:))) }

    @Test func theSameArgumentsGiveTheSameList() throws {
        func draw(seed: UInt64) throws -> [RecoveredList.Row] {
            let list = try RecoveredList(
                population: Population(seed: seed), sources: [.init(positions: 0..<2_000, share: 1)], rowCount: 1_000,
                strangerShare: 0.1, noise: NoiseRates(variants: 0.3, typos: 0.1, moved: 0.1))
            return (1...list.count).map(list.row)
        }
        #expect(try draw(seed: 7) == draw(seed: 7))
        #expect(try draw(seed: 7) != draw(seed: 8))
    }

    @Test func rowsComeFromTheSourcesInTheirShares() throws {
        let a = 0..<5_000
        let b = 10_000..<15_000
        let list = try RecoveredList(
            population: population, sources: [.init(positions: a, share: 0.6), .init(positions: b, share: 0.4)],
            rowCount: 5_000, strangerShare: 0.1, seedsOf: [Batch(of: population, positions: a, seedCount: 10)])
        let origins = (1...list.count).map { list.row($0).truth.origin }
        #expect(Set(origins).count == 5_000, "nobody is drawn twice")
        let (inA, inB) = (indices(a), indices(b))
        #expect(origins.filter { inA.contains($0.index) }.count == 2_694)
        #expect(origins.filter { inB.contains($0.index) }.count == 1_796)
        #expect(origins.filter { if case .stranger = $0 { true } else { false } }.count == 500)
        #expect(Set(origins.compactMap { if case .seed(_, let number) = $0 { number } else { nil } }) == Set(1...10))
        #expect(origins.prefix(100).map(\.index) != origins.prefix(100).map(\.index).sorted(), "rows are shuffled")
    }

    @Test func theTruthNamesTheBatchesThatHoldEachRow() throws {
        let a = 0..<3_000
        let b = 2_500..<5_500
        let list = try RecoveredList(
            population: population, sources: [.init(positions: a, share: 0.5), .init(positions: b, share: 0.5)],
            rowCount: 4_000, strangerShare: 0.05, seedsOf: [Batch(of: population, positions: b, seedCount: 5)],
            batches: [a, b])
        let (inA, inB) = (indices(a), indices(b))
        var overlapRows = 0
        for number in 1...list.count {
            let truth = list.row(number).truth
            switch truth.origin {
            case .population(let index, _):
                #expect(truth.batches == [a, b].filter { ($0 == a ? inA : inB).contains(index) })
                #expect(!truth.batches.isEmpty)
                if truth.batches.count == 2 { overlapRows += 1 }
            case .seed(let batch, _):
                #expect(batch == b && truth.batches == [b])
            case .stranger:
                #expect(truth.batches.isEmpty)
                #expect(list.row(number).person.phone.hasPrefix("070"))
            }
        }
        #expect(overlapRows > 200, "the overlap is drawn from too")
    }

    @Test func noiseStrikesAtTheRatesAsked() throws {
        let list = try RecoveredList(
            population: population, sources: [.init(positions: 0..<20_000, share: 1)], rowCount: 10_000,
            noise: NoiseRates(variants: 0.3, typos: 0.1, moved: 0.05))
        let noise = (1...list.count).map { list.row($0).truth.noise }
        let variants = noise.filter { $0.kinds.contains(where: \.isPresentationVariant) }.count
        #expect(abs(variants - 3_000) < 4 * 46)
        #expect(abs(noise.filter { $0.contains(.typo) }.count - 1_000) < 4 * 30)
        #expect(abs(noise.filter { $0.contains(.moved) }.count - 500) < 4 * 22)
        for kind in NoiseKind.allCases {
            #expect(noise.contains { $0.contains(kind) }, "\(kind) occurs")
        }
    }

    @Test func noiseBreaksOnlyTheKeysItShould() throws {
        let list = try RecoveredList(
            population: population, sources: [.init(positions: 0..<10_000, share: 1)], rowCount: 5_000,
            strangerShare: 0.05, seedsOf: [Batch(of: population, positions: 0..<10_000, seedCount: 20)],
            noise: NoiseRates(variants: 0.5, typos: 0.2, moved: 0.2))
        for number in 1...list.count {
            let row = list.row(number)
            let original = canonical(row.truth.origin)
            #expect(row.person.origin == row.truth.origin)
            if row.truth.noise.isEmpty {
                #expect(row.person == original)
                continue
            }
            let (seen, truth) = (Normalised(row.person), Normalised(original))
            #expect(seen.nameKanji == truth.nameKanji)
            #expect(seen.birthDate == truth.birthDate)
            #expect(seen.phone == truth.phone, "\(row.person.phone) is \(original.phone)")
            #expect((seen.nameKana == truth.nameKana) != row.truth.noise.contains(.typo), "\(row.person.nameKana)")
            let sameAddress = seen.postalCode == truth.postalCode && seen.address == truth.address
            #expect(sameAddress != row.truth.noise.contains(.moved), "\(row.person.address) was \(original.address)")
            if row.truth.noise.contains(.typo) {
                let differing = zip(seen.nameKana, truth.nameKana).filter { $0 != $1 }.count
                #expect(seen.nameKana.count == truth.nameKana.count && differing == 1)
            }
        }
    }

    @Test func variantsChangeHowValuesAreWritten() throws {
        let list = try RecoveredList(
            population: population, sources: [.init(positions: 0..<10_000, share: 1)], rowCount: 3_000,
            noise: NoiseRates(variants: 1))
        for number in 1...list.count {
            let row = list.row(number)
            let original = canonical(row.truth.origin)
            #expect(row.person != original)
            let noise = row.truth.noise
            if noise.contains(.fullWidth) { #expect(!row.person.birthDate.contains { $0.isASCII }) }
            if noise.contains(.halfWidthKana) {
                #expect(row.person.nameKana.unicodeScalars.allSatisfy { $0.value >= 0xFF61 || $0 == " " })
            }
            if noise.contains(.hiraganaReading) {
                #expect(row.person.nameKana.unicodeScalars.contains { (0x3041...0x3096).contains($0.value) })
            }
            if noise.contains(.phoneInternational) {
                #expect(row.person.phone.hasPrefix("+81 ") || row.person.phone.hasPrefix("＋８１"))
            }
            if noise.contains(.postalMark) { #expect(row.person.postalCode.hasPrefix("〒")) }
            if noise.contains(.prefectureDropped) { #expect(!row.person.address.hasPrefix(original.address.prefix(2))) }
            if noise.contains(.blockHyphens) { #expect(!row.person.address.contains("丁目")) }
        }
    }

    @Test func impossibleListsAreRefused() {
        #expect(throws: RecoveredList.RecipeError.self) {
            try RecoveredList(population: population, sources: [.init(positions: 0..<100, share: 1)], rowCount: 101)
        }
        #expect(throws: RecoveredList.RecipeError.self) {
            try RecoveredList(
                population: population,
                sources: [.init(positions: 0..<100, share: 0.5), .init(positions: 50..<150, share: 0.5)],
                rowCount: 150)
        }
        #expect(throws: RecoveredList.RecipeError.self) {
            try RecoveredList(population: population, sources: [], rowCount: 10, strangerShare: 0.5)
        }
        #expect(throws: RecoveredList.RecipeError.self) {
            try RecoveredList(
                population: population, sources: [.init(positions: 0..<100, share: 1)], rowCount: 10, strangerShare: 1.5
            )
        }
        #expect(throws: RecoveredList.RecipeError.self) {
            try RecoveredList(
                population: population, sources: [], rowCount: 5,
                seedsOf: [Batch(of: Population(seed: 8), positions: 0..<10, seedCount: 5)])
        }
        #expect(throws: Never.self) {
            try RecoveredList(population: population, sources: [], rowCount: 10, strangerShare: 1)
        }
    }
}
