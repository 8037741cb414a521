import Foundation

/// The real `lineage` binary, run as a user runs it: arguments in; standard output, standard error and the exit
/// status out. Self-contained, so any CLI suite can use it.
enum LineageBinary {
    struct Run: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Where `swift build` put the binary: beside this test bundle's resources (the build products directory),
    /// or else `.build/debug` of the package this file is in.
    static let url: URL = {
        let products = Bundle.module.bundleURL.deletingLastPathComponent()
        let beside = products.appendingPathComponent("lineage")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/lineage")
    }()

    /// The path of a file under `Fixtures/`, e.g. `fixture("queries/broker-chain.xml")`.
    static func fixture(_ path: String) -> String {
        Bundle.module.bundleURL.appendingPathComponent("Fixtures").appendingPathComponent(path).path
    }

    /// Runs `lineage` with `arguments` and waits for it. Output goes through files rather than pipes, so a large
    /// answer cannot fill a pipe and stall the run.
    static func run(_ arguments: [String]) throws -> Run {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let stdout = directory.appendingPathComponent("stdout")
        let stderr = directory.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: stdout.path, contents: nil)
        FileManager.default.createFile(atPath: stderr.path, contents: nil)

        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: stdout), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: stderr), as: UTF8.self))
    }
}
