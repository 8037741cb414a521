import Crypto
import Foundation
import LineageRecords
import Testing

@Suite("Keyed fingerprints")
struct FingerprinterTests {
    private let secret = Array(0..<32).map(UInt8.init)

    @Test func areTheFirstEightBytesOfHMACSHA256OfTheKeyNameAndValues() {
        let values: [RecordField: [UInt8]] = [.nameKana: Array("やまだたろう".utf8), .birthDate: Array("20050412".utf8)]
        let message = Array("kana-birth".utf8) + [0] + Array("やまだたろう".utf8) + [0x1F] + Array("20050412".utf8)
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: secret))
        let expected = Array(mac).prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(Fingerprinter(secret: secret).fingerprint(of: .readingAndBirthDate, values: values) == expected)
    }

    @Test func dependOnTheSecretAndTheKeyAndNeedEveryField() {
        let values: [RecordField: [UInt8]] = [.phone: Array("0351234567".utf8), .nameKana: Array("やまだ".utf8)]
        let one = Fingerprinter(secret: secret)
        let other = Fingerprinter(secret: Array(repeating: 7, count: 32))
        #expect(one.fingerprint(of: .phone, values: values) != other.fingerprint(of: .phone, values: values))
        #expect(one.fingerprint(of: .readingAndBirthDate, values: values) == nil, "no birth date")
        let same: [RecordField: [UInt8]] = [.phone: Array("x".utf8), .nameKanji: Array("x".utf8), .birthDate: []]
        #expect(one.fingerprint(of: .phone, values: same) != one.fingerprint(of: .nameAndBirthDate, values: same))
    }

    @Test func areTheSameForAValueFromAFileAndFromTheCommandLine() throws {
        let file = try RecordFiles.write(
            "name-kanji,name-kana,birth-date,phone\n山田　太郎,ﾔﾏﾀﾞ ﾀﾛｳ,平成17年4月12日,(03)5123-4567\n")
        let reader = try RecordFileReader(path: file, columns: .byHeaderNames)
        let block = try #require(try reader.nextBlock())
        var row = NormalisedRow()
        block.normalise(row: 0, into: &row)
        var message: [UInt8] = []
        let fingerprinter = Fingerprinter(secret: secret)
        let typed: [(RecordField, String)] = [
            (.nameKanji, "山田太郎"), (.nameKana, "やまだ たろう"), (.birthDate, "2005-04-12"), (.phone, "03-5123-4567"),
        ]
        var values: [RecordField: [UInt8]] = [:]
        for (field, text) in typed {
            let value: [UInt8] = try #require(FieldNormaliser.normalise(text, as: field))
            values[field] = value
        }
        for key in [MatchKey.readingAndBirthDate, .nameAndBirthDate, .phone] {
            let fromFile = fingerprinter.fingerprint(of: key, in: row, message: &message)
            #expect(fromFile != nil && fromFile == fingerprinter.fingerprint(of: key, values: values), "\(key)")
        }
    }

    /// RFC 4231 test cases 6 and 7: a 131-byte key, longer than SHA-256's block, is hashed first (RFC 2104). The
    /// public initialiser trapped on any key over 64 bytes.
    @Test(arguments: [
        ("Test Using Larger Than Block-Size Key - Hash Key First", 0x60e4_3159_1ee0_b67f as UInt64),
        (
            "This is a test using a larger than block-size key and a larger than block-size data. The key needs to "
                + "be hashed before being used by the HMAC algorithm.",
            0x9b09_ffa7_1b94_2fcb as UInt64
        ),
    ])
    func aKeyLongerThanABlockIsHashedFirst(data: String, expected: UInt64) {
        let key = [UInt8](repeating: 0xAA, count: 131)
        #expect(Fingerprinter(secret: key).fingerprint(of: Array(data.utf8)) == expected)
        let mac = HMAC<SHA256>.authenticationCode(for: Array(data.utf8), using: SymmetricKey(data: key))
        #expect(Array(mac).prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) } == expected)
    }

    /// A key of exactly one block is used as it is, not hashed.
    @Test func aKeyOfOneBlockIsUsedAsItIs() {
        let key = Array(0..<64).map(UInt8.init)
        let message = Array("phone\u{0}0351234567".utf8)
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key))
        let expected = Array(mac).prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(Fingerprinter(secret: key).fingerprint(of: message) == expected)
    }
}
