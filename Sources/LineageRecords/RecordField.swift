/// A data item of a customer record that attribution can use, named as the evidence format names a dataset's
/// `<field>`s, so that `--columns name-kana=3` and `<field>name-kana</field>` say the same thing.
///
/// `gender` is read but is no part of any match key: too coarse to identify anyone.
public enum RecordField: String, CaseIterable, Sendable, Codable, Comparable {
    case nameKanji = "name-kanji"
    case nameKana = "name-kana"
    case birthDate = "birth-date"
    case phone
    case postalCode = "postal-code"
    case address
    case gender

    /// The field's place in `allCases`: a row keeps its fields in a fixed-size array indexed by it.
    package var ordinal: Int {
        switch self {
        case .nameKanji: 0
        case .nameKana: 1
        case .birthDate: 2
        case .phone: 3
        case .postalCode: 4
        case .address: 5
        case .gender: 6
        }
    }

    public static func < (lhs: RecordField, rhs: RecordField) -> Bool { lhs.ordinal < rhs.ordinal }
}
