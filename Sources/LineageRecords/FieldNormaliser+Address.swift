extension FieldNormaliser {
    /// address, so that the notations of one address agree:
    /// - spaces are removed;
    /// - a leading prefecture name (東京都, 北海道, 大阪府, 京都府 and the 43 ...県) is dropped, since lists often omit
    ///   it and the postal code already pins the area;
    /// - kanji numerals before 丁目 (三丁目, 十二丁目) become ASCII digits;
    /// - 丁目, 番地, 番 and 号 after a number become `-` when another number follows and are dropped otherwise, so
    ///   that N丁目M番地L, N丁目M番L号, N丁目M-L and N-M-L are all N-M-L;
    /// - a dash of any kind between digits (‐ − ― ー and NFKC's - from －) becomes `-`;
    /// - ケ, ヶ, ヵ, が and ガ between kanji become ケ (霞が関, 霞ヶ関 and 霞ケ関 are one place).
    static func appendAddress(_ value: UnsafeMutableBufferPointer<UInt32>, to output: inout UTF8Writer) -> Bool {
        var count = 0
        for scalar in value where !ScalarClass.isSpace(scalar) {
            value[count] = scalar
            count += 1
        }
        let address = UnsafeMutableBufferPointer(
            rebasing: value[Prefecture.lengthOfName(atStartOf: value[..<count])..<count])
        var index = 0
        var lastWasDigit = false
        while index < address.count {
            let scalar = address[index]
            if let numeral = KanjiNumeral.read(from: address, at: index), isChome(in: address, at: numeral.end) {
                output.appendDecimal(numeral.value, digits: numeral.value < 10 ? 1 : 2)
                lastWasDigit = true
                index = numeral.end
                continue
            }
            if lastWasDigit, let length = numberMarkerLength(in: address, at: index) {
                index += length
                if index < address.count && ScalarClass.isDigit(address[index]) { output.append(UInt8(ascii: "-")) }
                lastWasDigit = false
                continue
            }
            if lastWasDigit && ScalarClass.isDash(scalar) && index + 1 < address.count
                && ScalarClass.isDigit(address[index + 1])
            {
                output.append(UInt8(ascii: "-"))
            } else if isSmallKe(scalar) && index > 0 && ScalarClass.isKanji(address[index - 1])
                && index + 1 < address.count && ScalarClass.isKanji(address[index + 1])
            {
                output.appendUTF8(katakanaKe)
            } else {
                output.appendUTF8(scalar)
            }
            lastWasDigit = ScalarClass.isDigit(scalar)
            index += 1
        }
        return true
    }

    /// The length of 丁目, 番地, 番 or 号 at `index`, if one is there.
    private static func numberMarkerLength(in address: UnsafeMutableBufferPointer<UInt32>, at index: Int) -> Int? {
        switch address[index] {
        case 0x4E01: isChome(in: address, at: index) ? 2 : nil  // 丁目
        case 0x756A: index + 1 < address.count && address[index + 1] == 0x5730 ? 2 : 1  // 番地, 番
        case 0x53F7: 1  // 号
        default: nil
        }
    }

    /// Whether 丁目 is at `index`.
    private static func isChome(in address: UnsafeMutableBufferPointer<UInt32>, at index: Int) -> Bool {
        index + 1 < address.count && address[index] == 0x4E01 && address[index + 1] == 0x76EE
    }

    private static func isSmallKe(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x30B1, 0x30F6, 0x30F5, 0x304C, 0x30AC: true  // ケ ヶ ヵ が ガ
        default: false
        }
    }

    private static let katakanaKe: UInt32 = 0x30B1
}

/// Kanji numerals from 一 to 九十九, as 丁目 (district numbers) are written.
enum KanjiNumeral {
    /// The number written in kanji at `index`, and where it ends; nil if none is there.
    static func read(from scalars: UnsafeMutableBufferPointer<UInt32>, at index: Int) -> (value: Int, end: Int)? {
        var position = index
        var tens = 0
        var units = 0
        if let digit = value(of: scalars, at: position) {
            units = digit
            position += 1
        }
        if position < scalars.count && scalars[position] == ten {
            tens = units == 0 ? 1 : units
            units = 0
            position += 1
            if let digit = value(of: scalars, at: position) {
                units = digit
                position += 1
            }
        }
        guard position > index else { return nil }
        return (tens * 10 + units, position)
    }

    /// The value of the kanji digit (一 to 九) at `index`, if there is one.
    private static func value(of scalars: UnsafeMutableBufferPointer<UInt32>, at index: Int) -> Int? {
        guard index < scalars.count else { return nil }
        return switch scalars[index] {
        case 0x4E00: 1
        case 0x4E8C: 2
        case 0x4E09: 3
        case 0x56DB: 4
        case 0x4E94: 5
        case 0x516D: 6
        case 0x4E03: 7
        case 0x516B: 8
        case 0x4E5D: 9
        default: nil
        }
    }

    private static let ten: UInt32 = 0x5341  // 十
}
