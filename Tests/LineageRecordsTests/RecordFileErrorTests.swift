import LineageRecords
import Testing

@Suite struct RecordFileErrorTests {
    @Test(arguments: [
        ("a,b,c\n1,2,3\n1,2\n", 3, "2 fields, but the header has 3"),
        ("a,b,c\n1,2,3,4\n", 2, "4 fields, but the header has 3"),
        ("a,b\n\"1\n2\",3\n4,\"5\n6\n", 4, "the quote opening field 2 is never closed"),
        ("a,b\n1,\"2\"x\n", 2, "text after the closing quote of field 2"),
        ("a,b\n\"1\n\n\",2\n3\n", 5, "1 fields, but the header has 2"),
    ])
    func structuralProblemsNameTheLineWhereTheRowStarts(text: String, line: Int, message: String) throws {
        let path = try RecordFiles.write(text)
        let reader = try RecordFileReader(path: path, columns: ColumnSelection(parsing: "gender=1"))
        let error = RecordFileError(path: path, line: line, message: message)
        #expect(throws: error) { try reader.readAll() }
        #expect(error.description == "\(path):\(line): \(message)")
    }

    @Test func invalidUTF8IsAnErrorOnItsLine() throws {
        let bytes = Array("gender\n男\n女\n".utf8) + [0x41, 0xFF, 0x0A] + Array("男\n".utf8)
        let path = try RecordFiles.write(bytes: bytes)
        let reader = try RecordFileReader(path: path, columns: .byHeaderNames)
        #expect(
            throws: RecordFileError(
                path: path, line: 4, message: "bytes that are not valid UTF-8 (a CP932 file must be read as CP932)")
        ) {
            try reader.readAll()
        }
    }

    @Test func aRowLongerThanOneMebibyteIsAnError() throws {
        let long = String(repeating: "x", count: (1 << 20) + 10)
        for text in [
            "gender\n男\n\(long)\n", "gender\n男\n\(long)",
            "gender\n男\n\"\(long.prefix(1 << 19))\n\(long.prefix(1 << 19))\n\"\n",
        ] {
            let path = try RecordFiles.write(text)
            let reader = try RecordFileReader(path: path, columns: .byHeaderNames)
            #expect(throws: RecordFileError(path: path, line: 3, message: "a row longer than 1 MiB")) {
                try reader.readAll(blockSize: 1 << 16)
            }
        }
    }

    @Test func fileProblems() throws {
        let empty = try RecordFiles.write("\n\r\n")
        #expect(throws: RecordFileError(path: empty, message: "is empty; expected a header row naming the columns")) {
            try RecordFileReader(path: empty, columns: .byHeaderNames)
        }
        let missing = empty + ".missing"
        #expect(throws: RecordFileError(path: missing, message: "cannot be opened for reading")) {
            try RecordFileReader(path: missing, columns: .byHeaderNames)
        }
    }

    /// Values that appear in no message: each is put in a row with a problem.
    static let secrets = ["秘密太郎", "ヒミツタロウ", "09099998888", "1999-12-31", "〒999-9999", "架空県幻町9-9-9"]

    @Test func noErrorShowsAFieldValue() throws {
        let row = Self.secrets.joined(separator: ",")
        let header = "name-kanji,name-kana,phone,birth-date,postal-code,address\n"
        var files: [(bytes: [UInt8], encoding: RecordEncoding)] = [
            "\(row),extra", Self.secrets.dropLast().joined(separator: ","), "\"\(row)",
            "\"秘密太郎\"ヒミツタロウ,\(row.drop { $0 != "," }.dropFirst())",
            String(repeating: row, count: (1 << 20) / row.utf8.count + 1),
        ].map { (Array((header + $0 + "\n").utf8), .utf8) }
        files.append((Array(header.utf8) + Array("秘密".utf8) + [0xFF] + Array(row.utf8) + [0x0A], .utf8))
        files.append((Array(header.utf8) + Array(row.utf8) + [0x0A], .cp932))
        files.append(
            (Array(header.utf8) + [0x94, 0xE9, 0x96, 0xA7, 0x82] + Array(row.utf8.filter { $0 < 0x80 }), .cp932))
        var descriptions: [String] = []
        for file in files {
            let path = try RecordFiles.write(bytes: file.bytes)
            do {
                let reader = try RecordFileReader(path: path, encoding: file.encoding, columns: .byHeaderNames)
                _ = try reader.readAll(blockSize: 1 << 16)
                Issue.record("no error for \(file.bytes.count) bytes")
            } catch {
                descriptions.append(error.description)
            }
        }
        #expect(descriptions.count == files.count)
        for description in descriptions {
            for secret in Self.secrets + ["秘密", "タロウ", "9999"] {
                #expect(!description.contains(secret), "\(description)")
            }
        }
    }
}
