import LineageRecords
import Testing

@Suite struct FieldNormaliserTests {
    @Test(arguments: [
        ("ＡＢＣ１２３", "ABC123"),
        ("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ"),
        ("ﾊﾟﾝ", "パン"),
        ("ｶﾞｷﾞｸﾞｹﾞｺﾞ", "ガギグゲゴ"),
        ("ｳﾞｨ", "ヴィ"),
        ("カﾞ", "ガ"),
        ("①②", "12"),
        ("\u{3000}女\u{3000}", "女"),
        ("  x\t", "x"),
    ])
    func everyFieldIsInCompatibilityFormAndTrimmed(value: String, expected: String) {
        #expect(normalised(value, as: .gender) == expected)
    }

    @Test func emptyValuesAreNil() {
        #expect(normalised("", as: .gender) == nil)
        #expect(normalised(" \u{3000} ", as: .nameKanji) == nil)
        #expect(normalised("・", as: .nameKana) == nil)
    }

    @Test(arguments: [
        ("山田　太郎", "山田太郎"),
        ("山田 太郎", "山田太郎"),
        ("ジョン・スミス", "ジョンスミス"),
        ("ｼﾞｮﾝ･ｽﾐｽ", "ジョンスミス"),
        ("髙橋", "高橋"), ("山﨑", "山崎"), ("德永", "徳永"), ("渡邊", "渡辺"), ("渡邉", "渡辺"),
        ("齋藤", "斎藤"), ("齊藤", "斎藤"), ("濵田", "浜田"), ("濱田", "浜田"), ("澤田", "沢田"), ("櫻井", "桜井"),
        ("廣田", "広田"), ("國分", "国分"), ("眞田", "真田"), ("實川", "実川"), ("惠子", "恵子"), ("榮一", "栄一"),
        ("冨田", "富田"), ("嶋田", "島田"), ("\u{FA10}本", "\u{585A}本"),
    ])
    func kanjiNames(value: String, expected: String) {
        #expect(normalised(value, as: .nameKanji) == expected)
    }

    @Test func readingsMatchWhicheverKanaTheyAreWrittenIn() {
        let forms = ["ヤマダ タロウ", "やまだ　たろう", "ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ・タロウ"]
        for form in forms { #expect(normalised(form, as: .nameKana) == "やまだたろう") }
    }

    @Test(arguments: [
        ("キョウコ", "きようこ"), ("ｷｮｳｺ", "きようこ"), ("きょうこ", "きようこ"),
        ("ハットリ", "はつとり"), ("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ"), ("ァヵヶ", "あかけ"),
        ("ヴァイオリン", "ゔあいおりん"), ("ゔ", "ゔ"), ("ｳﾞ", "ゔ"),
        ("コーヒー", "こーひー"), ("ｺｰﾋｰ", "こーひー"),
    ])
    func readings(value: String, expected: String) {
        #expect(normalised(value, as: .nameKana) == expected)
    }

    @Test(arguments: [
        ("2003-04-05", "20030405"), ("2003/4/5", "20030405"), ("2003.4.5", "20030405"), ("20030405", "20030405"),
        ("2003年4月5日", "20030405"), ("２００３年４月５日", "20030405"), ("2003年 4月 5日", "20030405"),
        ("平成15年4月5日", "20030405"), ("H15.4.5", "20030405"), ("H15/04/05", "20030405"), ("h15-4-5", "20030405"),
        ("平成元年1月8日", "19890108"), ("H元.1.8", "19890108"), ("昭和60年12月1日", "19851201"), ("S60.12.1", "19851201"),
        ("令和2年2月29日", "20200229"), ("R2.2.29", "20200229"), ("大正14年3月3日", "19250303"), ("T14.3.3", "19250303"),
        ("明治45年7月1日", "19120701"), ("㍻15年4月5日", "20030405"), ("2000-02-29", "20000229"),
    ])
    func birthDates(value: String, expected: String) {
        #expect(normalised(value, as: .birthDate) == expected)
    }

    @Test(arguments: [
        "2003-02-30", "2003-13-01", "2003-00-10", "2003-04-00", "1900-02-29", "20030230", "H15.2.30", "平成0年1月1日",
        "2003-04", "03-04-05", "2003-04-05-06", "unknown", "2003年4月5日生", "X15.4.5",
    ])
    func impossibleOrUnreadableBirthDatesAreUnusable(value: String) throws {
        #expect(normalised(value, as: .birthDate) == nil)
        let path = try RecordFiles.write("birth-date\n\(value)\n")
        let reader = try RecordFileReader(path: path, columns: .byHeaderNames)
        let block = try #require(try reader.nextBlock())
        var row = NormalisedRow()
        block.normalise(row: 0, into: &row)
        #expect(row.isUnusable(.birthDate))
        #expect(row.value(.birthDate) == nil)
    }

    @Test(arguments: [
        ("03-1234-5678", "0312345678"), ("(03)1234-5678", "0312345678"), ("０３－１２３４－５６７８", "0312345678"),
        ("03‐1234‐5678", "0312345678"), ("03ー1234ー5678", "0312345678"), ("03 1234 5678", "0312345678"),
        ("03.1234.5678", "0312345678"), ("+81 3 1234 5678", "0312345678"), ("+81-3-1234-5678", "0312345678"),
        ("+81 (0)3 1234 5678", "0312345678"), ("81312345678", "0312345678"), ("090-1234-5678", "09012345678"),
        ("＋８１ ９０ １２３４ ５６７８", "09012345678"),
    ])
    func phones(value: String, expected: String) {
        #expect(normalised(value, as: .phone) == expected)
    }

    @Test(arguments: ["1234-5678", "090-1234-56789", "03-1234-5678 内線12", "+1 212 555 0100", "TEL 03-1234-5678"])
    func phonesWithTooFewOrTooManyDigitsOrOtherTextAreUnusable(value: String) {
        #expect(normalised(value, as: .phone) == nil)
    }

    @Test(arguments: [
        ("〒100-0001", "1000001"), ("１００－０００１", "1000001"), ("1000001", "1000001"), ("〒 100−0001", "1000001"),
    ])
    func postalCodes(value: String, expected: String) {
        #expect(normalised(value, as: .postalCode) == expected)
    }

    @Test(arguments: ["100-001", "100-00011", "〒100-000A"])
    func postalCodesOfOtherLengthsAreUnusable(value: String) {
        #expect(normalised(value, as: .postalCode) == nil)
    }

    @Test func addressNotationsOfOnePlaceAgree() {
        let notations = [
            "東京都千代田区霞が関3丁目2番1号", "千代田区霞ヶ関三丁目2番地1", "千代田区 霞ケ関 ３丁目２－１", "千代田区霞ヵ関3-2-1",
            "東京都　千代田区霞ガ関３ー２ー１", "千代田区霞が関3丁目2‐1", "千代田区霞が関3−2−1", "千代田区霞が関3―2―1",
        ]
        for notation in notations { #expect(normalised(notation, as: .address) == "千代田区霞ケ関3-2-1", "\(notation)") }
    }

    @Test(
        arguments: [
            ("港区六本木十二丁目3番4号", "港区六本木12-3-4"), ("港区六本木二十三丁目", "港区六本木23"),
            ("新宿区四谷三丁目", "新宿区四谷3"), ("大阪府大阪市北区梅田一丁目1番地", "大阪市北区梅田1-1"),
            ("北海道札幌市中央区北一条西2丁目1", "札幌市中央区北一条西2-1"), ("京都府京都市左京区", "京都市左京区"),
            ("神奈川県横浜市5番地ハイツ101", "横浜市5ハイツ101"), ("鹿児島県鹿児島市", "鹿児島市"),
            ("京都市左京区", "京都市左京区"), ("東京都", nil), ("コーポ山田2-3", "コーポ山田2-3"), ("自由が丘1-2", "自由ケ丘1-2"),
            ("さいたま市が", "さいたま市が"),
        ] as [(String, String?)])
    func addresses(value: String, expected: String?) {
        #expect(normalised(value, as: .address) == expected)
    }
}
