/// A combination of normalised fields that picks out one person (or one household) across lists: what is
/// fingerprinted and compared. A row contributes a key only when every one of its fields has a usable value.
///
/// Several keys per record make matching robust to the ways lists differ: a typo in the reading breaks the
/// reading keys but not the kanji name's; a move breaks the address key but not the birth-date keys.
public struct MatchKey: Sendable, Hashable, CustomStringConvertible {
    /// What a match on the key shows on its own.
    ///
    /// A reading or name with a birth date picks out one person among thousands, but not among tens of millions:
    /// namesakes born on the same day exist at that scale, so such a match needs corroborating (by the phone) before
    /// it counts. A reading with a postal code and an address picks out one person in practice. A phone number is
    /// shared by a household (siblings on one family's course record).
    public enum Basis: String, Sendable, Hashable, Codable {
        case nameAndBirthDate = "name-and-birth-date"
        case nameAndAddress = "name-and-address"
        case household
    }

    /// The key's name in reports and in the store: `kana-birth`.
    public let name: String
    public let fields: [RecordField]
    public let basis: Basis

    public var description: String { name }

    /// Reading + birth date: the key Japanese customer lists most reliably share.
    public static let readingAndBirthDate = MatchKey(
        name: "kana-birth", fields: [.nameKana, .birthDate], basis: .nameAndBirthDate)
    /// Kanji name + birth date: survives a mistyped reading.
    public static let nameAndBirthDate = MatchKey(
        name: "name-birth", fields: [.nameKanji, .birthDate], basis: .nameAndBirthDate)
    /// Postal code + address + reading: survives a missing or mistyped birth date.
    public static let addressAndReading = MatchKey(
        name: "address-kana", fields: [.postalCode, .address, .nameKana], basis: .nameAndAddress)
    /// Phone number: survives a move and any change of name, but is shared by a household.
    public static let phone = MatchKey(name: "phone", fields: [.phone], basis: .household)

    /// Every key, in the order reports list them.
    public static let all: [MatchKey] = [readingAndBirthDate, nameAndBirthDate, addressAndReading, phone]

    /// The keys a file with these columns can give.
    public static func available(with fields: some Collection<RecordField>) -> [MatchKey] {
        all.filter { key in key.fields.allSatisfy(fields.contains) }
    }

    public static func named(_ name: String) -> MatchKey? { all.first { $0.name == name } }

    /// Whether matching on `bases` shows the same person, for a list that gives keys on `available` bases:
    /// ``strength(of:available:)`` is ``MatchStrength/person``.
    public static func showsPerson(_ bases: Set<Basis>, available: Set<Basis>) -> Bool {
        strength(of: bases, available: available) == .person
    }

    /// What matching a record on `bases` shows, for a list that gives keys on `available` bases: the same-person
    /// rule, written once. `Attributor` applies it to 64 datasets at a time as bit operations (`RowMasks`), and a
    /// test compares the two forms on every combination of bases.
    ///
    /// The same person: a match on name and address, or on name and birth date corroborated by the phone. When
    /// the list gives neither an address key nor a phone, name and birth date is the best there is, and counts.
    /// Otherwise a name and birth date alone may be a namesake born the same day, and a phone alone a sibling.
    public static func strength(of bases: Set<Basis>, available: Set<Basis>) -> MatchStrength {
        if bases.contains(.nameAndAddress) { return .person }
        if bases.contains(.nameAndBirthDate) {
            let corroborated = bases.contains(.household) || !needsCorroboration(available: available)
            return corroborated ? .person : .nameAndBirthDateOnly
        }
        return bases.contains(.household) ? .householdOnly : .none
    }

    /// Whether a name and birth date match needs the phone to count, for a list that gives keys on `available`
    /// bases: it does whenever the list could have corroborated it, by an address or a phone.
    public static func needsCorroboration(available: Set<Basis>) -> Bool {
        !available.isDisjoint(with: [.nameAndAddress, .household])
    }
}

/// What a row's matches with one dataset show, under ``MatchKey/strength(of:available:)``.
public enum MatchStrength: String, Sendable, Hashable, CaseIterable {
    /// The same person.
    case person
    /// Only a name and birth date, uncorroborated: perhaps a namesake born the same day.
    case nameAndBirthDateOnly = "name-and-birth-date"
    /// Only the phone: perhaps another member of the household.
    case householdOnly = "household"
    /// Nothing.
    case none
}
