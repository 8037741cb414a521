import Foundation
import LineageSynthetic

/// A record as a normaliser should see it, written here independently of the generator: NFKC, katakana readings,
/// no spaces in names, digits only in phone (+81 read as 0) and postal code, "1-2-3" blocks and no prefecture.
/// Presentation variants must not change it; typos and moves must.
struct Normalised: Equatable {
    var nameKanji: String
    var nameKana: String
    var birthDate: String
    var phone: String
    var postalCode: String
    var address: String

    init(_ person: SyntheticPerson) {
        nameKanji = Self.withoutSpaces(Self.nfkc(person.nameKanji))
        nameKana = Self.katakana(Self.withoutSpaces(Self.nfkc(person.nameKana)))
        birthDate = Self.nfkc(person.birthDate)
        var phone = Self.nfkc(person.phone)
        if phone.hasPrefix("+81") { phone = "0" + phone.dropFirst(3) }
        self.phone = phone.filter(\.isASCII).filter(\.isNumber)
        postalCode = Self.nfkc(person.postalCode).filter(\.isASCII).filter(\.isNumber)
        address = Self.nfkc(person.address)
            .replacing(/^(東京都|北海道|京都府|大阪府|\p{Han}{2,3}県)/, with: "")
            .replacing(/(\d+)丁目(\d+)番(\d+)号/) { "\($0.1)-\($0.2)-\($0.3)" }
    }

    private static func nfkc(_ text: String) -> String { text.precomposedStringWithCompatibilityMapping }

    private static func withoutSpaces(_ text: String) -> String { text.filter { $0 != " " } }

    private static func katakana(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { (0x3041...0x3096).contains($0.value) ? Unicode.Scalar($0.value + 0x60)! : $0 }
            ))
    }
}
