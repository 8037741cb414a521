/// Variant kanji that lists substitute for one another in names.
///
/// JIS X 0208, the character set of Shift_JIS and of most older systems, lacks some variants that people write
/// their names with (髙, 﨑, 德 ...), so a list made on such a system replaces them with the common form, while a
/// newer one keeps them; others (澤/沢, 邊/辺) are old and new forms that registration desks wrote either way. Both
/// are folded to the common form so that the two lists' records of one person match. Compatibility ideographs
/// with a canonical equivalent (塚 U+FA10) are already folded by NFKC.
enum VariantKanji {
    static func commonForm(of scalar: UInt32) -> UInt32 {
        switch scalar {
        case 0x9AD9: 0x9AD8  // 髙 → 高
        case 0xFA11: 0x5D0E  // 﨑 → 崎
        case 0x5FB7: 0x5FB3  // 德 → 徳
        case 0x908A, 0x9089: 0x8FBA  // 邊, 邉 → 辺
        case 0x9F4B, 0x9F4A: 0x658E  // 齋, 齊 → 斎
        case 0x6FF5, 0x6FF1: 0x6D5C  // 濵, 濱 → 浜
        case 0x6FA4: 0x6CA2  // 澤 → 沢
        case 0x6AFB: 0x685C  // 櫻 → 桜
        case 0x5EE3: 0x5E83  // 廣 → 広
        case 0x570B: 0x56FD  // 國 → 国
        case 0x771E: 0x771F  // 眞 → 真
        case 0x5BE6: 0x5B9F  // 實 → 実
        case 0x60E0: 0x6075  // 惠 → 恵
        case 0x69AE: 0x6804  // 榮 → 栄
        case 0x51A8: 0x5BCC  // 冨 → 富
        case 0x5D8B: 0x5CF6  // 嶋 → 島
        default: scalar
        }
    }
}
