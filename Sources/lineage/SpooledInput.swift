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

    init(_ requested: [String]) throws {
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
            }
            let copy = folder!.appendingPathComponent("input-\(index).xml")
            let source = path == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            guard FileManager.default.createFile(atPath: copy.path, contents: nil, attributes: [.posixPermissions: 0o600])
            else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: copy.path]) }
            let target = try FileHandle(forWritingTo: copy)
            while let chunk = try source.read(upToCount: 1 << 20), !chunk.isEmpty { target.write(chunk) }
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
