import Foundation

/// `lineage serve --port 0 ...` run as a user runs it, from the package root: its address read from the first
/// line of its standard output, its write token (if any) from standard error; stopped with SIGTERM.
final class ServedCase {
    let process = Process()
    let port: Int
    let address: String
    /// The token printed on standard error with `--allow-writes`.
    private(set) var token: String?
    private let scratch: URL

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The package's root folder, where `Graphs/benesse` lives.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The `lineage` executable built beside the test runner, or `LINEAGE_BINARY`.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["LINEAGE_BINARY"] { return URL(fileURLWithPath: path) }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        // The runner may sit inside an .xctest bundle folder.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("lineage").path),
            folder.path != "/"
        {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("lineage")
    }

    /// Starts the server on `arguments` (paths and options after `serve --port 0`).
    init(_ arguments: [String]) throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let errorFile = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.executableURL = Self.binary
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = Self.packageRoot
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while true {
            let byte = try output.fileHandleForReading.read(upToCount: 1) ?? Data()
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line += byte
        }
        address = String(decoding: line, as: UTF8.self)
        guard address.hasPrefix("http://127.0.0.1:"), address.hasSuffix("/"),
            let port = Int(address.dropFirst("http://127.0.0.1:".count).dropLast())
        else {
            process.waitUntilExit()
            let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            throw Failure(description: "no address on the first line: '\(address)'; stderr: \(errors)")
        }
        self.port = port
        let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        let lines = errors.split(separator: "\n").map(String.init)
        if let intro = lines.firstIndex(where: { $0.contains("writes need this token") }), intro + 1 < lines.count {
            token = lines[intro + 1]
        }
    }

    var client: HTTPProbe { HTTPProbe(port: port) }

    /// Standard error so far.
    var standardError: String {
        (try? String(contentsOf: scratch.appendingPathComponent("stderr"), encoding: .utf8)) ?? ""
    }

    /// Stops the server and removes the scratch folder.
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: scratch)
    }

    deinit { stop() }
}

/// A temporary folder for a test's evidence or store, removed by `remove()`.
struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-serve-case-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Runs `lineage arguments...` from the package root and returns its status, standard output and error.
func lineage(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
    let process = Process()
    process.executableURL = ServedCase.binary
    process.arguments = arguments
    process.currentDirectoryURL = ServedCase.packageRoot
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
}
