extension FieldNormaliser {
    /// phone: digits only. Hyphens and dashes of every kind (NFKC has made － into -, ｰ into ー), parentheses,
    /// spaces and dots are dropped; the international prefix +81 (or 81: a domestic number starts with 0)
    /// becomes the leading 0, so +81-3-1234-5678 and +81 (0)3 1234 5678 are 0312345678. Anything else (letters, an
    /// extension, another country's code), or fewer than 10 or more than 11 digits, makes the value unusable.
    static func appendPhone(_ value: UnsafeMutableBufferPointer<UInt32>, to output: inout UTF8Writer) -> Bool {
        var isInternational = false
        for scalar in value {
            if ScalarClass.isDigit(scalar) {
                output.append(UInt8(scalar))
            } else if scalar == UInt32(UInt8(ascii: "+")) && output.count == 0 && !isInternational {
                isInternational = true
            } else if !isPhoneSeparator(scalar) {
                return false
            }
        }
        if output.count >= 2 && output[0] == UInt8(ascii: "8") && output[1] == UInt8(ascii: "1") {
            // The national number follows, with or without its leading 0.
            if output.count > 2 && output[2] == zero {
                output.removeFirst(2)
            } else {
                output.removeFirst(1)
                output[0] = zero
            }
        } else if isInternational {
            return false
        }
        return (10...11).contains(output.count)
    }

    /// postal-code: digits only, with 〒, hyphens and spaces dropped; exactly 7 digits, or the value is unusable.
    static func appendPostalCode(_ value: UnsafeMutableBufferPointer<UInt32>, to output: inout UTF8Writer) -> Bool {
        for scalar in value {
            if ScalarClass.isDigit(scalar) {
                output.append(UInt8(scalar))
            } else if scalar != postalMark && !ScalarClass.isDash(scalar) && !ScalarClass.isSpace(scalar) {
                return false
            }
        }
        return output.count == 7
    }

    private static func isPhoneSeparator(_ scalar: UInt32) -> Bool {
        ScalarClass.isDash(scalar) || ScalarClass.isSpace(scalar) || scalar == UInt32(UInt8(ascii: "("))
            || scalar == UInt32(UInt8(ascii: ")")) || scalar == UInt32(UInt8(ascii: "."))
    }

    private static let zero = UInt8(ascii: "0")
    /// 〒, the postal mark.
    private static let postalMark: UInt32 = 0x3012
}
