import LineageSynthetic
import Testing

@Suite struct PopulationTests {
    let population = Population(seed: 7)

    @Test func theSameSeedGivesTheSamePeople() {
        let again = Population(seed: 7)
        for index in [0, 1, 2, 5, 6, 12_345, 29_999_999, Population.capacity - 1] {
            #expect(population.person(at: index) == again.person(at: index))
        }
    }

    @Test func anotherSeedGivesOtherPeople() {
        let other = Population(seed: 8)
        let differing = (0..<1_000).filter { population.person(at: $0) != other.person(at: $0) }
        #expect(differing.count == 1_000)
        let samePhones = (0..<1_000).filter { population.person(at: $0).phone == other.person(at: $0).phone }
        #expect(samePhones.count < 5)
    }

    @Test func siblingsShareTheirHousehold() throws {
        var households: [Int: [SyntheticPerson]] = [:]
        for index in 0..<6_000 {
            let person = population.person(at: index)
            guard case .population(let personIndex, let household) = person.origin else {
                Issue.record("person \(index) is not of the population")
                return
            }
            #expect(personIndex == index)
            #expect(household <= index && index - household < 3)
            households[household, default: []].append(person)
        }
        let sizes = households.values.map(\.count)
        #expect(Set(sizes) == [1, 2, 3])
        for members in households.values {
            let eldest = try #require(members.first)
            for sibling in members.dropFirst() {
                #expect(sibling.phone == eldest.phone)
                #expect(sibling.postalCode == eldest.postalCode)
                #expect(sibling.address == eldest.address)
                #expect(sibling.nameKanji.split(separator: "　").first == eldest.nameKanji.split(separator: "　").first)
                #expect(sibling.nameKana != eldest.nameKana)
                #expect(sibling.birthDate > eldest.birthDate)
            }
        }
    }

    @Test func householdsHaveTheirOwnPhones() {
        var households: [String: Int] = [:]
        for index in 0..<50_000 {
            let person = population.person(at: population.index(atPosition: index))
            guard case .population(_, let household) = person.origin else { continue }
            #expect(households.updateValue(household, forKey: person.phone) ?? household == household)
        }
    }

    @Test func valuesLookJapaneseAndAreNeverEmpty() {
        for index in stride(from: 0, to: 3_000_000, by: 997) {
            Expect.looksLikeARecord(population.person(at: index))
        }
        for number in 0..<300 {
            Expect.looksLikeARecord(population.stranger(number))
        }
    }

    @Test func childrenWereBornFrom1996To2013() {
        for index in stride(from: 0, to: 1_000_000, by: 101) {
            let year = Int(population.person(at: index).birthDate.prefix(4)) ?? 0
            #expect((1996...2013).contains(year))
        }
    }

    @Test func theExtractOrderIsAShuffleThatKeepsSiblingsTogether() {
        let indices = (0..<60_000).map(population.index(atPosition:))
        #expect(Set(indices).count == indices.count)
        #expect(indices.allSatisfy { $0 >= 0 && $0 < Population.capacity })
        #expect(indices.max() ?? 0 > 1_000_000)
        let adjacentSiblings = zip(indices, indices.dropFirst()).filter { $1 == $0 + 1 }.count
        #expect(adjacentSiblings == 50_000)
    }

    @Test func strangersHavePhonesNoHouseholdHas() {
        for number in 0..<1_000 {
            #expect(population.stranger(number).phone.hasPrefix("070-"))
        }
        for index in 0..<10_000 {
            let phone = population.person(at: index).phone
            #expect(!phone.hasPrefix("070-") && !phone.hasPrefix("050-"))
        }
    }
}
