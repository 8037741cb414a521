import Foundation

/// Graphviz's `dot`, run for the user so `lineage graph --format svg` needs no pipe.
enum Graphviz {
    /// Renders DOT text with `dot -T<format>`, to `path` or to standard output. `dot`'s own messages go straight
    /// to standard error.
    static func render(_ dot: String, format: String, to path: String?) throws(GraphOutputError) {
        guard let executable = find("dot") else { throw .graphvizMissing }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-T\(format)"] + (path.map { ["-o", $0] } ?? [])
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            throw .graphvizFailed("could not start \(executable): \(error.localizedDescription)")
        }
        // If dot dies before reading everything, the write fails with EPIPE instead of killing us with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        var writeError: (any Error)?
        do {
            try input.fileHandleForWriting.write(contentsOf: Data(dot.utf8))
        } catch {
            writeError = error
        }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw .graphvizFailed("dot -T\(format) failed with status \(process.terminationStatus)")
        }
        if let writeError { throw .graphvizFailed("could not pass the diagram to dot: \(writeError)") }
    }

    /// The first executable called `name` on `PATH`.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = (String(directory) as NSString).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// Writing a diagram out.
enum GraphOutput {
    /// Writes `data` to `path`, or to standard output when there is none.
    static func write(_ data: Data, to path: String?) throws(GraphOutputError) {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw .cannotWrite(path, error.localizedDescription)
        }
    }
}

/// Why a drawn diagram did not reach its destination.
enum GraphOutputError: Error, CustomStringConvertible {
    case graphvizMissing
    case graphvizFailed(String)
    case cannotWrite(String, String)

    var description: String {
        switch self {
        case .graphvizMissing:
            "Graphviz's dot is not on PATH, so SVG, PNG and PDF cannot be made. Install Graphviz (Debian and "
                + "Ubuntu: apt-get install graphviz), or write DOT with --format dot and render it elsewhere."
        case .graphvizFailed(let reason):
            reason
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        }
    }
}
