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

    /// Runs `lineage arguments...` in `directory` (the fixtures folder by default) and waits for it.
    static func run(_ arguments: [String], in directory: URL = fixtures) throws -> Outcome {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes before waiting, so a large output cannot fill a pipe and stall the child.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }
}
