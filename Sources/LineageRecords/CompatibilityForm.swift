import Foundation

/// Unicode NFKC, the first step for every field: full-width ASCII becomes ASCII, half-width katakana full-width
/// with voiced marks composed, the ideographic space a space, circled digits digits.
///
/// Record files are millions of rows of a few kinds of characters, so those are mapped directly from their UTF-8
/// bytes (ASCII, full-width ASCII, half-width and full-width kana, CJK ideographs, a few punctuation marks and
/// dashes, all of which NFKC leaves alone or maps one to one); a value with any other character is handed whole
/// to Foundation. A test checks the fast path against Foundation for every character it handles.
enum CompatibilityForm {
    /// Appends the scalar values of NFKC(`utf8`) to `scalars`; `utf8` must be well-formed.
    static func appendScalars(normalising utf8: UnsafeBufferPointer<UInt8>, to scalars: inout [UInt32]) {
        let start = scalars.count
        if !appendScalarsQuickly(normalising: utf8, to: &scalars, from: start) {
            scalars.removeSubrange(start...)
            appendScalarsThroughFoundation(normalising: utf8, to: &scalars)
        }
    }

    /// The fast path; false (leaving partial output behind) when `utf8` holds a character it does not handle.
    private static func appendScalarsQuickly(
        normalising utf8: UnsafeBufferPointer<UInt8>, to scalars: inout [UInt32], from start: Int
    ) -> Bool {
        var index = 0
        let count = utf8.count
        while index < count {
            let lead = utf8[index]
            if lead < 0x80 {
                scalars.append(UInt32(lead))
                index += 1
                continue
            }
            guard lead & 0xF0 == 0xE0, index + 2 < count else { return false }
            let scalar =
                UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
            index += 3
            switch scalar {
            case 0x2010, 0x2012...0x2015, 0x2212, 0x3001...0x3035, 0x3041...0x3096, 0x309D...0x309E,
                0x30A0...0x30FE, 0x3400...0x4DBF, 0x4E00...0x9FFF:
                scalars.append(scalar)
            case 0x2011:
                scalars.append(0x2010)
            case 0x3000:
                scalars.append(0x20)
            case 0xFF01...0xFF5E:
                scalars.append(scalar - 0xFEE0)
            case 0xFF61...0xFF9D:
                scalars.append(HalfwidthKatakana.fullwidth(of: scalar))
            case 0xFF9E, 0xFF9F:
                // NFKC maps the half-width marks to combining ones and composes them with the kana before.
                guard scalars.count > start,
                    let composed = HalfwidthKatakana.composing(
                        scalar == 0xFF9E ? HalfwidthKatakana.voicedMark : HalfwidthKatakana.semiVoicedMark,
                        onto: scalars[scalars.count - 1])
                else { return false }
                scalars[scalars.count - 1] = composed
            default:
                return false
            }
        }
        return true
    }

    /// NFKC as Foundation gives it. NFC is applied to Foundation's NFKD rather than calling
    /// `precomposedStringWithCompatibilityMapping`, which on Linux leaves ｶﾞ as カ plus a combining mark.
    private static func appendScalarsThroughFoundation(
        normalising utf8: UnsafeBufferPointer<UInt8>, to scalars: inout [UInt32]
    ) {
        let text = String(decoding: utf8, as: UTF8.self)
        for scalar in text.decomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping.unicodeScalars {
            scalars.append(scalar.value)
        }
    }
}
