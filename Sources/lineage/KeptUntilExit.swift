/// Keeps a value alive until the process ends, so that it is never freed: a command that has printed its answer
/// and is about to exit would otherwise spend time releasing a large case object by object (2% of `lineage check`
/// at 100,000 claims), memory the system takes back at once when the process ends. Only for a command's last
/// values, never in a long-running process (`serve`).
enum KeptUntilExit {
    private final class Holder<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Holder(value))
    }
}
