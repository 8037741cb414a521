import LineageCore
internal import Foundation

/// Turns the paths a user names into the evidence files to read.
enum EvidencePaths {
    /// Files as given; directories searched recursively for `*.xml`, sorted by path so runs are repeatable.
    /// A path that does not exist, or a directory with no evidence in it, is an error, never a silent skip.
    static func expand(_ paths: [String], diagnostics: inout [Diagnostic]) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(.error(.unreadable, "no such file or directory", at: SourceLocation(file: path, line: 0)))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let found = (manager.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                .filter { $0.hasSuffix(".xml") }
                .sorted()
                .map { (path as NSString).appendingPathComponent($0) }
            // A FIFO would block the read forever, and a device would be read without end: a folder's entries
            // are read only when they are regular files (a file named on the command line is read as named).
            let (regular, other) = (found.filter(isRegularFile), found.filter { !isRegularFile($0) })
            for skipped in other {
                diagnostics.append(
                    Diagnostic(
                        .note, .unreadable, "not a regular file (a FIFO, socket, device or folder); skipped",
                        at: SourceLocation(file: skipped, line: 0)))
            }
            files += regular
            if regular.isEmpty {
                diagnostics.append(
                    .error(.unreadable, "the directory holds no evidence (*.xml) files", at: SourceLocation(file: path, line: 0)))
            }
        }
        return files
    }

    /// Whether `path`, followed through symbolic links, is a regular file.
    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    static func size(of path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
    }
}
