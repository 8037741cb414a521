import Foundation

/// The real `lineage` executable, as the user runs it: the tests drive it through its command line and read what
/// it writes, so they check the tool rather than its parts.
enum LineageBinary {
    /// What a run produced.
    struct Result {
        var status: Int32
        var standardOutput: Data
        var standardError: Data

        var output: String { String(decoding: standardOutput, as: UTF8.self) }
        var errors: String { String(decoding: standardError, as: UTF8.self) }
    }

    /// The built `lineage`: beside the test executable (SwiftPM builds every product of the package into the same
    /// directory; on macOS the tests are a bundle in it), else in the package's default debug build directory.
    static let url: URL = {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent(), Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ].compactMap { $0?.appendingPathComponent("lineage") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? packageRoot.appendingPathComponent(".build/debug/lineage")
    }()

    /// The package's root directory, found from this file's place in it.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs `lineage` with `arguments`, in the package root unless told otherwise.
    static func run(
        _ arguments: [String], environment: [String: String]? = nil, in directory: URL = packageRoot
    ) throws -> Result {
        try runProcess(url, arguments, environment: environment, in: directory)
    }

    /// Runs any executable, feeding it `input` and capturing what it writes. Output goes through temporary files,
    /// not pipes, so a chatty process can never fill a pipe and wait forever for the test to read it.
    static func runProcess(
        _ executable: URL, _ arguments: [String], input: Data? = nil, environment: [String: String]? = nil,
        in directory: URL = packageRoot
    ) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        let inURL = scratch.appendingPathComponent("stdin")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        try (input ?? Data()).write(to: inURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let environment { process.environment = environment }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let inp = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        try inp.close()
        return Result(
            status: process.terminationStatus, standardOutput: try Data(contentsOf: outURL),
            standardError: try Data(contentsOf: errURL))
    }
}
