import LineageCore

/// Why an output could not be written, or was refused before anything was written.
///
/// Two kinds, because a user reacts to them differently: a refusal (the target is an input, a case store, a
/// hard link, a directory) is a usage problem to fix on the command line; a failure (disk full, permission
/// denied, a closed standard output) is the machine's.
package struct OutputError: Error, Hashable, Sendable, CustomStringConvertible {
    package enum Kind: Hashable, Sendable {
        /// The target must not be written over: nothing was touched.
        case refused
        /// Writing failed: the target was left as it was.
        case failed
    }

    package let kind: Kind
    /// The target as the user named it (`standard output` for standard output).
    package let path: String
    package let reason: String

    package init(_ kind: Kind, path: String, reason: String) {
        (self.kind, self.path, self.reason) = (kind, path, reason)
    }

    /// `cannot write out.xml: No space left on device`, on one line whatever the path holds.
    package var description: String {
        "\(kind == .refused ? "will not write over" : "cannot write") \(LineText.escaped(path)): \(reason)"
    }
}
