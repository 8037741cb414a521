import LineageRecords
import Testing

@Suite struct ColumnSelectionTests {
    @Test func partsNameFieldsByNumberOrHeaderName() throws {
        let path = try RecordFiles.write("id,カナ,生年月日,電話\n1,ア,2000-01-01,0312345678\n")
        let selection = try ColumnSelection(parsing: "name-kana=カナ, birth-date = 生年月日 ,phone=4")
        let reader = try RecordFileReader(path: path, columns: selection)
        #expect(reader.columns == [.nameKana: 1, .birthDate: 2, .phone: 3])
        #expect(reader.header == ["id", "カナ", "生年月日", "電話"])
    }

    @Test func byHeaderNamesTakesColumnsNamedAfterFields() throws {
        let path = try RecordFiles.write("id,phone,\u{FEFF} name-kana ,note\n1,0312345678,ア,x\n")
        let reader = try RecordFileReader(path: path, columns: .byHeaderNames)
        #expect(reader.columns == [.phone: 1, .nameKana: 2])
    }

    @Test(arguments: [
        (
            "name=3",
            "--columns part 1: \"name\" is not a field; expected one of name-kanji, name-kana, birth-date, "
                + "phone, postal-code, address, gender"
        ),
        ("phone=1,,name-kana=2", "--columns part 2 is empty; expected field=column"),
        ("phone=1,", "--columns part 2 is empty; expected field=column"),
        ("phone", "--columns part 1 has no \"=\"; expected field=column, such as name-kana=3"),
        ("phone=0", "--columns part 1: column numbers count from 1"),
        ("phone=", "--columns part 1: phone has no column"),
        ("phone=1,phone=2", "--columns part 2: phone is chosen twice"),
    ])
    func badSelectionsAreErrors(text: String, message: String) {
        #expect(throws: RecordFileError(path: nil, message: message)) {
            try ColumnSelection(parsing: text, naming: "--columns")
        }
        #expect(RecordFileError(path: nil, message: message).description == message)
        // Without a front end's name for it, the library names no option.
        let plain = String(message.dropFirst("--columns".count))
        #expect(throws: RecordFileError(path: nil, message: "column choice" + plain)) {
            try ColumnSelection(parsing: text)
        }
    }

    @Test func aHeaderNameThatIsNotThereIsAnErrorListingTheHeader() throws {
        let path = try RecordFiles.write("氏名,生年月日\n山田,2000-01-01\n")
        let selection = try ColumnSelection(parsing: "name-kana=カナ")
        let error = RecordFileError(
            path: path, message: "name-kana: no column is named \"カナ\"; the header has 2 columns (not shown here, in case the "
                + "file has no header row and the first line is a record; see it with head -n 1)")
        #expect(throws: error) { try RecordFileReader(path: path, columns: selection) }
        #expect(error.description == "\(path): \(error.message)")
    }

    @Test func aColumnPastTheHeaderIsAnError() throws {
        let path = try RecordFiles.write("a,b,c\n1,2,3\n")
        let error = RecordFileError(
            path: path, message: "phone is column 9, but the header has only 3 columns")
        #expect(throws: error) { try RecordFileReader(path: path, columns: ColumnSelection(parsing: "phone=9")) }
    }

    @Test func aHeaderNamedTwiceIsAnError() throws {
        let path = try RecordFiles.write("phone,phone\n1,2\n")
        let error = RecordFileError(
            path: path, message: "columns 1 and 2 are both named \"phone\"; choose one by number with --columns")
        #expect(throws: error) {
            try RecordFileReader(path: path, columns: ColumnSelection.byHeaderNames.named("--columns"))
        }
        #expect(throws: RecordFileError(path: path, message: "columns 1 and 2 are both named \"phone\"")) {
            try RecordFileReader(path: path, columns: .byHeaderNames)
        }
    }

    @Test func noHeaderNamedAfterAFieldIsAnError() throws {
        let path = try RecordFiles.write("a,b\n1,2\n")
        #expect(throws: RecordFileError.self) { try RecordFileReader(path: path, columns: .byHeaderNames) }
    }
}
