/// Half-width katakana (U+FF61–FF9F), which old systems and many CSV exports still write, and the voiced and
/// semi-voiced marks that follow a kana as separate characters (ｶﾞ for ガ).
enum HalfwidthKatakana {
    static let voicedMark: UInt32 = 0x3099
    static let semiVoicedMark: UInt32 = 0x309A

    /// The full-width form NFKC gives U+FF61–FF9D.
    static func fullwidth(of scalar: UInt32) -> UInt32 { fullwidthForms[Int(scalar - 0xFF61)] }

    private static let fullwidthForms: [UInt32] = [
        0x3002, 0x300C, 0x300D, 0x3001, 0x30FB, 0x30F2, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30E3, 0x30E5,
        0x30E7, 0x30C3, 0x30FC, 0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA, 0x30AB, 0x30AD, 0x30AF, 0x30B1, 0x30B3,
        0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD, 0x30BF, 0x30C1, 0x30C4, 0x30C6, 0x30C8, 0x30CA, 0x30CB, 0x30CC,
        0x30CD, 0x30CE, 0x30CF, 0x30D2, 0x30D5, 0x30D8, 0x30DB, 0x30DE, 0x30DF, 0x30E0, 0x30E1, 0x30E2, 0x30E4,
        0x30E6, 0x30E8, 0x30E9, 0x30EA, 0x30EB, 0x30EC, 0x30ED, 0x30EF, 0x30F3,
    ]

    /// The kana that canonical composition makes of `base` followed by `mark` (U+3099 or U+309A), or nil when
    /// there is none (a mark after ア stays a separate character).
    static func composing(_ mark: UInt32, onto base: UInt32) -> UInt32? {
        // The katakana ワヰヱヲ have voiced forms that hiragana lacks.
        if mark == voicedMark && (0x30EF...0x30F2).contains(base) { return base + 8 }
        let isKatakana = (0x30A1...0x30F6).contains(base) || base == 0x30FD
        guard isKatakana || (0x3041...0x3096).contains(base) || base == 0x309D else { return nil }
        let hiragana = isKatakana ? base - 0x60 : base
        let composed: UInt32?
        switch (mark, hiragana) {
        case (voicedMark, 0x304B...0x3061) where hiragana % 2 == 1: composed = hiragana + 1  // か → が ... ち → ぢ
        case (voicedMark, 0x3064...0x3068) where hiragana % 2 == 0: composed = hiragana + 1  // つ → づ ... と → ど
        case (voicedMark, 0x306F...0x307B) where (hiragana - 0x306F) % 3 == 0: composed = hiragana + 1  // は → ば
        case (semiVoicedMark, 0x306F...0x307B) where (hiragana - 0x306F) % 3 == 0: composed = hiragana + 2  // は → ぱ
        case (voicedMark, 0x3046): composed = 0x3094  // う → ゔ
        case (voicedMark, 0x309D): composed = 0x309E  // ゝ → ゞ
        default: composed = nil
        }
        return composed.map { isKatakana ? $0 + 0x60 : $0 }
    }
}
