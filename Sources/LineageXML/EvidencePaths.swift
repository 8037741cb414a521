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
            if found.isEmpty {
                diagnostics.append(
                    .error(.unreadable, "the directory holds no evidence (*.xml) files", at: SourceLocation(file: path, line: 0)))
            }
            files += found
        }
        return files
    }

    static func size(of path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
    }
}
