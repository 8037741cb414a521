import LineageRecords
import Testing

@Suite struct RecordFileReaderTests {
    static let people = """
        name-kanji,name-kana,birth-date,phone
        山田 太郎,ﾔﾏﾀﾞ ﾀﾛｳ,2003-04-05,03-1234-5678
        "鈴木, 花子","スズキ \"\"ハナコ\"\"",H15.4.5,"03
        1234
        5678"
        佐藤 一郎,サトウ イチロウ,1970/1/2,0901234567

        """

    @Test func readsCSVWithQuotedCommasEscapedQuotesAndNewlines() throws {
        let reader = try RecordFileReader(path: RecordFiles.write(Self.people), columns: .byHeaderNames)
        let rows = try reader.readAll()
        #expect(rows.map(\.line) == [2, 3, 6])
        #expect(
            rows[0].values == [.nameKanji: "山田太郎", .nameKana: "やまだたろう", .birthDate: "20030405", .phone: "0312345678"])
        #expect(rows[1].values[.nameKanji] == "鈴木,花子")
        #expect(rows[1].values[.nameKana] == "すずき\"はなこ\"")
        #expect(rows[1].values[.phone] == "0312345678")
        #expect(rows[2].values[.phone] == "0901234567")
    }

    @Test func readsTSVByExtensionByOptionAndByATabInTheHeader() throws {
        let text = "phone\tname-kana\n03-1234-5678\t\"ア\tイ\"\n"
        for (name, format) in [
            ("list.tsv", RecordFormat.automatic), ("list.tab", .automatic), ("list.txt", .automatic),
            ("list.csv", .tsv),
        ] {
            let reader = try RecordFileReader(
                path: RecordFiles.write(text, named: name), format: format, columns: .byHeaderNames)
            #expect(reader.header == ["phone", "name-kana"], "\(name)")
            #expect(try reader.readAll().map(\.values) == [[.phone: "0312345678", .nameKana: "あい"]], "\(name)")
        }
        let commas = try RecordFileReader(
            path: RecordFiles.write("phone,gender\n1,\"a\tb\"\n", named: "list.tsv"), format: .csv,
            columns: .byHeaderNames)
        #expect(try commas.readAll().map(\.values) == [[.gender: "a\tb"]])
    }

    @Test func handlesCRLFBlankLinesAndAByteOrderMark() throws {
        let text = "\u{FEFF}phone,gender\r\n\r\n03-1234-5678,男\r\n\r\n\n\"0312345679\",\"女\"\r\n0312345670,\r\n"
        let reader = try RecordFileReader(path: RecordFiles.write(text), columns: .byHeaderNames)
        #expect(reader.header == ["phone", "gender"])
        let rows = try reader.readAll()
        #expect(
            rows == [
                ReadRow(line: 3, values: [.phone: "0312345678", .gender: "男"]),
                ReadRow(line: 6, values: [.phone: "0312345679", .gender: "女"]),
                ReadRow(line: 7, values: [.phone: "0312345670"]),
            ])
    }

    @Test func readsTheLastRowWithoutALineBreak() throws {
        let reader = try RecordFileReader(path: RecordFiles.write("gender\n男\n\"女\""), columns: .byHeaderNames)
        #expect(try reader.readAll().map(\.values) == [[.gender: "男"], [.gender: "女"]])
    }

    @Test func selectsColumnsByNumberAndByJapaneseHeaderName() throws {
        let text = "番号,氏名,電話番号,カナ\n1,山田太郎,03-1234-5678,ヤマダ\n"
        let selection = try ColumnSelection(parsing: "name-kanji=2,phone=電話番号,name-kana=4,gender=2")
        let reader = try RecordFileReader(path: RecordFiles.write(text), columns: selection)
        #expect(reader.columns == [.nameKanji: 1, .phone: 2, .nameKana: 3, .gender: 1])
        #expect(
            try reader.readAll().map(\.values) == [
                [.nameKanji: "山田太郎", .phone: "0312345678", .nameKana: "やまだ", .gender: "山田太郎"]
            ])
    }

    @Test func reportsUnusableValuesWithoutKeepingThem() throws {
        let text = "birth-date,phone,postal-code\n2003-02-30,123,100-0001\n"
        let reader = try RecordFileReader(path: RecordFiles.write(text), columns: .byHeaderNames)
        let block = try #require(try reader.nextBlock())
        var row = NormalisedRow()
        block.normalise(row: 0, into: &row)
        #expect(row.isUnusable(.birthDate) && row.isUnusable(.phone) && !row.isUnusable(.postalCode))
        #expect(row.value(.birthDate) == nil && row.value(.phone) == nil && row.value(.address) == nil)
        #expect(row.value(.postalCode).map(Array.init) == Array("1000001".utf8))
    }

    @Test(arguments: [1, 2, 7, 40, 100, 1000])
    func blocksNeverSplitARow(blockSize: Int) throws {
        var text = "name-kanji,phone,address\n"
        var expected: [ReadRow] = []
        var line = 2
        for index in 0..<300 {
            let phone = "03-\(1000 + index)-5678"
            if index % 7 == 3 {
                text += "\"山田\n\(index)\",\(phone),\"霞が関\r\n1-2\"\r\n"
                expected.append(
                    ReadRow(
                        line: line,
                        values: [
                            .nameKanji: "山田\(index)", .phone: "03\(1000 + index)5678", .address: "霞ケ関1-2",
                        ]))
                line += 3
            } else {
                text += "山田\(index),\(phone),千代田区\(index)\n" + (index % 11 == 0 ? "\n" : "")
                expected.append(
                    ReadRow(
                        line: line,
                        values: [
                            .nameKanji: "山田\(index)", .phone: "03\(1000 + index)5678", .address: "千代田区\(index)",
                        ]))
                line += index % 11 == 0 ? 2 : 1
            }
        }
        let reader = try RecordFileReader(path: RecordFiles.write(text), columns: .byHeaderNames)
        var rows: [ReadRow] = []
        var blocks = 0
        var normalised = NormalisedRow()
        while let block = try reader.nextBlock(blockSize: blockSize) {
            blocks += 1
            for row in 0..<block.count {
                block.normalise(row: row, into: &normalised)
                var values: [RecordField: String] = [:]
                for field in reader.columns.keys {
                    values[field] = normalised.value(field).map { String(decoding: $0, as: UTF8.self) }
                }
                rows.append(ReadRow(line: block.line(ofRow: row), values: values))
            }
        }
        #expect(rows == expected)
        #expect(blocks > 1)
        #expect(reader.bytesRead == reader.fileSize)
        #expect(try reader.nextBlock() == nil)
    }

    @Test func blocksAndSingleValuesNormaliseAlike() throws {
        let values = [
            ("name-kanji", "髙橋　﨑子"), ("name-kana", "ﾀｶﾊｼ ｻｷｺ"), ("birth-date", "H15.4.5"), ("phone", "+81 3 1234 5678"),
            ("postal-code", "〒100-0001"), ("address", "東京都千代田区霞が関三丁目2番1号"), ("gender", "ｵﾄｺ"),
        ]
        let text = values.map(\.0).joined(separator: ",") + "\n" + values.map(\.1).joined(separator: ",") + "\n"
        let reader = try RecordFileReader(path: RecordFiles.write(text), columns: .byHeaderNames)
        let block = try #require(try reader.nextBlock())
        var row = NormalisedRow()
        block.normalise(row: 0, into: &row)
        for (name, value) in values {
            let field = try #require(RecordField(rawValue: name))
            let single = try #require(FieldNormaliser.normalise(value, as: field))
            #expect(row.value(field).map(Array.init) == single)
        }
    }
}
