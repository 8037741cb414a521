import LineageRecords
import LineageSynthetic

/// The columns the files hold, each a header and the field under it.
enum Columns {
    /// Batch and seed files: headers are the field names of `RecordField`, in its order, so that
    /// `lineage fingerprint` can read them by name.
    static let batch = RecordField.allCases.map { (header: $0.rawValue, field: $0) }

    /// Recovered lists: Japanese headers in another order, as a broker's list has, to exercise choosing columns by
    /// header.
    static let list: [(header: String, field: RecordField)] = [
        ("電話番号", .phone), ("氏名", .nameKanji), ("フリガナ", .nameKana), ("郵便番号", .postalCode), ("住所", .address),
        ("生年月日", .birthDate), ("性別", .gender),
    ]
}

extension RowEncoder {
    /// Appends `person` as one row of `columns`.
    func append(_ person: SyntheticPerson, as columns: [(header: String, field: RecordField)], to bytes: inout [UInt8])
    {
        for (index, column) in columns.enumerated() {
            appendField(person.value(of: column.field), first: index == 0, to: &bytes)
        }
        endRow(&bytes)
    }
}

extension SyntheticPerson {
    func value(of field: RecordField) -> String {
        switch field {
        case .nameKanji: nameKanji
        case .nameKana: nameKana
        case .birthDate: birthDate
        case .phone: phone
        case .postalCode: postalCode
        case .address: address
        case .gender: gender.rawValue
        }
    }
}
