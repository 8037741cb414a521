import ArgumentParser
import Foundation
import LineageAnswers
import LineageCore
import LineageFiles
import LineageStore
import LineageTables

/// Case tables on disk: which arguments name them, reading them, and writing them into a folder.
enum TableFiles {
    /// Whether `path` names tables: a `.csv` file, or a folder holding any of the table files.
    static func names(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return path.lowercased().hasSuffix(".csv")
        }
        if !isDirectory.boolValue { return path.lowercased().hasSuffix(".csv") }
        return CaseTable.allCases.contains { FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent($0.fileName)) }
    }

    /// The `.csv` files the paths name (a folder's, sorted), read; a path that cannot be read ends the command
    /// with status 66.
    static func read(_ paths: [String]) throws -> CaseTables.Reading {
        var files: [(path: String, bytes: [UInt8])] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                StandardError.line("lineage: cannot read \(path): no such file or folder")
                throw ExitCode(66)
            }
            let members = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.lowercased().hasSuffix(".csv") }
                    .sorted().map { (path as NSString).appendingPathComponent($0) }
                : [path]
            for member in members {
                guard let data = FileManager.default.contents(atPath: member) else {
                    StandardError.line("lineage: cannot read \(member)")
                    throw ExitCode(66)
                }
                files.append((member, Array(data)))
            }
        }
        return CaseTables.read(files)
    }

    /// Appends tables to a store as one entry, checked against what it holds; all or nothing. Returns the
    /// diagnostics, and the counts of what was added (nil when nothing was).
    static func add(_ paths: [String], to store: String, by recorder: String) throws -> (
        diagnostics: [Diagnostic], added: StoreEntry.ItemCounts?
    ) {
        let reading = try read(paths)
        guard reading.errorCount == 0 else { return (reading.diagnostics, nil) }
        let digest = paths.count == 1 && !isFolder(paths[0]) ? FileDigest.sha256(ofFileAt: paths[0]) : nil
        return try TableAddition.add(
            reading.evidence, from: paths, digest: digest, to: try CaseStore(opening: store), by: recorder)
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Writes the tables into `folder` (created if missing): each file to a temporary name beside it, then renamed
    /// over the target, so a reader never sees half a table. Refuses (64) a folder that is an input or a case
    /// store, and a table file that is an input.
    static func write(_ evidence: EvidenceCase, into folder: String, inputs: [String]) throws {
        let resolved = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        let inputPaths = Set(inputs.map(resolved))
        let target = resolved(folder)
        if inputPaths.contains(target) || CaseStore.isStore(at: folder) {
            throw ValidationError("-o \(folder) is an input of this command; give a new folder for the tables.")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ValidationError("-o \(folder) is a file; --format csv writes the case tables into a folder.")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            StandardError.line("lineage: cannot write the tables into \(folder)")
            throw ExitCode(74)
        }
        // Every table is checked as an -o target (an input, a store, a hard link, a non-regular file are refused)
        // before any is written; each is then written whole or not at all, as every -o is.
        let tables = CaseTables.write(evidence)
        let targets = try tables.map { table, _ in
            try Output.file((folder as NSString).appendingPathComponent(table.fileName), inputs: inputs)
        }
        for (target, (_, text)) in zip(targets, tables) {
            try Output.write(to: target) { $0.write(text) }
        }
    }
}
