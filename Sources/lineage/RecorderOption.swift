import ArgumentParser
import Foundation

/// Who is recording an entry in a case store: `--by`, by default the user's login name.
struct RecorderOption: ParsableArguments {
    @Option(help: ArgumentHelp("Who is recording this, for the log (default: your login name).", valueName: "name"))
    var by: String?

    func validate() throws {
        if let by, by.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--by needs a name.")
        }
    }

    /// `--by`, else `$USER`, `$LOGNAME`, or the name the system gives the user id.
    var name: String {
        if let by { return by }
        let environment = ProcessInfo.processInfo.environment
        for variable in ["USER", "LOGNAME"] {
            if let name = environment[variable], !name.isEmpty { return name }
        }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(getuid())"
    }
}
