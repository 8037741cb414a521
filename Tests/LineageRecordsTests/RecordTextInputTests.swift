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

    /// CP932 decodes NUL and the other C0 controls to themselves, so they are looked for after decoding, with the
    /// column counted in characters (男 is two bytes in CP932, one character).
    @Test(arguments: [(UInt8(0x00), "0000"), (UInt8(0x1B), "001B")])
    func refusesACharacterXMLForbidsInACP932File(byte: UInt8, code: String) throws {
        let otoko: [UInt8] = [0x92, 0x6A]
        let bytes =
            Array("phone,gender\n0312345678,".utf8) + otoko + Array("\n".utf8) + otoko + Array(",03123456".utf8) + [byte]
            + Array("79\n".utf8)
        let path = try RecordFiles.write(bytes: bytes)
        let reader = try RecordFileReader(path: path, encoding: .cp932, columns: .byHeaderNames)
        let error = try #require(throws: RecordFileError.self) { try reader.readAll() }
        #expect(error.description == "\(path):3:11: a character XML 1.0 forbids (U+\(code)), which no text in a case may hold")
    }
}
