import Foundation
import LineageCore

/// Evidence that arrives through a pipe: standard input (`-`), `/dev/stdin`, or a shell's `<(...)`.
///
/// Evidence files are read twice (once for the items, once for the schema), and a pipe can be read only once,
/// so such input is first copied to a private temporary file; diagnostics then name it as the user did
/// (`<stdin>` for `-`). The copy is removed when this value is done with.
final class SpooledInput {
    /// The paths to read: the user's, with each piped one replaced by its copy.
    let paths: [String]
    /// The user's name for each copy, to put back into diagnostics.
    private let names: [String: String]
    private let folder: URL?

    /// - Parameter maximumSize: the most bytes copied of any one input. One byte more is copied, so that the
    ///   loader refuses the copy as too large by its own rule (`input-too-large`), and a pipe that never ends
    ///   (`/dev/zero`) cannot fill the disk.
    init(_ requested: [String], maximumSize: Int) throws {
        var paths: [String] = []
        var names: [String: String] = [:]
        var folder: URL?
        for (index, path) in requested.enumerated() {
            guard path == "-" || Self.isPipe(path) else {
                paths.append(path)
                continue
            }
            if folder == nil {
                let created = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-\(UUID().uuidString)")
                try FileManager.default.createDirectory(
                    at: created, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
                folder = created
                SpoolRemoval.register(created.path)
            }
            let copy = folder!.appendingPathComponent("input-\(index).xml")
            SpoolRemoval.register(copy.path)
            let source = path == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            guard FileManager.default.createFile(atPath: copy.path, contents: nil, attributes: [.posixPermissions: 0o600])
            else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: copy.path]) }
            let target = try FileHandle(forWritingTo: copy)
            let limit = maximumSize == Int.max ? Int.max : maximumSize + 1
            var copied = 0
            while copied < limit, let chunk = try source.read(upToCount: min(1 << 20, limit - copied)), !chunk.isEmpty {
                try target.write(contentsOf: chunk)
                copied += chunk.count
            }
            try target.close()
            paths.append(copy.path)
            names[copy.path] = path == "-" ? "<stdin>" : path
        }
        self.paths = paths
        self.names = names
        self.folder = folder
    }

    deinit {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// `result` with each copy named as the user named it.
    func renaming(_ result: inout [Diagnostic]) {
        guard !names.isEmpty else { return }
        for index in result.indices {
            rename(&result[index].location)
            for note in result[index].notes.indices { rename(&result[index].notes[note].location) }
        }
    }

    func renaming(_ files: [String]) -> [String] {
        files.map { names[$0] ?? $0 }
    }

    private func rename(_ location: inout SourceLocation?) {
        if let file = location?.file, let name = names[file] { location?.file = name }
    }

    /// Whether `path`, followed through links (`/dev/stdin`, `/dev/fd/63`), is a FIFO, socket or character
    /// device rather than a file that can be read twice.
    private static func isPipe(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let type = status.st_mode & S_IFMT
        return type == S_IFIFO || type == S_IFCHR || type == S_IFSOCK
    }
}

/// Removes the spool when the run is stopped by SIGINT, SIGTERM or SIGHUP, then ends the process as the signal
/// would have: a copy of confidential evidence must not outlive a run stopped with Ctrl-C or `kill`.
///
/// The handler may only call async-signal-safe functions, so the paths are kept as C strings made beforehand,
/// in fixed storage that is only ever appended to; it unlinks them newest first (the copies, then the folder).
private enum SpoolRemoval {
    static let capacity = 256
    nonisolated(unsafe) static let paths = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(
        capacity: capacity)
    nonisolated(unsafe) static var count = 0

    static func register(_ path: String) {
        guard count < capacity else { return }
        if count == 0 {
            // Unblocked too: a parent may have started us with them blocked (Foundation's Process does), and a
            // blocked signal would wait forever while the copy stayed behind.
            var signals = sigset_t()
            sigemptyset(&signals)
            for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
                signal(signalNumber, removeAndRaise)
                sigaddset(&signals, signalNumber)
            }
            pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        }
        paths[count] = strdup(path)
        count += 1
    }
}

private func removeAndRaise(_ signalNumber: Int32) {
    var index = SpoolRemoval.count
    while index > 0 {
        index -= 1
        if let path = SpoolRemoval.paths[index], unlink(path) != 0 { rmdir(path) }
    }
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
