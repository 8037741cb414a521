import Foundation

/// The fuzzer's bytes as a file, since the readers under test read paths (as the commands do): one file per
/// process, rewritten for each input, in a folder removed when the process ends normally.
enum FuzzInput {
    nonisolated(unsafe) static var folder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: FuzzInput.folder) }
        return folder
    }()

    /// Writes `count` bytes at `data` to `name` in the folder and returns its path.
    static func file(_ data: UnsafePointer<UInt8>, _ count: Int, named name: String) -> String {
        let path = folder.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: count))
        return path
    }
}
