/// Checks that bytes are well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, no surrogates, nothing
/// past U+10FFFF), so the normaliser can decode them without checks of its own.
enum UTF8Validation {
    /// The offset of the first byte in `bytes` that does not belong to a well-formed sequence, or nil.
    static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        var index = 0
        while index < count {
            // Eight ASCII bytes at a time: most of a Japanese list is still ASCII (digits, separators).
            if index + 8 <= count,
                UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
                continue
            }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // Kana and kanji: three bytes whose lead rules out overlong forms and surrogates by itself.
            if lead >= 0xE1 && lead != 0xED && lead <= 0xEF {
                guard index + 2 < count, base[index + 1] & 0xC0 == 0x80, base[index + 2] & 0xC0 == 0x80 else {
                    return index
                }
                index += 3
                continue
            }
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                secondRange = 0x80...0x9F
            case 0xF0:
                length = 4
                secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                secondRange = 0x80...0x8F
            default: return index
            }
            guard index + length <= count, secondRange.contains(base[index + 1]) else { return index }
            for continuation in 2..<length where base[index + continuation] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}
