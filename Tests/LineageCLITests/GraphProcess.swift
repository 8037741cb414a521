import Foundation

/// What the graph tests run besides a plain `lineage` call: `lineage` with a chosen environment (a PATH without
/// Graphviz), and Graphviz's own `dot`, fed DOT on standard input.
enum GraphProcess {
    /// Runs `executable` in `directory` and waits for it. Output goes through files, not pipes, so a chatty
    /// process can never fill a pipe and wait forever for the test to read it.
    static func run(
        _ executable: URL, _ arguments: [String], input: Data? = nil, environment: [String: String]? = nil,
        in directory: URL = LineageBinary.packageRoot
    ) throws -> LineageBinary.Outcome {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lineage-graph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputFile = scratch.appendingPathComponent("stdout")
        let errorFile = scratch.appendingPathComponent("stderr")
        let inputFile = scratch.appendingPathComponent("stdin")
        try Data().write(to: outputFile)
        try Data().write(to: errorFile)
        try (input ?? Data()).write(to: inputFile)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let environment { process.environment = environment }
        let output = try FileHandle(forWritingTo: outputFile)
        let error = try FileHandle(forWritingTo: errorFile)
        let stdin = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = output
        process.standardError = error
        process.standardInput = stdin
        try process.run()
        process.waitUntilExit()
        try output.close()
        try error.close()
        try stdin.close()
        return LineageBinary.Outcome(
            status: process.terminationStatus,
            standardOutput: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
    }

    /// Graphviz's `dot`, wherever PATH has it.
    static let dot: URL? = {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("dot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()
}
