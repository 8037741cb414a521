import Foundation

/// The Python `prov` package (the W3C PROV reference library) in a virtual environment of its own, created
/// once under `.build/prov-venv` and reused. Creating it needs PyPI; if that fails, the tests that need it
/// fail, saying why: they do not pass vacuously.
enum PythonProv {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("prov_check.py")
    private static let environment = packageRoot.appendingPathComponent(".build/prov-venv")

    /// The environment's python, created on first use (once per test run, whatever runs in parallel).
    static let python: Result<URL, Failure> = {
        let python = environment.appendingPathComponent("bin/python")
        let ready = environment.appendingPathComponent(".ready")
        if FileManager.default.fileExists(atPath: ready.path) { return .success(python) }
        do {
            try run("/usr/bin/env", ["python3", "-m", "venv", "--clear", environment.path])
            try run(python.path, ["-m", "pip", "install", "--quiet", "prov==3.2.3", "lxml"])
            _ = FileManager.default.createFile(atPath: ready.path, contents: nil)
            return .success(python)
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(description: "\(error)"))
        }
    }()

    /// Runs the helper script with `arguments` and returns what it printed.
    static func check(_ arguments: [String]) throws -> String {
        try run(try python.get().path, [script.path] + arguments)
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws(Failure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw Failure(description: "cannot run \(executable): \(error)") }
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaints = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description: "\(executable) \(arguments.joined(separator: " ")) failed (\(process.terminationStatus)): "
                    + String(decoding: complaints, as: UTF8.self))
        }
        return String(decoding: printed, as: UTF8.self)
    }
}
