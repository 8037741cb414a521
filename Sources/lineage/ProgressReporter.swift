import Foundation
import LineageAnswers

/// Shows how far long work has got, on standard error, only when standard error is a terminal and only once the
/// work has taken longer than a moment, so pipes, logs and quick runs stay clean.
final class ProgressReporter: WorkProgress {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let start = ContinuousClock.now
    private var lastShown: ContinuousClock.Instant?
    private var shownAnything = false
    private var lastLabel = ""

    /// How long work runs before progress appears.
    private static let delay = Duration.seconds(1.5)
    private static let interval = Duration.milliseconds(250)

    /// Shows `label` with how far it has got (`done` of `total`), at most a few times a second.
    func update(_ label: String, done: Int, total: Int) {
        guard isTerminal, total > 0 else { return }
        let now = ContinuousClock.now
        guard now - start >= Self.delay else { return }
        if let lastShown, now - lastShown < Self.interval, done < total, label == lastLabel { return }
        lastShown = now
        lastLabel = label
        shownAnything = true
        let percent = min(100, done * 100 / total)
        StandardError.write("\r\(label): \(percent)%\u{1B}[K")
    }

    /// Clears the progress line, if one was shown.
    func finish() {
        if shownAnything { StandardError.write("\r\u{1B}[K") }
    }
}

enum StandardError {
    static func write(_ text: String) {
        // Not FileHandle.write, which traps when standard error is closed or full.
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    static func line(_ text: String) {
        write(text + "\n")
    }
}
