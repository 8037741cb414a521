#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A line on standard error every two million rows, only when standard error is a terminal, so that pipes and
/// logs stay clean.
struct Progress {
    private let label: String
    private let total: Int
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var nextReport = Self.interval
    private static let interval = 2_000_000

    init(_ label: String, total: Int) {
        self.label = label
        self.total = total
    }

    /// Notes that `done` rows are written, reporting if that passes the next multiple of the interval.
    mutating func update(done: Int) {
        guard done >= nextReport else { return }
        nextReport = (done / Self.interval + 1) * Self.interval
        if isTerminal { StandardError.line("\(label): \(done) of \(total) rows") }
    }
}

enum StandardError {
    static func line(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
