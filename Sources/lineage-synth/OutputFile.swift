#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file, or standard output, that takes bytes in large blocks, so that tens of millions of rows cost a few
/// thousand `fwrite` calls.
///
/// Not thread-safe: one file, one thread.
final class OutputFile {
    private let file: UnsafeMutablePointer<FILE>
    private let name: String

    /// Opens `path` for writing, replacing it; `nil` or `-` is standard output.
    init(_ path: String?) throws(OutputError) {
        let opened: UnsafeMutablePointer<FILE>?
        if let path, path != "-" {
            name = path
            opened = fopen(path, "w")
        } else {
            name = "standard output"
            opened = fdopen(STDOUT_FILENO, "w")
        }
        guard let opened else { throw OutputError(description: "cannot write \(name): \(Self.systemError())") }
        file = opened
    }

    deinit { fclose(file) }

    func write(_ bytes: [UInt8]) throws(OutputError) {
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == bytes.count else {
            throw OutputError(description: "cannot write \(name): \(Self.systemError())")
        }
    }

    /// Writes out what the C library still buffers; the file takes no more writes afterwards.
    func close() throws(OutputError) {
        guard fflush(file) == 0 else { throw OutputError(description: "cannot write \(name): \(Self.systemError())") }
    }

    private static func systemError() -> String { String(cString: strerror(errno)) }
}

/// An output file that could not be opened or written: exit status 1.
struct OutputError: Error, CustomStringConvertible {
    var description: String
}
