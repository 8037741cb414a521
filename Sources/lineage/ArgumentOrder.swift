import Foundation
import LineageStore

/// Arguments given in the wrong order, caught before they turn into a misleading failure ("SQLite: file is not a
/// database", "no such case store t-x1", "db-x: no such file"), and answered with the command line to type.
///
/// Two shapes of command take a name and paths: `received <dataset> <evidence>...` (an id first) and `add <case>
/// <evidence>...`, `retract <case> <claim>` (a store first). Each check looks only at what is on disk, and speaks
/// only when the other order is clearly right.
enum ArgumentOrder {
    /// Refuses `lineage received case db-x`: the id names a file or folder, and the first path names nothing.
    static func checkIDFirst(id: String, paths: [String], idNoun: String) throws(UsageError) {
        guard let first = paths.first, exists(id), !exists(first), first != "-" else { return }
        throw wrongOrder(
            "'\(id)' is a file or folder and '\(first)' names none; the \(idNoun) comes first", swapping: id, first)
    }

    /// Refuses `lineage add case/parties.xml store.lineage` and `lineage retract t-x1 store.lineage`: the argument
    /// in the store's place is not a case store, and a later one is.
    static func checkStoreFirst(store: String, others: [String]) throws(UsageError) {
        guard !CaseStore.isStore(at: store), let real = others.first(where: CaseStore.isStore(at:)) else { return }
        throw wrongOrder("'\(real)' is the case store, and the store comes first", swapping: store, real)
    }

    private static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// The message, with the command line as typed but `a` and `b` in each other's place.
    private static func wrongOrder(_ reason: String, swapping a: String, _ b: String) -> UsageError {
        let arguments = CommandLine.arguments.dropFirst().map { $0 == a ? b : $0 == b ? a : $0 }
        let line = (["lineage"] + arguments.map(shellQuoted)).joined(separator: " ")
        return UsageError(message: "the arguments are in the wrong order: \(reason):\n    \(line)")
    }

    /// `value` as a shell reads it back: bare when it is safe, else in single quotes.
    private static func shellQuoted(_ value: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%")
        if !value.isEmpty, value.allSatisfy(safe.contains) { return value }
        return "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
