import Foundation
import Testing

/// Golden files: output checked in under `Tests/LineageCLITests/Golden/`, so any change to it shows in review.
/// `LINEAGE_UPDATE_GOLDEN=1 swift test` rewrites them from the current output instead of comparing.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var isUpdating: Bool { ProcessInfo.processInfo.environment["LINEAGE_UPDATE_GOLDEN"] == "1" }

    /// Compares `output` with the golden file `name.dot`, or writes it when updating.
    static func check(_ output: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try check(output, file: "\(name).dot", sourceLocation: sourceLocation)
    }

    /// Compares `output` with the golden file at `path` below the golden folder (its extension included), or
    /// writes it when updating.
    static func check(_ output: String, file path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent(path)
        if isUpdating {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(output.utf8).write(to: file)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record(
                "no golden file \(file.lastPathComponent); write it with LINEAGE_UPDATE_GOLDEN=1 swift test",
                sourceLocation: sourceLocation)
            return
        }
        #expect(
            output == expected,
            "\(file.lastPathComponent) differs; if the change is intended, rewrite it with LINEAGE_UPDATE_GOLDEN=1",
            sourceLocation: sourceLocation)
    }
}
