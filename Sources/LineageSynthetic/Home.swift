/// Where a household lives: a made-up block ("2丁目14番7号") in a town of a made-up municipality, perhaps a room in
/// an apartment building.
struct Home: Sendable {
    /// Index into `Municipalities.all`.
    var municipality: Int
    /// Index into `Municipalities.towns`.
    var town: Int
    var chome: Int
    var ban: Int
    var go: Int
    /// For those who live in an apartment building.
    var apartment: Apartment?

    struct Apartment: Sendable {
        /// Index into `Municipalities.buildings`.
        var building: Int
        /// "305": floor, then room.
        var room: Int
    }

    /// A home in `municipality`, every other detail drawn from `random`.
    static func random(in municipality: Int, using random: inout SplitMix64) -> Home {
        var home = Home(
            municipality: municipality, town: random.next(below: Municipalities.towns.count),
            chome: random.next(in: 1...5), ban: random.next(in: 1...30), go: random.next(in: 1...25))
        if random.chance(0.3) {
            home.apartment = Apartment(
                building: random.next(below: Municipalities.buildings.count),
                room: random.next(in: 1...8) * 100 + random.next(in: 1...6))
        }
        return home
    }

    /// "123-4567": the municipality's prefix, then four digits fixed for the town (the same in every population).
    var postalCode: String {
        let townDigits = (town * 617 + municipality * 37 + 11) % 9_000 + 1_000
        return "\(Municipalities.all[municipality].postalPrefix)-\(townDigits)"
    }

    var prefecture: String { Municipalities.all[municipality].prefecture }

    /// The address after the prefecture, with the block written `blockStyle`.
    func locality(blockStyle: BlockStyle) -> String {
        var text = ""
        text.reserveCapacity(120)
        text += Municipalities.all[municipality].name
        text += Municipalities.towns[town]
        switch blockStyle {
        case .kanji: text += "\(chome)丁目\(ban)番\(go)号"
        case .hyphens: text += "\(chome)-\(ban)-\(go)"
        }
        if let apartment { text += "　\(Municipalities.buildings[apartment.building])\(apartment.room)" }
        return text
    }

    /// How the block number is written: the canonical "1丁目2番3号", or the "1-2-3" many lists use.
    enum BlockStyle {
        case kanji
        case hyphens
    }
}
