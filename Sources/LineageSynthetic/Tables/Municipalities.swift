/// A made-up city or ward in a real prefecture, with the postal-code prefix and telephone area code of its region.
struct Municipality: Sendable {
    var prefecture: String
    var name: String
    /// The first three digits of every postal code here; unique to the municipality.
    var postalPrefix: String
    /// With the leading zero: two digits ("03") for an eight-digit local number, three ("045") for seven.
    var areaCode: String
    /// How many households live here, relative to the others.
    var weight: Int
}

enum Municipalities {
    static let all: [Municipality] = {
        let text = """
            北海道 白樺市 061 011 2  青森県 八甲野市 030 017 1  岩手県 北上原市 020 019 1  宮城県 青葉台市 981 022 2
            福島県 信夫野市 960 024 1  新潟県 雪見市 950 025 1  長野県 千曲野市 380 026 1  群馬県 赤城野市 371 027 1
            栃木県 若鮎市 320 028 1  茨城県 霞浦市 310 029 1  埼玉県 桜川台市 330 048 2  埼玉県 見沼原市 350 049 2
            千葉県 潮見浜市 260 043 2  千葉県 梨ヶ丘市 273 047 2  東京都 若葉台市 192 042 2  東京都 青海区 135 03 3
            東京都 桜田区 105 03 3  東京都 北辰区 114 03 3  神奈川県 港北台市 222 045 3  神奈川県 多摩川市 210 044 2
            神奈川県 潮風市 243 046 2  山梨県 甲斐野市 400 055 1  静岡県 茶山市 420 054 1  静岡県 浜名野市 430 053 1
            愛知県 尾張緑市 460 052 3  岐阜県 長良川市 500 058 1  三重県 伊勢野市 514 059 1  石川県 兼六台市 920 076 1
            滋賀県 湖東台市 520 077 1  京都府 北嵯峨市 616 075 2  大阪府 淀川台市 532 06 3  大阪府 住之浜市 559 06 3
            大阪府 泉北野市 590 072 2  兵庫県 六甲台市 650 078 2  兵庫県 姫路野市 670 079 1  和歌山県 紀ノ浜市 640 073 1
            岡山県 吉備台市 700 086 1  広島県 安芸野市 730 082 2  広島県 鞆ノ浦市 720 084 1  山口県 周防浜市 750 083 1
            香川県 讃岐野市 760 087 1  愛媛県 伊予浜市 790 089 1  高知県 南国台市 780 088 1  福岡県 博多湾市 810 092 2
            福岡県 響灘市 800 093 1  長崎県 出島浜市 850 095 1  熊本県 火ノ国市 860 096 1  大分県 湯ノ里市 870 097 1
            鹿児島県 桜島台市 890 099 1  沖縄県 珊瑚浜市 900 098 1
            """
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        precondition(words.count.isMultiple(of: 5), "a municipality is five words")
        return stride(from: 0, to: words.count, by: 5).map {
            Municipality(
                prefecture: words[$0], name: words[$0 + 1], postalPrefix: words[$0 + 2], areaCode: words[$0 + 3],
                weight: Int(words[$0 + 4])!)
        }
    }()

    /// Town names, shared by every municipality as such generic names are in Japan.
    static let towns = [
        "本町", "栄町", "緑町", "旭町", "若葉", "桜台", "東町", "中央", "新町", "泉町", "南町", "幸町", "花園", "青葉",
        "松原", "日の出町",
    ]

    /// Apartment buildings; a few carry Latin letters, so that full-width letters occur.
    static let buildings = [
        "コーポ青葉", "メゾン桜", "ハイツ緑", "サンハイツ", "グランシャトー", "パークサイド", "リバーサイド", "エクセル若葉",
        "ハイツK", "コーポA", "ヴィラ旭", "レジデンス栄",
    ]
}
