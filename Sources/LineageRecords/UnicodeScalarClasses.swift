/// The classes of characters the field rules treat alike, on scalar values after NFKC (so full-width forms
/// have already become ASCII and half-width katakana full-width).
enum ScalarClass {
    /// ASCII white space and the ideographic space (which NFKC turns into a space, but a rule may see it first).
    static func isSpace(_ scalar: UInt32) -> Bool {
        scalar == 0x20 || (0x09...0x0D).contains(scalar) || scalar == 0x3000
    }

    static func isDigit(_ scalar: UInt32) -> Bool { scalar &- 0x30 < 10 }

    /// Hyphens, dashes and minus signs that lists use between digits, including the katakana long-vowel mark ー
    /// typed in its place; the full-width hyphen-minus and half-width ｰ are not listed, as NFKC has folded them.
    static func isDash(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2D, 0x2010...0x2015, 0x2212, 0x30FC: true
        default: false
        }
    }

    /// Kanji: the unified ideographs (with extension A and the supplementary planes), the compatibility
    /// ideographs NFKC keeps (such as 﨑), and the iteration mark 々, which stands for the kanji before it.
    static func isKanji(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3005, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }
}

/// Writes UTF-8 into storage that the caller has made large enough. The field rules never write more than four
/// bytes per scalar of their input (most write fewer), so they can skip the checks of `Array.append`, which cost
/// as much as the rules themselves when a row is normalised in well under a microsecond.
struct UTF8Writer {
    private let base: UnsafeMutablePointer<UInt8>
    /// How many bytes have been written.
    private(set) var count = 0

    init(_ base: UnsafeMutablePointer<UInt8>) { self.base = base }

    subscript(index: Int) -> UInt8 {
        get { base[index] }
        set { base[index] = newValue }
    }

    mutating func append(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// Appends the UTF-8 encoding of `scalar`, a valid scalar value.
    mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case ..<0x80:
            append(UInt8(scalar))
        case ..<0x800:
            append(UInt8(0xC0 | scalar >> 6))
            append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x1_0000:
            append(UInt8(0xE0 | scalar >> 12))
            append(UInt8(0x80 | scalar >> 6 & 0x3F))
            append(UInt8(0x80 | scalar & 0x3F))
        default:
            append(UInt8(0xF0 | scalar >> 18))
            append(UInt8(0x80 | scalar >> 12 & 0x3F))
            append(UInt8(0x80 | scalar >> 6 & 0x3F))
            append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Appends `number` in decimal as exactly `digits` ASCII digits, with leading zeros.
    mutating func appendDecimal(_ number: Int, digits: Int) {
        var rest = number
        for position in stride(from: count + digits - 1, through: count, by: -1) {
            base[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        count += digits
    }

    /// Removes the first `length` bytes written.
    mutating func removeFirst(_ length: Int) {
        (base).update(from: base + length, count: count - length)
        count -= length
    }
}
