package import Foundation

/// Graphviz's `dot`, run for the user: `lineage graph --format svg` needs no pipe, and `lineage serve` lays out
/// the page's diagram with it. The one place that starts `dot`.
package enum Graphviz {
    /// The output of `dot -T<format>` for `dot`. `dot`'s own messages go straight to standard error, or nowhere
    /// when `showsMessages` is false (a layout measured before the real rendering, which shows them once).
    ///
    /// Blocks until `dot` exits: call it off any thread that must stay responsive.
    /// - Parameter format: a Graphviz output format from code (`svg`, `png`, `pdf`, `plain`), never from a request.
    package static func render(
        _ dot: String, format: String, showsMessages: Bool = true
    ) throws(GraphvizError) -> Data {
        guard let executable = find("dot") else { throw .missing }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-T\(format)"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        if !showsMessages { process.standardError = FileHandle.nullDevice }
        do {
            try process.run()
        } catch {
            throw .failed("could not start \(executable): \(error.localizedDescription)")
        }
        // If dot dies before reading everything, the write fails with EPIPE instead of killing us with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        // Write on another thread while this one reads: a big diagram fills both pipes, and dot reads all of its
        // input before it writes, but a writer that waited for the reader (or the reverse) could deadlock.
        let writer = InputWriter(handle: input.fileHandleForWriting, data: Data(dot.utf8))
        let thread = Thread { writer.run() }
        thread.start()
        let rendered = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        writer.finished.wait()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw .failed("dot -T\(format) failed with status \(process.terminationStatus)")
        }
        if let writeError = writer.error { throw .failed("could not pass the diagram to dot: \(writeError)") }
        return rendered
    }

    /// The first executable called `name` on `PATH`.
    private static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = (String(directory) as NSString).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// Writes the diagram into dot's standard input and closes it, on its own thread; `finished` is signalled after
/// `error` is set, so reading it after waiting is safe.
private final class InputWriter: @unchecked Sendable {
    let handle: FileHandle
    let data: Data
    let finished = DispatchSemaphore(value: 0)
    private(set) var error: (any Error)?

    init(handle: FileHandle, data: Data) {
        self.handle = handle
        self.data = data
    }

    func run() {
        do {
            try handle.write(contentsOf: data)
        } catch {
            self.error = error
        }
        try? handle.close()
        finished.signal()
    }
}

/// Why Graphviz could not draw a diagram.
package enum GraphvizError: Error, Sendable, CustomStringConvertible {
    /// `dot` is not on `PATH`.
    case missing
    /// `dot` could not be started, failed, or could not be given the diagram.
    case failed(String)

    package var description: String {
        switch self {
        case .missing:
            "Graphviz's dot is not on PATH, so SVG, PNG and PDF cannot be made. Install Graphviz (Debian and "
                + "Ubuntu: apt-get install graphviz)."
        case .failed(let reason):
            reason
        }
    }
}
