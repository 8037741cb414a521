/// One way a recovered list's row differs from the record it was copied from.
///
/// Presentation variants change only how values are written; a normaliser that applies NFKC, reads hiragana as
/// katakana, drops spaces from names, keeps only the digits of phone numbers (reading +81 as 0) and postal codes,
/// writes "1丁目2番3号" as "1-2-3" and drops the prefecture cancels every one of them. `typo` and `moved` change
/// the data itself and break the keys built from what they change.
package enum NoiseKind: String, CaseIterable, Sendable, Hashable {
    /// Digits, Latin letters, hyphens and spaces of birth date, phone, postal code and address in full width.
    case fullWidth = "full-width"
    /// The reading in half-width katakana ("ｻﾄｳ ﾊﾅｺ"; voiced kana as two characters).
    case halfWidthKana = "half-width-kana"
    /// The reading in hiragana ("さとう　はなこ").
    case hiraganaReading = "hiragana-reading"
    /// The space between family and given name removed, made ASCII or doubled, in both kanji name and reading.
    case nameSpacing = "name-spacing"
    /// "(03)5123-4567".
    case phoneParentheses = "phone-parentheses"
    /// "0351234567".
    case phoneDigitsOnly = "phone-digits-only"
    /// "+81 3 5123 4567".
    case phoneInternational = "phone-international"
    /// "〒123-4567".
    case postalMark = "postal-mark"
    /// "1234567".
    case postalWithoutHyphen = "postal-without-hyphen"
    /// "1-2-3" for "1丁目2番3号".
    case blockHyphens = "block-hyphens"
    /// The address without its prefecture.
    case prefectureDropped = "prefecture-dropped"
    /// One kana of the reading replaced by another: the kanji name is left as it was.
    case typo
    /// A new postal code and address: name, reading, birth date and phone are left as they were.
    case moved

    /// Whether a normaliser should cancel this kind, leaving every match key as it was.
    package var isPresentationVariant: Bool { self != .typo && self != .moved }
}

/// The noise kinds applied to one row.
package struct AppliedNoise: Sendable, Hashable {
    private var bits: UInt16 = 0

    package init() {}

    package func contains(_ kind: NoiseKind) -> Bool { bits & Self.bit(kind) != 0 }

    package mutating func insert(_ kind: NoiseKind) { bits |= Self.bit(kind) }

    package var isEmpty: Bool { bits == 0 }

    /// The kinds applied, in declaration order.
    package var kinds: [NoiseKind] { NoiseKind.allCases.filter(contains) }

    private static func bit(_ kind: NoiseKind) -> UInt16 {
        1 << UInt16(NoiseKind.allCases.firstIndex(of: kind)!)
    }
}
