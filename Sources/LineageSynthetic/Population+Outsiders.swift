extension Population {
    /// Stranger `number` (from 0): a made-up person like the population's but in no batch, with a phone number of
    /// its own under 070, which the population never uses. Name and birth date may coincide with a population
    /// person's, as unrelated people's do.
    package func stranger(_ number: Int) -> SyntheticPerson {
        strangerProfile(number).rendered()
    }

    func strangerProfile(_ number: Int) -> Profile {
        var random = SplitMix64(.stranger, seed: seed, number)
        return outsiderProfile(
            origin: .stranger(number: number), family: random.element(of: FamilyNames.common),
            phone: .mobile(prefix: "070", subscriber: strangerNumbers[number]), using: &random)
    }

    /// Seed record `number` (from 1) planted in the batch of `batch` positions: a decoy that shares no family name
    /// (so no name key) and no phone number with anyone in the population, with a phone under 050. It depends only
    /// on the seed, the batch's range and the number, so a list can include the seeds a batch file holds.
    package func seedRecord(_ number: Int, plantedIn batch: Range<Int>) -> SyntheticPerson {
        seedProfile(number, plantedIn: batch).rendered()
    }

    func seedProfile(_ number: Int, plantedIn batch: Range<Int>) -> Profile {
        var random = SplitMix64(.seedRecord, seed: seed, batch.lowerBound, batch.upperBound, number)
        return outsiderProfile(
            origin: .seed(batch: batch, number: number), family: random.element(of: FamilyNames.seedOnly),
            phone: .mobile(prefix: "050", subscriber: random.next(below: PhonePlan.numbers)), using: &random)
    }

    /// A person of a household of one, outside the population.
    private func outsiderProfile(
        origin: SyntheticPerson.Origin, family: NamePart, phone: PhoneNumber, using random: inout SplitMix64
    ) -> Profile {
        let gender: Gender = random.chance(0.5) ? .female : .male
        let municipality = PhonePlan.municipality(ofNumber: random.next(below: PhonePlan.numbers))
        return Profile(
            origin: origin, family: family, given: random.element(of: GivenNames.names(for: gender)), gender: gender,
            birthDate: BirthDate.random(in: random.next(in: BirthDate.years), using: &random), phone: phone,
            home: Home.random(in: municipality, using: &random))
    }
}
