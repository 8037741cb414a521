extension Profile {
    /// Applies noise at `rates`, drawing from `random`: a move, then a typo, then presentation variants, so that
    /// the variants write what the other two left. Returns how to write the row and what was applied.
    mutating func applyNoise(
        at rates: NoiseRates, using random: inout SplitMix64
    ) -> (presentation: Presentation, applied: AppliedNoise) {
        var applied = AppliedNoise()
        if random.chance(rates.moved) {
            move(using: &random)
            applied.insert(.moved)
        }
        if random.chance(rates.typos) {
            misspellReading(using: &random)
            applied.insert(.typo)
        }
        var presentation = Presentation()
        if random.chance(rates.variants) {
            presentation.applyVariants(using: &random, recordingIn: &applied)
        }
        return (presentation, applied)
    }

    /// A new home in another municipality, hence a new postal code and address; the phone number is kept.
    private mutating func move(using random: inout SplitMix64) {
        let count = Municipalities.all.count
        home = Home.random(in: (home.municipality + random.next(in: 1...(count - 1))) % count, using: &random)
    }

    /// One plain kana of the reading, in the family or the given name, replaced by another plain kana.
    private mutating func misspellReading(using random: inout SplitMix64) {
        let familyKana = Array(family.kana)
        let givenKana = Array(given.kana)
        let candidates =
            familyKana.indices.filter { Kana.plain.contains(familyKana[$0]) }.map { (inFamily: true, at: $0) }
            + givenKana.indices.filter { Kana.plain.contains(givenKana[$0]) }.map { (inFamily: false, at: $0) }
        let chosen = random.element(of: candidates)
        var kana = chosen.inFamily ? familyKana : givenKana
        var replacement = random.element(of: Kana.plain)
        while replacement == kana[chosen.at] { replacement = random.element(of: Kana.plain) }
        kana[chosen.at] = replacement
        if chosen.inFamily { family.kana = String(kana) } else { given.kana = String(kana) }
    }
}

extension Presentation {
    /// One to three of the seven things a list may write differently, each in one of its forms.
    fileprivate mutating func applyVariants(using random: inout SplitMix64, recordingIn applied: inout AppliedNoise) {
        var aspects = Array(0..<7)
        for chosen in 0..<random.next(in: 1...3) {
            aspects.swapAt(chosen, chosen + random.next(below: aspects.count - chosen))
            switch aspects[chosen] {
            case 0:
                fullWidth = true
                applied.insert(.fullWidth)
            case 1:
                if random.chance(0.5) {
                    readingScript = .halfWidthKatakana
                    applied.insert(.halfWidthKana)
                } else {
                    readingScript = .hiragana
                    applied.insert(.hiraganaReading)
                }
            case 2:
                nameSeparator = random.element(of: ["", " ", "  "])
                applied.insert(.nameSpacing)
            case 3:
                let styles: [(PhoneStyle, NoiseKind)] = [
                    (.parentheses, .phoneParentheses), (.digitsOnly, .phoneDigitsOnly),
                    (.international, .phoneInternational),
                ]
                let style = random.element(of: styles)
                phoneStyle = style.0
                applied.insert(style.1)
            case 4:
                if random.chance(0.5) {
                    postalMark = true
                    applied.insert(.postalMark)
                } else {
                    postalHyphen = false
                    applied.insert(.postalWithoutHyphen)
                }
            case 5:
                blockStyle = .hyphens
                applied.insert(.blockHyphens)
            default:
                writesPrefecture = false
                applied.insert(.prefectureDropped)
            }
        }
    }
}
