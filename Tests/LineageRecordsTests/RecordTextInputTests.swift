import LineageRecords
import Testing

/// What record files bring in besides rows: old line ends, and characters no text in a case may hold.
@Suite struct RecordTextInputTests {
    @Test func readsCROnlyLineEndsAsOldMacSpreadsheetsWriteThem() throws {
        let text = "phone,gender\r03-1234-5678,男\r\"0312345679\",\"女\"\r"
        let reader = try RecordFileReader(path: RecordFiles.write(text), columns: .byHeaderNames)
        #expect(reader.header == ["phone", "gender"])
        let rows = try reader.readAll()
        #expect(rows.map(\.line) == [2, 3])
        #expect(rows.map { $0.values[.phone] } == ["0312345678", "0312345679"])
    }

    @Test(arguments: [("\u{0}", "0000"), ("\u{1B}", "001B"), ("\u{FFFF}", "FFFF")])
    func refusesACharacterXMLForbidsWithItsPlace(character: String, code: String) throws {
        let path = try RecordFiles.write("phone,gender\n0312345678,男\n03123456\(character)79,女\n")
        let reader = try RecordFileReader(path: path, columns: .byHeaderNames)
        let error = try #require(throws: RecordFileError.self) { try reader.readAll() }
        #expect(error.line == 3)
        #expect(error.column == 9)
        #expect(error.description == "\(path):3:9: a character XML 1.0 forbids (U+\(code)), which no text in a case may hold")
    }
}
