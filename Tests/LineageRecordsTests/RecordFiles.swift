import Foundation
import Synchronization
import LineageRecords
import Testing

/// Writes record files for tests into a fresh temporary directory.
enum RecordFiles {
    static func write(_ text: String, named name: String = "records.csv") throws -> String {
        try write(bytes: Array(text.utf8), named: name)
    }

    /// One folder for the whole test run, removed when the process exits: the files are handed out by path, so
    /// no test knows when the last reader of one is done.
    private static let runFolder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("records-\(UUID().uuidString)")
        atexit {
            try? FileManager.default.removeItem(
                at: URL(fileURLWithPath: RecordFiles.runFolderPath.withLock { $0 }))
        }
        RecordFiles.runFolderPath.withLock { $0 = folder.path }
        return folder
    }()
    private static let runFolderPath = Mutex("")

    static func write(bytes: [UInt8], named name: String = "records.csv") throws -> String {
        let directory = runFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func fixture(_ name: String) throws -> String {
        let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)
        return try #require(url).path
    }
}

/// A row as a test sees it: its line and its normalised values as strings.
struct ReadRow: Equatable, CustomStringConvertible {
    var line: Int
    var values: [RecordField: String]

    var description: String {
        "\(line): " + values.sorted { $0.key < $1.key }.map { "\($0.key.rawValue)=\($0.value)" }.joined(separator: " ")
    }
}

extension RecordFileReader {
    /// Every remaining row, read in blocks of `blockSize`.
    func readAll(blockSize: Int = 4 << 20) throws(RecordFileError) -> [ReadRow] {
        var rows: [ReadRow] = []
        var normalised = NormalisedRow()
        while let block = try nextBlock(blockSize: blockSize) {
            for row in 0..<block.count {
                block.normalise(row: row, into: &normalised)
                var values: [RecordField: String] = [:]
                for field in columns.keys {
                    if let value = normalised.value(field) { values[field] = String(decoding: value, as: UTF8.self) }
                }
                rows.append(ReadRow(line: block.line(ofRow: row), values: values))
            }
        }
        return rows
    }
}

/// `FieldNormaliser` as a string, for readable expectations.
func normalised(_ value: String, as field: RecordField) -> String? {
    FieldNormaliser.normalise(value, as: field).map { String(decoding: $0, as: UTF8.self) }
}
