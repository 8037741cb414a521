#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A buffered text stream to a file descriptor that remembers the first write error instead of trapping or
/// ignoring it, so a full disk or a closed pipe ends the command with an error rather than a truncated file.
///
/// Once a write fails, later writes are dropped: the caller learns of it from `finish()`.
package struct FileSink: TextOutputStream {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// The `errno` of the first failed write.
    package private(set) var failure: Int32?

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.chunk)
    }

    /// Large writes, so a big export is not made of many small system calls.
    private static let chunk = 1 << 16

    package mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.chunk { flush() }
    }

    package mutating func write(bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunk { flush() }
    }

    /// Writes what is buffered; afterwards `failure` says whether everything so far reached the descriptor.
    package mutating func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        failure = Self.writeAll(buffer, to: descriptor)
    }

    /// Writes all of `bytes`, retrying short writes and interruptions; the `errno` of a failure, or nil.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if written == 0 { return EIO }
                offset += written
            }
            return nil
        }
    }
}
