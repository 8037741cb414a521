extension Population {
    /// The indices of the household that person `index` belongs to: households of one to three children fill each
    /// block of `blockSize` indices, their sizes drawn per block.
    func household(containing index: Int) -> Range<Int> {
        precondition(index >= 0 && index < Self.capacity, "person \(index) outside the population")
        let block = index / Self.blockSize
        let blockEnd = (block + 1) * Self.blockSize
        var random = SplitMix64(.householdSizes, seed: seed, block)
        var start = block * Self.blockSize
        while true {
            let drawn = random.next(below: 100)
            let size = min(drawn < 35 ? 1 : drawn < 80 ? 2 : 3, blockEnd - start)
            if index < start + size { return start..<(start + size) }
            start += size
        }
    }

    /// Person `index` before it is written down.
    func profile(at index: Int) -> Profile {
        let household = household(containing: index)
        var random = SplitMix64(.household, seed: seed, household.lowerBound)
        let family = random.element(of: FamilyNames.common)
        let number = householdNumbers[household.lowerBound]
        let municipality = PhonePlan.municipality(ofNumber: number)
        let phone =
            random.chance(0.65)
            ? PhoneNumber.mobile(prefix: random.chance(0.5) ? "090" : "080", subscriber: number)
            : PhonePlan.landline(ofNumber: number, in: municipality)
        let home = Home.random(in: municipality, using: &random)

        // Siblings are born one to three years apart; each draws a given name unlike the elder ones' readings.
        var year = random.next(
            in: BirthDate.years.lowerBound...(BirthDate.years.upperBound - 3 * (household.count - 1)))
        var elderReadings: [Int] = []
        var child: (given: NamePart, gender: Gender, birthDate: BirthDate)
        var sibling = household.lowerBound
        repeat {
            if sibling > household.lowerBound { year += random.next(in: 1...3) }
            let gender: Gender = random.chance(0.5) ? .female : .male
            let names = GivenNames.names(for: gender)
            var choice = random.next(below: names.count)
            while elderReadings.contains(GivenNames.reading(of: choice, for: gender)) {
                choice = (choice + 1) % names.count
            }
            child = (names[choice], gender, BirthDate.random(in: year, using: &random))
            elderReadings.append(GivenNames.reading(of: choice, for: gender))
            sibling += 1
        } while sibling <= index

        return Profile(
            origin: .population(index: index, household: household.lowerBound), family: family, given: child.given,
            gender: child.gender, birthDate: child.birthDate, phone: phone, home: home)
    }
}
