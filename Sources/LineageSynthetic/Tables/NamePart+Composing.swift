extension NamePart {
    /// Every name written as one of `heads` followed by one of `tails`, in that order (so the same on every run):
    /// 山 + 田 → 山田 ヤマダ. A pair that repeats a kanji (田田), or whose every reading is hard to say, is no name.
    ///
    /// Each spelling gets one reading, the same in every population: a hash of the pair picks among the elements'
    /// readings, so that 田 is voiced in some names and not in others, as rendaku is in real names; after ン a
    /// voiced reading comes first (本田 ホンダ, not ホンタ). Joins hard to say (see `joinsSmoothly`) are passed over.
    static func compositions(of heads: [Morpheme], with tails: [Morpheme]) -> [NamePart] {
        var names: [NamePart] = []
        names.reserveCapacity(heads.count * tails.count)
        for (headNumber, head) in heads.enumerated() {
            for (tailNumber, tail) in tails.enumerated() where head.kanji != tail.kanji {
                let pick = SplitMix64.mix(UInt64(headNumber) << 32 | UInt64(tailNumber))
                if let kana = reading(of: head, then: tail, pick: pick) {
                    names.append(NamePart(kanji: head.kanji + tail.kanji, kana: kana))
                }
            }
        }
        return names
    }

    /// `lists` joined, each name once, in order of first appearance.
    static func union(_ lists: [NamePart]...) -> [NamePart] {
        var seen: Set<NamePart> = []
        return lists.joined().filter { seen.insert($0).inserted }
    }

    private static func reading(of head: Morpheme, then tail: Morpheme, pick: UInt64) -> String? {
        let pairs = head.readings.flatMap { first in tail.readings.map { (first, $0) } }
        let start = Int(pick % UInt64(pairs.count))
        let rotated = Array(pairs[start...] + pairs[..<start])
        let voicedAfterN = rotated.filter { $0.0.last == "ン" && ($0.1.first.map(voiced.contains) ?? false) }
        for (first, second) in voicedAfterN + rotated where joinsSmoothly(first, second) { return first + second }
        return nil
    }

    /// False where the second part would blur into the first: the same kana twice (キヨ + ヨ, シバ + バヤシ), a
    /// bare vowel after the same vowel (ナ + アイ, ケイ + イチ), or a one-kana bare vowel after ン or a long vowel
    /// (ケン + オ, ユウ + イ).
    private static func joinsSmoothly(_ first: String, _ second: String) -> Bool {
        guard let last = first.last, let next = second.first, last != next else { return false }
        guard let nextVowel = vowel(of: next), "アイウエオ".contains(next) else { return true }
        let lastVowel = vowel(of: last)
        if lastVowel == nextVowel { return false }
        guard second.count == 1, first.count > 1 else { return true }
        return lastVowel != nil && !"アイウエオ".contains(last)
    }

    /// The vowel a kana ends in, as the bare vowel kana; nil for ン, ッ and ー.
    private static func vowel(of kana: Character) -> Character? {
        vowelRows.first { $0.kana.contains(kana) }?.vowel
    }

    private static let vowelRows: [(vowel: Character, kana: String)] = [
        ("ア", "アカガサザタダナハバパマヤラワァャ"), ("イ", "イキギシジチヂニヒビピミリィ"),
        ("ウ", "ウクグスズツヅヌフブプムユルゥュ"), ("エ", "エケゲセゼテデネヘベペメレェ"),
        ("オ", "オコゴソゾトドノホボポモヨロォョ"),
    ]

    private static let voiced = Set("ガギグゲゴザジズゼゾダヂヅデドバビブベボ")
}
