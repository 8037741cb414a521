internal import Foundation
import LineageCore

/// Turns the paths a user names into the evidence files to read.
enum EvidencePaths {
    /// Files as given; a folder's `*.xml` files (and, when `recursive`, its subfolders' too), sorted by path so
    /// runs are repeatable. A path that does not exist, or a folder with no evidence in it, is an error, never a
    /// silent skip. A file found in a folder whose root element is not `<evidence>` (an export's PROV-XML, an
    /// editor's project file) is skipped with a note; a file named explicitly is always read.
    static func expand(_ paths: [String], recursive: Bool = false, diagnostics: inout [Diagnostic]) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(
                    .error(.unreadable, "no such file or directory", at: SourceLocation(file: path, line: 0)))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let listed =
                recursive
                ? (manager.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                : ((try? manager.contentsOfDirectory(atPath: path)) ?? [])
            var found: [String] = []
            for name in listed.filter({ $0.hasSuffix(".xml") }).sorted() {
                let file = (path as NSString).appendingPathComponent(name)
                var isFolder: ObjCBool = false
                guard manager.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue else { continue }
                // A FIFO would block the read forever, and a device would be read without end: a folder's
                // entries are read only when they are regular files (a file named on the command line is read
                // as named).
                guard isRegularFile(file) else {
                    diagnostics.append(
                        .note(
                            .unreadable, "not a regular file (a FIFO, socket, device or folder); skipped",
                            at: SourceLocation(file: file, line: 0)))
                    continue
                }
                if let root = rootElement(of: file), root != "evidence" {
                    diagnostics.append(
                        .note(
                            .notEvidence, "skipped: its root element is <\(root)>, not <evidence>",
                            at: SourceLocation(file: file, line: 0)))
                    continue
                }
                found.append(file)
            }
            if found.isEmpty {
                let subfolders =
                    !recursive
                    && listed.contains { name in
                        var isFolder: ObjCBool = false
                        return manager.fileExists(
                            atPath: (path as NSString).appendingPathComponent(name), isDirectory: &isFolder)
                            && isFolder.boolValue
                    }
                diagnostics.append(
                    .error(
                        .unreadable,
                        "the folder holds no evidence (*.xml) files"
                            + (subfolders ? " (its subfolders are read only when asked to recurse)" : ""),
                        at: SourceLocation(file: path, line: 0)))
            }
            files += found
        }
        return files
    }

    /// The local name of the file's root element, or nil when the file does not get that far (it is then read,
    /// and its reading says what is wrong with it).
    private static func rootElement(of path: String) -> String? {
        guard let reader = try? XMLStreamReader(path: path) else { return nil }
        while reader.advance() == .node {
            if reader.nodeType == .documentType { return nil }
            if reader.nodeType == .element { return reader.localName }
        }
        return nil
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
