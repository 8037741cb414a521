import Foundation
import LineageRecords
import Testing

/// The normaliser maps the characters lists are made of straight from their bytes; these tests hold that fast
/// path to Foundation's NFKC (as NFC of NFKD) for every character it handles, and for the voiced marks after
/// every kana.
@Suite struct CompatibilityFormTests {
    static let handledRanges: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0x2010...0x2015, 0x2212...0x2212, 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xF900...0xFAFF, 0xFF01...0xFF9F,
    ]

    @Test func agreesWithFoundationOnEveryCharacterOfTheFastPath() {
        var disagreements: [String] = []
        for range in Self.handledRanges {
            for value in range {
                let text = "a" + String(Character(Unicode.Scalar(value)!)) + "a"
                if normalised(text, as: .gender) != Self.foundationForm(of: text) {
                    disagreements.append(String(value, radix: 16))
                }
            }
        }
        #expect(disagreements.isEmpty)
    }

    @Test func agreesWithFoundationOnVoicedMarksAfterEveryKana() {
        var disagreements: [String] = []
        for base in Array(0x3041...0x30FF) + Array(0xFF61...0xFF9D) + [0x41] {
            for mark in ["\u{FF9E}", "\u{FF9F}"] {
                let text = String(Character(Unicode.Scalar(UInt32(base))!)) + mark
                if normalised(text, as: .gender) != Self.foundationForm(of: text) {
                    disagreements.append(String(base, radix: 16) + "+" + mark)
                }
            }
        }
        #expect(disagreements.isEmpty)
    }

    @Test func valuesOutsideTheFastPathAreNormalisedToo() {
        #expect(normalised("Ⅻ㈱㍻", as: .gender) == "XII(株)平成")
        #expect(normalised("e\u{301}", as: .gender) == "é")
        #expect(normalised("ｶﾞ①", as: .gender) == "ガ1")
    }

    static func foundationForm(of text: String) -> String? {
        let form = text.decomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping
        let trimmed = form.trimmingCharacters(in: CharacterSet(charactersIn: " \t\n\r\u{0B}\u{0C}\u{3000}"))
        return trimmed.isEmpty ? nil : trimmed
    }
}
