import LineageRecords
import Testing

@Suite struct CP932Tests {
    static let columns =
        "name-kanji=氏名,name-kana=フリガナ,birth-date=生年月日,phone=電話番号,postal-code=郵便番号,"
        + "address=住所,gender=性別"

    @Test func readsAndNormalisesLikeItsUTF8Twin() throws {
        let selection = try ColumnSelection(parsing: Self.columns)
        let cp932 = try RecordFileReader(path: RecordFiles.fixture("cp932.csv"), encoding: .cp932, columns: selection)
        let utf8 = try RecordFileReader(path: RecordFiles.fixture("cp932-utf8.csv"), columns: selection)
        #expect(cp932.header == utf8.header)
        #expect(cp932.header.last == "備考")
        let rows = try cp932.readAll(blockSize: 1)
        #expect(rows == (try utf8.readAll()))
        #expect(
            rows == [
                ReadRow(
                    line: 2,
                    values: [
                        .nameKanji: "山田太郎", .nameKana: "やまだたろう", .birthDate: "20030405", .phone: "0312345678",
                        .postalCode: "1000001", .address: "千代田区霞ケ関1-2-3", .gender: "男",
                    ]),
                ReadRow(
                    line: 3,
                    values: [
                        .nameKanji: "高橋花子", .nameKana: "たかはしはなこ", .birthDate: "19851201", .phone: "0661234567",
                        .postalCode: "5300001", .address: "大阪市北区梅田3-1-2", .gender: "女",
                    ]),
                ReadRow(
                    line: 5,
                    values: [
                        .nameKanji: "佐藤一郎", .nameKana: "さとういちろう", .birthDate: "19700102", .phone: "09012345678",
                        .postalCode: "1234567", .address: "札幌市中央区北一条西2-1", .gender: "男",
                    ]),
            ])
    }

    @Test func invalidCP932IsAnErrorOnItsLine() throws {
        // 男 is 0x92 0x6A in CP932; 0x82 followed by a line feed is half a character.
        let bytes: [UInt8] =
            Array("gender\n".utf8) + [0x92, 0x6A, 0x0A, 0x92, 0x6A, 0x0A, 0x82, 0x0A, 0x92, 0x6A, 0x0A]
        let path = try RecordFiles.write(bytes: bytes)
        let reader = try RecordFileReader(path: path, encoding: .cp932, columns: .byHeaderNames)
        #expect(throws: RecordFileError(path: path, line: 4, message: "bytes that are not valid CP932")) {
            try reader.readAll()
        }
    }

    @Test func aCP932FileReadAsUTF8IsAnErrorOnTheFirstLineWithKanji() throws {
        let path = try RecordFiles.fixture("cp932.csv")
        #expect(
            throws: RecordFileError(
                path: path, line: 1, message: "bytes that are not valid UTF-8 (a CP932 file must be read as CP932)")
        ) {
            try RecordFileReader(path: path, columns: .byHeaderNames)
        }
    }
}
