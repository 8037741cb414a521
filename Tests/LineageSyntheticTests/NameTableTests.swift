import Testing

@testable import LineageSynthetic

@Suite struct NameTableTests {
    static let tables = [
        ("family", FamilyNames.common), ("female", GivenNames.female), ("male", GivenNames.male),
        ("seed family", FamilyNames.seedOnly),
    ]

    @Test func everyNameIsKanjiWithAKatakanaReadingATypoCanStrike() {
        for (table, names) in Self.tables {
            for name in names {
                #expect(
                    name.kanji.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || $0 == "々" },
                    "\(table): \(name.kanji)")
                #expect(
                    name.kana.unicodeScalars.allSatisfy { (0x30A1...0x30FC).contains($0.value) },
                    "\(table): \(name.kana)")
                #expect(name.kana.contains(where: Kana.plain.contains), "\(table): \(name.kana)")
            }
        }
    }

    @Test func noPopulationFamilyNameIsASeeds() {
        let kanji = Set(FamilyNames.common.map(\.kanji))
        let readings = Set(FamilyNames.common.map(\.kana))
        for seed in FamilyNames.seedOnly {
            #expect(!kanji.contains(seed.kanji) && !readings.contains(seed.kana), "\(seed.kanji) \(seed.kana)")
        }
    }

    @Test func wellKnownSpellingsKeepTheirReadings() {
        let readings = Dictionary(grouping: FamilyNames.common, by: \.kanji).mapValues { Set($0.map(\.kana)) }
        #expect(readings["井上"] == ["イノウエ"])
        #expect(readings["中島"] == ["ナカジマ", "ナカシマ"])
        #expect(Dictionary(grouping: GivenNames.female, by: \.kanji)["陽菜"]?.map(\.kana) == ["ヒナ"])
    }

    @Test func compositionsReadAsNamesAre() {
        let names = NamePart.compositions(
            of: Morpheme.table("本 ホン/モト  山 ヤマ  優 ユウ  奈 ナ  亜 ア"),
            with: Morpheme.table("田 タ/ダ  山 ヤマ  衣 イ  愛 アイ  林 バヤシ"))
        let readings = Dictionary(uniqueKeysWithValues: names.map { ($0.kanji, $0.kana) })
        #expect(readings["本田"] == "ホンダ", "voiced after ン")
        #expect(readings["山山"] == nil, "no kanji twice")
        #expect(readings["優衣"] == nil, "no one-kana vowel after a long vowel")
        #expect(readings["奈愛"] == nil, "no vowel after the same vowel")
        #expect(readings["亜衣"] == "アイ")
        #expect(readings["山林"] == "ヤマバヤシ")
        #expect(names.count == Set(names.map(\.kanji)).count, "one reading per spelling")
    }
}
