import ArgumentParser
import LineageCore
import LineageStore
import LineageXML

/// How a failure the libraries report becomes a message and an exit status, in one place, so that the same
/// mistake ends the same way in every command (`../shared/design/conventions.md`): 64 for usage (an id the case
/// does not have, arguments in the wrong order), 66 for an input that cannot be opened, 1 for input with errors.
enum Failure {
    /// What `Lineage.main` hands to ArgumentParser's `exit(withError:)`: an `ExitCode` after printing the message
    /// itself for the errors it knows, or `error` untouched for ArgumentParser to word.
    static func exitError(for error: any Error) -> any Error {
        switch error {
        case let error as QueryError:
            StandardError.line("lineage: error: \(error)")
            return ExitCode(ExitStatus.usage)
        case let error as StoreError:
            StandardError.line("lineage: error: \(error.worded)")
            return ExitCode(status(of: error))
        case let error as UsageError:
            StandardError.line("lineage: error: \(error.message)")
            return ExitCode(ExitStatus.usage)
        default:
            return error
        }
    }

    /// A store error's exit status: a store that cannot be opened is an unreadable input; an id it does not hold
    /// is usage; a damaged store is input with errors.
    static func status(of error: StoreError) -> Int32 {
        switch error.code {
        case .unreadable, .notAStore, .unsupportedVersion: ExitStatus.unreadable
        case .cannotRetract, .unknownDataset, .alreadyExists, .alreadyRegistered: ExitStatus.usage
        default: ExitStatus.failure
        }
    }
}

extension StoreError {
    /// The error as the CLI prints it: the store's message, and the `lineage init` command that gives the user
    /// a store when one is missing.
    var worded: String {
        switch remedy {
        case .createStore(let path)?: "\(self) (create one with `lineage init \(path)`)"
        case .createStoreElsewhere?: "\(self); a store is made by `lineage init`"
        case nil: "\(self)"
        }
    }
}

/// The exit statuses of `../shared/design/conventions.md`.
enum ExitStatus {
    static let failure: Int32 = 1
    static let usage: Int32 = 64
    static let unreadable: Int32 = 66
    static let unwritable: Int32 = 74

    /// The table every command's `--help` and the README end with.
    static let help =
        "Exit status: 0 success (warnings allowed), 1 the evidence has errors, 64 bad usage (an unknown option or "
        + "id, arguments in the wrong order, an -o that would overwrite an input or a case store), 66 an input "
        + "cannot be read, 74 an output cannot be written."
}

/// A mistake in how the command was called that ArgumentParser cannot see (arguments in the wrong order): the
/// message says what to type instead, without the usage text ArgumentParser adds to a `ValidationError`.
struct UsageError: Error {
    var message: String
}

extension CaseLoader.Result {
    /// The status a command reading this case ends with when it has errors: 66 when an input could not be read
    /// at all (a missing or unreadable file), else 1.
    var failureStatus: Int32 {
        diagnostics.contains { $0.severity == .error && $0.code == .unreadable }
            ? ExitStatus.unreadable : ExitStatus.failure
    }
}
