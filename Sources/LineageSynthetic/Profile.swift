/// A synthetic person before it is written down: the parts noise works on (which kana, which block, which phone
/// number), from which `rendered(_:)` writes the record.
struct Profile: Sendable {
    var origin: SyntheticPerson.Origin
    var family: NamePart
    var given: NamePart
    var gender: Gender
    var birthDate: BirthDate
    var phone: PhoneNumber
    var home: Home

    /// The record as written with `presentation`: the canonical form unless noise asks otherwise.
    func rendered(_ presentation: Presentation = Presentation()) -> SyntheticPerson {
        let separator = presentation.nameSeparator
        var reading = family.kana + separator + given.kana
        switch presentation.readingScript {
        case .katakana: break
        case .halfWidthKatakana: reading = Kana.halfWidth(reading)
        case .hiragana: reading = Kana.hiragana(reading)
        }
        var postalCode = home.postalCode
        if !presentation.postalHyphen { postalCode.removeAll { $0 == "-" } }
        var address = home.locality(blockStyle: presentation.blockStyle)
        if presentation.writesPrefecture { address.insert(contentsOf: home.prefecture, at: address.startIndex) }
        var birthDate = birthDate.written
        var phone = presentation.phoneStyle.write(phone)
        if presentation.fullWidth {
            birthDate = Kana.fullWidth(birthDate)
            phone = Kana.fullWidth(phone)
            postalCode = Kana.fullWidth(postalCode)
            address = Kana.fullWidth(address)
        }
        if presentation.postalMark { postalCode = "〒" + postalCode }
        return SyntheticPerson(
            origin: origin, nameKanji: family.kanji + separator + given.kanji, nameKana: reading,
            birthDate: birthDate, phone: phone, postalCode: postalCode, address: address, gender: gender)
    }
}

/// How a record is written: everything a presentation variant can change.
struct Presentation: Sendable {
    var nameSeparator = "　"
    var readingScript = ReadingScript.katakana
    var phoneStyle = PhoneStyle.hyphens
    var postalMark = false
    var postalHyphen = true
    var blockStyle = Home.BlockStyle.kanji
    var writesPrefecture = true
    var fullWidth = false

    enum ReadingScript {
        case katakana
        case halfWidthKatakana
        case hiragana
    }

    enum PhoneStyle {
        /// "03-5123-4567".
        case hyphens
        /// "(03)5123-4567".
        case parentheses
        /// "0351234567".
        case digitsOnly
        /// "+81 3 5123 4567".
        case international

        func write(_ phone: PhoneNumber) -> String {
            switch self {
            case .hyphens: phone.written
            case .parentheses: "(\(phone.area))\(phone.exchange)-\(phone.line)"
            case .digitsOnly: phone.area + phone.exchange + phone.line
            case .international: "+81 \(phone.area.dropFirst()) \(phone.exchange) \(phone.line)"
            }
        }
    }
}
