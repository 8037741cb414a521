/// Given names for children born 1996–2013, by gender: the commonest names of those years and thousands composed
/// from a first element and an ending (健 + 太 → 健太 ケンタ, 美 + 咲 → 美咲 ミサキ; see `GivenNames+Elements.swift`),
/// equally likely, so that in tens of millions of people few unrelated ones share a name and a birth date. A
/// composed spelling that a well-known name has is left to it, with its reading.
enum GivenNames {
    /// Composed girls' names are of three kana, or of two if real names are read so: longer ones mostly sound
    /// made up (瑞織 ミズオリ), and so do most pairs of one-kana elements (咲香 サカ).
    static let female = NamePart.union(
        wellKnownFemale,
        composed(femaleHeads, femaleEndings, besides: wellKnownFemale).filter {
            $0.kana.count == 3 || twoKanaFemaleReadings.contains($0.kana)
        })

    static let male = NamePart.union(wellKnownMale, composed(maleHeads, maleEndings, besides: wellKnownMale))

    static func names(for gender: Gender) -> [NamePart] {
        switch gender {
        case .female: female
        case .male: male
        }
    }

    /// A number for the reading of name `index` of `gender`'s names, the same for names read alike (葵 and 蒼 are
    /// both アオイ), so that siblings can be told apart by reading without comparing strings (which, for kana,
    /// checks canonical equivalence, a cost that shows in generating millions of people).
    static func reading(of index: Int, for gender: Gender) -> Int {
        switch gender {
        case .female: readings.female[index]
        case .male: readings.male[index]
        }
    }

    private static let readings: (female: [Int], male: [Int]) = {
        var numbers: [String: Int] = [:]
        func number(_ name: NamePart) -> Int {
            if let known = numbers[name.kana] { return known }
            numbers[name.kana] = numbers.count
            return numbers.count - 1
        }
        return (female.map(number), male.map(number))
    }()

    /// The compositions whose spelling no well-known name has.
    private static func composed(_ heads: [Morpheme], _ endings: [Morpheme], besides wellKnown: [NamePart])
        -> [NamePart]
    {
        let taken = Set(wellKnown.map(\.kanji))
        return NamePart.compositions(of: heads, with: endings).filter { !taken.contains($0.kanji) }
    }

    private static let wellKnownFemale = NamePart.table(
        """
        陽菜 ヒナ  結衣 ユイ  美咲 ミサキ  桜 サクラ  葵 アオイ  凛 リン  結愛 ユア  莉子 リコ  美羽 ミウ  彩花 アヤカ
        七海 ナナミ  杏 アン  優奈 ユウナ  花音 カノン  芽衣 メイ  愛美 マナミ  真由 マユ  遥 ハルカ  千尋 チヒロ
        菜摘 ナツミ  彩乃 アヤノ  麻衣 マイ  明日香 アスカ  美月 ミヅキ  琴音 コトネ  奈々 ナナ  萌 モエ  楓 カエデ
        詩織 シオリ  瑞希 ミズキ  紗希 サキ  里奈 リナ  沙耶 サヤ  夏美 ナツミ  美優 ミユ  茜 アカネ  舞 マイ
        優花 ユウカ  愛子 アイコ  花子 ハナコ  彩 アヤ  桃子 モモコ  美穂 ミホ  真央 マオ  玲奈 レイナ  綾香 アヤカ
        希 ノゾミ  亜美 アミ  恵 メグミ  智美 トモミ  由衣 ユイ
        """)

    private static let wellKnownMale = NamePart.table(
        """
        翔太 ショウタ  大翔 ヒロト  蓮 レン  悠真 ユウマ  颯太 ソウタ  陽斗 ハルト  拓海 タクミ  健太 ケンタ  大輝 ダイキ
        翼 ツバサ  優斗 ユウト  蒼 アオイ  湊 ミナト  樹 イツキ  大和 ヤマト  海斗 カイト  陸 リク  悠人 ユウト
        翔 ショウ  拓也 タクヤ  直樹 ナオキ  和也 カズヤ  涼太 リョウタ  亮 リョウ  隼人 ハヤト  悠斗 ユウト  駿 シュン
        健 ケン  一輝 カズキ  雄大 ユウダイ  航 ワタル  達也 タツヤ  康介 コウスケ  祐介 ユウスケ  大地 ダイチ  誠 マコト
        修 オサム  太一 タイチ  光 ヒカル  匠 タクミ  蒼空 ソラ  奏太 カナタ  陽向 ヒナタ  智也 トモヤ  圭 ケイ
        俊介 シュンスケ  大樹 ダイキ  慎也 シンヤ  浩二 コウジ  太郎 タロウ
        """)
}
