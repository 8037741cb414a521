#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output, checked: whatever a command prints (with `print` or `write`) goes through C's buffered
/// `stdout`, and when the process exits the buffer is flushed and any write error since the start (a full
/// disk, a closed descriptor) ends it with one line on standard error and status 74, instead of a lost answer
/// and status 0.
package enum StandardOutput {
    /// The status of a process whose output could not be written (`EX_IOERR`).
    package static let writeFailureStatus: Int32 = 74

    /// Arranges the check at exit. Call once, first thing in `main`.
    package static func checkAtExit() {
        atexit {
            let flushed = fflush(stdout) == 0
            let code = errno
            if !flushed || ferror(stdout) != 0 {
                let reason = flushed ? "a write failed" : String(cString: strerror(code))
                let message = "lineage: cannot write standard output: \(reason)\n"
                _ = FileSink.writeAll(Array(message.utf8), to: STDERR_FILENO)
                _exit(StandardOutput.writeFailureStatus)
            }
        }
    }

    /// Writes what `body` writes to a sink on standard output (after what was printed before), reporting a write
    /// error at once rather than at exit.
    package static func write(_ body: (inout FileSink) -> Void) throws(OutputError) {
        fflush(stdout)
        var sink = FileSink(descriptor: STDOUT_FILENO)
        body(&sink)
        sink.flush()
        if let failure = sink.failure {
            throw OutputError(.failed, path: "standard output", reason: OutputFile.reason(failure))
        }
    }

    /// Writes `bytes` in order with what `print` writes.
    package static func write(_ bytes: some Collection<UInt8>) {
        let array = Array(bytes)
        _ = array.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, stdout) }
    }

    /// Writes `text` in order with what `print` writes.
    package static func write(_ text: String) {
        write(text.utf8)
    }
}
