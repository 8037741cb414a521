import Foundation

/// A file, or standard output, that takes bytes in large blocks, so that tens of millions of rows cost a few
/// thousand writes.
///
/// Not thread-safe: one file, one thread.
final class OutputFile {
    private let handle: FileHandle
    private let name: String

    /// Opens `path` for writing, replacing it; `nil` or `-` is standard output.
    init(_ path: String?) throws(OutputError) {
        guard let path, path != "-" else {
            name = "standard output"
            handle = FileHandle.standardOutput
            return
        }
        name = path
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let opened = FileHandle(forWritingAtPath: path)
        else { throw OutputError(description: "cannot write \(name)") }
        handle = opened
    }

    func write(_ bytes: [UInt8]) throws(OutputError) {
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            throw OutputError(description: "cannot write \(name): \(error.localizedDescription)")
        }
    }

    /// Flushes the file to the system; the file takes no more writes afterwards.
    func close() throws(OutputError) {
        guard handle !== FileHandle.standardOutput else { return }
        do { try handle.close() } catch { throw OutputError(description: "cannot write \(name): \(error.localizedDescription)") }
    }
}

/// An output file that could not be opened or written: exit status 1.
struct OutputError: Error, CustomStringConvertible {
    var description: String
}
