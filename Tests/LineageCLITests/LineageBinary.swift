import Foundation

/// Runs the real `lineage` executable that `swift test` built beside this test bundle, as a user would.
enum LineageBinary {
    struct Outcome {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The built executable: `LINEAGE_BINARY` when set, else `lineage` in the build products folder, which is
    /// the parent of this target's resource bundle.
    static var url: URL {
        if let path = ProcessInfo.processInfo.environment["LINEAGE_BINARY"] { return URL(fileURLWithPath: path) }
        return Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("lineage")
    }

    /// The test fixtures folder (`Tests/LineageCLITests/Fixtures`, copied into the bundle).
    static var fixtures: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    }

    /// The package's root folder, for tests that use the shipped case in `Graphs/`.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs `lineage arguments...` in `directory` (the fixtures folder by default) and waits for it, with
    /// `input` on its standard input.
    static func run(_ arguments: [String], in directory: URL = fixtures, input: Data? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // Standard error goes through a file, so a chatty command cannot fill a pipe that nobody reads yet.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let errorFile = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        if let input {
            let inputFile = scratch.appendingPathComponent("stdin")
            try input.write(to: inputFile)
            process.standardInput = try FileHandle(forReadingFrom: inputFile)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
    }
}
