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

    /// Whether matching on `bases` shows the same person, for a list that gives keys on `available` bases.
    ///
    /// The same person: a match on name and address, or on name and birth date corroborated by the phone. When
    /// the list gives neither an address key nor a phone, name and birth date is the best there is, and counts.
    public static func showsPerson(_ bases: Set<Basis>, available: Set<Basis>) -> Bool {
        bases.contains(.nameAndAddress)
            || bases.contains(.nameAndBirthDate)
                && (bases.contains(.household) || available.isDisjoint(with: [.nameAndAddress, .household]))
    }
}
