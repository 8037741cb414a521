/// Family names. Common surnames are not personal data on their own; every full record built from them is made up.
enum FamilyNames {
    /// The population's family names, equally likely: the well-known names and thousands composed from elements
    /// (see `FamilyNames+Elements.swift`), so that in tens of millions of people, few unrelated ones share a name
    /// and a birth date. A composed spelling that a well-known name has is left to it (井上 is イノウエ, never read
    /// as composed), and no name is a seed's, in kanji or in reading.
    ///
    /// Many readings have several spellings (ナカイ: 中井, 中居) and a few spellings several readings (中島, 河野),
    /// as in real lists, so the kanji and the reading keys can disagree.
    static let common: [NamePart] = {
        let taken = Set(wellKnown.map(\.kanji))
        let seedKanji = Set(seedOnly.map(\.kanji))
        let seedKana = Set(seedOnly.map(\.kana))
        let composed = NamePart.compositions(of: heads, with: tails).filter {
            !taken.contains($0.kanji) && !seedKanji.contains($0.kanji) && !seedKana.contains($0.kana)
        }
        return NamePart.union(wellKnown, composed)
    }()

    /// The commonest family names. A few readings have several spellings (サイトウ, ワタナベ) and a few spellings
    /// several readings (中島, 河野).
    static let wellKnown = NamePart.table(
        """
        佐藤 サトウ  鈴木 スズキ  高橋 タカハシ  田中 タナカ  伊藤 イトウ  渡辺 ワタナベ  山本 ヤマモト  中村 ナカムラ
        小林 コバヤシ  加藤 カトウ  吉田 ヨシダ  山田 ヤマダ  佐々木 ササキ  山口 ヤマグチ  松本 マツモト  井上 イノウエ
        木村 キムラ  林 ハヤシ  斎藤 サイトウ  清水 シミズ  山崎 ヤマザキ  森 モリ  池田 イケダ  橋本 ハシモト
        阿部 アベ  石川 イシカワ  山下 ヤマシタ  中島 ナカジマ  石井 イシイ  小川 オガワ  前田 マエダ  岡田 オカダ
        長谷川 ハセガワ  藤田 フジタ  後藤 ゴトウ  近藤 コンドウ  村上 ムラカミ  遠藤 エンドウ  青木 アオキ  坂本 サカモト
        斉藤 サイトウ  福田 フクダ  太田 オオタ  西村 ニシムラ  藤井 フジイ  金子 カネコ  岡本 オカモト  藤原 フジワラ
        中野 ナカノ  三浦 ミウラ  原田 ハラダ  中川 ナカガワ  松田 マツダ  竹内 タケウチ  小野 オノ  田村 タムラ
        中山 ナカヤマ  和田 ワダ  石田 イシダ  森田 モリタ  上田 ウエダ  原 ハラ  内田 ウチダ  柴田 シバタ
        酒井 サカイ  宮崎 ミヤザキ  横山 ヨコヤマ  高木 タカギ  安藤 アンドウ  宮本 ミヤモト  大野 オオノ  小島 コジマ
        谷口 タニグチ  工藤 クドウ  今井 イマイ  高田 タカダ  増田 マスダ  丸山 マルヤマ  杉山 スギヤマ  村田 ムラタ
        大塚 オオツカ  新井 アライ  小山 コヤマ  平野 ヒラノ  藤本 フジモト  河野 コウノ  上野 ウエノ  野口 ノグチ
        武田 タケダ  松井 マツイ  千葉 チバ  岩崎 イワサキ  菅原 スガワラ  木下 キノシタ  久保 クボ  佐野 サノ
        野村 ノムラ  松尾 マツオ  市川 イチカワ  菊地 キクチ  渡邊 ワタナベ  齋藤 サイトウ  中島 ナカシマ  河野 カワノ
        """)

    /// Rare-looking family names used only for seed records, so that no seed shares a name, and hence a name key,
    /// with anyone in the population.
    static let seedOnly = NamePart.table(
        """
        鴇田 トキタ  薄葉 ウスバ  雲野 クモノ  蕨岡 ワラビオカ  萩生 ハギュウ  汐見 シオミ  鹿間 シカマ  栂野 トガノ
        檜垣 ヒガキ  鵜飼 ウカイ  榧本 カヤモト  蓼沼 タデヌマ  芦刈 アシカリ  鶉野 ウズラノ  椋本 ムクモト  菰田 コモダ
        藺牟田 イムタ  楪 ユズリハ  樋爪 ヒヅメ  柊木 ヒイラギ
        """)
}
