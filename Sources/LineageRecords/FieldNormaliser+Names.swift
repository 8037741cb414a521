extension FieldNormaliser {
    /// name-kanji: spaces and middle dots (・, and ･ which NFKC has made ・) removed, since lists differ in
    /// whether and how they separate family and given names; variant kanji folded (see `VariantKanji`).
    static func appendKanjiName(_ value: UnsafeMutableBufferPointer<UInt32>, to output: inout UTF8Writer) -> Bool {
        for scalar in value where !ScalarClass.isSpace(scalar) && scalar != middleDot {
            output.appendUTF8(VariantKanji.commonForm(of: scalar))
        }
        return true
    }

    /// name-kana (the reading): katakana become hiragana (so カタカナ and かたかな match, and ヴ becomes ゔ),
    /// small kana become large (ぁぃぅぇぉっゃゅょゎゕゖ → あいうえおつやゆよわかけ, as old systems had no small
    /// kana), spaces and middle dots are removed. The long-vowel mark ー is kept (NFKC has made ｰ into it).
    static func appendReading(_ value: UnsafeMutableBufferPointer<UInt32>, to output: inout UTF8Writer) -> Bool {
        for var scalar in value where !ScalarClass.isSpace(scalar) && scalar != middleDot {
            if (0x30A1...0x30F6).contains(scalar) || scalar == 0x30FD || scalar == 0x30FE { scalar -= 0x60 }
            switch scalar {
            case 0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E: scalar += 1
            case 0x3095: scalar = 0x304B  // ゕ → か
            case 0x3096: scalar = 0x3051  // ゖ → け
            default: break
            }
            output.appendUTF8(scalar)
        }
        return true
    }

    /// The katakana middle dot that lists put between family and given names.
    private static let middleDot: UInt32 = 0x30FB
}
