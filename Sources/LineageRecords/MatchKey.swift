/// A combination of normalised fields that picks out one person (or one household) across lists: what is
/// fingerprinted and compared. A row contributes a key only when every one of its fields has a usable value.
///
/// Several keys per record make matching robust to the ways lists differ: a typo in the reading breaks the
/// reading keys but not the kanji name's; a move breaks the address key but not the birth-date keys.
public struct MatchKey: Sendable, Hashable, CustomStringConvertible {
    /// What a match on the key shows: that the same person is in both lists, or only someone of the same household
    /// (siblings share a phone number, as the children on a family's education-course record do).
    public enum Scope: String, Sendable, Hashable, Codable {
        case person
        case household
    }

    /// The key's name in reports and in the store: `kana-birth`.
    public let name: String
    public let fields: [RecordField]
    public let scope: Scope

    public var description: String { name }

    /// Reading + birth date: the key Japanese customer lists most reliably share.
    public static let readingAndBirthDate = MatchKey(name: "kana-birth", fields: [.nameKana, .birthDate], scope: .person)
    /// Kanji name + birth date: survives a mistyped reading.
    public static let nameAndBirthDate = MatchKey(name: "name-birth", fields: [.nameKanji, .birthDate], scope: .person)
    /// Postal code + address + reading: survives a missing or mistyped birth date.
    public static let addressAndReading = MatchKey(
        name: "address-kana", fields: [.postalCode, .address, .nameKana], scope: .person)
    /// Phone number: survives a move and any change of name, but is shared by a household.
    public static let phone = MatchKey(name: "phone", fields: [.phone], scope: .household)

    /// Every key, in the order reports list them.
    public static let all: [MatchKey] = [readingAndBirthDate, nameAndBirthDate, addressAndReading, phone]

    /// The keys a file with these columns can give.
    public static func available(with fields: some Collection<RecordField>) -> [MatchKey] {
        all.filter { key in key.fields.allSatisfy(fields.contains) }
    }

    public static func named(_ name: String) -> MatchKey? { all.first { $0.name == name } }
}
