import Foundation

/// Unicode NFKC, the first step for every field: full-width ASCII becomes ASCII, half-width katakana full-width
/// with voiced marks composed, the ideographic space a space, circled digits digits.
///
/// Record files are millions of rows of a few kinds of characters, so those are mapped directly from their UTF-8
/// bytes (ASCII, full-width ASCII, half-width and full-width kana, CJK ideographs, a few punctuation marks and
/// dashes, all of which NFKC leaves alone or maps one to one); a value with any other character is handed whole
/// to Foundation. A test checks the fast path against Foundation for every character it handles.
enum CompatibilityForm {
    /// Writes the scalar values of NFKC(`utf8`) to the start of `scalars`, growing it as needed (its count is
    /// storage, not the length of what was written), and returns how many there are; `utf8` must be well-formed.
    static func normalise(_ utf8: UnsafeBufferPointer<UInt8>, into scalars: inout [UInt32]) -> Int {
        // The fast path writes at most one scalar per byte.
        if scalars.count < utf8.count {
            scalars.append(contentsOf: repeatElement(0, count: utf8.count - scalars.count))
        }
        if let count = scalars.withUnsafeMutableBufferPointer({ normaliseQuickly(utf8, into: $0) }) { return count }
        let normalised = normaliseThroughFoundation(utf8)
        if scalars.count < normalised.count {
            scalars.append(contentsOf: repeatElement(0, count: normalised.count - scalars.count))
        }
        scalars.replaceSubrange(0..<normalised.count, with: normalised)
        return normalised.count
    }

    /// The fast path: the number of scalars written, or nil when `utf8` holds a character it does not handle.
    private static func normaliseQuickly(
        _ utf8: UnsafeBufferPointer<UInt8>, into scalars: UnsafeMutableBufferPointer<UInt32>
    ) -> Int? {
        var index = 0
        var written = 0
        let count = utf8.count
        while index < count {
            let lead = utf8[index]
            if lead < 0x80 {
                scalars[written] = UInt32(lead)
                written += 1
                index += 1
                continue
            }
            guard lead & 0xF0 == 0xE0, index + 2 < count else { return nil }
            let scalar =
                UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
            index += 3
            let mapped: UInt32
            switch scalar {
            case 0x2010, 0x2012...0x2015, 0x2212, 0x3001...0x3035, 0x3041...0x3096, 0x309D...0x309E,
                0x30A0...0x30FE, 0x3400...0x4DBF, 0x4E00...0x9FFF:
                mapped = scalar
            case 0x2011:
                mapped = 0x2010
            case 0x3000:
                mapped = 0x20
            case 0xFF01...0xFF5E:
                mapped = scalar - 0xFEE0
            case 0xFF61...0xFF9D:
                mapped = HalfwidthKatakana.fullwidth(of: scalar)
            case 0xFF9E, 0xFF9F:
                // NFKC maps the half-width marks to combining ones and composes them with the kana before.
                guard written > 0,
                    let composed = HalfwidthKatakana.composing(
                        scalar == 0xFF9E ? HalfwidthKatakana.voicedMark : HalfwidthKatakana.semiVoicedMark,
                        onto: scalars[written - 1])
                else { return nil }
                scalars[written - 1] = composed
                continue
            default:
                return nil
            }
            scalars[written] = mapped
            written += 1
        }
        return written
    }

    /// NFKC as Foundation gives it. NFC is applied to Foundation's NFKD rather than calling
    /// `precomposedStringWithCompatibilityMapping`, which on Linux leaves ｶﾞ as カ plus a combining mark.
    private static func normaliseThroughFoundation(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        let text = String(decoding: utf8, as: UTF8.self)
        return text.decomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping.unicodeScalars
            .map(\.value)
    }
}
