import ArgumentParser
import LineageFiles
import LineageStore

/// Where a command's output goes: the `-o` file, or standard output.
///
/// The rules (`docs/security.md`, conventions.md) are `OutputFile`'s; this only words a refusal or a failure as
/// the CLI does: one line, exit 64 for a target that must not be written (an input, a case store), 74 for one
/// that could not be.
enum Output {
    /// Checks that `path` may be written by a command that reads `inputs`.
    static func file(_ path: String, inputs: [String]) throws -> OutputFile {
        do {
            return try OutputFile(path, inputs: inputs, isProtected: CaseStore.isCaseStore(at:))
        } catch {
            throw exit(error)
        }
    }

    /// Writes what `body` writes to `file`, or to standard output when there is none.
    static func write(to file: OutputFile?, _ body: (inout FileSink) -> Void) throws {
        do throws(OutputError) {
            if let file {
                try file.write(body)
            } else {
                try StandardOutput.write(body)
            }
        } catch {
            throw exit(error)
        }
    }

    /// Prints `error` and gives the status to exit with.
    static func exit(_ error: OutputError) -> ExitCode {
        StandardError.line("lineage: \(error)")
        return ExitCode(error.kind == .refused ? 64 : StandardOutput.writeFailureStatus)
    }
}
