package import LineageCore
package import LineageStore
package import LineageXML

/// Adds evidence files to a case store one at a time, each in its own transaction, and reports what each
/// brought or why it was refused: the library half of `lineage add <case> <files>`.
package struct StoreAdder {
    package let store: CaseStore
    package let loader: CaseLoader
    package let recorder: String
    /// Where each diagnostic goes, in the compiler form: the command line prints them on standard output for
    /// `lineage add`, whose output they are.
    package var emit: (String) -> Void
    /// A fresh reporter for each file's progress; none by default.
    package var progress: () -> (any WorkProgress)? = { nil }

    package private(set) var addedFiles = 0
    package private(set) var addedItems = 0
    package private(set) var rejectedFiles = 0
    package private(set) var entries: [Int] = []

    package init(store: CaseStore, loader: CaseLoader, recorder: String, emit: @escaping (String) -> Void) {
        self.store = store
        self.loader = loader
        self.recorder = recorder
        self.emit = emit
    }

    /// Adds `files` in the order given. A file refused only because it refers to items the store does not hold
    /// yet is tried again once the others are in, so the files of a case can be named in any order (a shell
    /// glob sorts `claims.xml` before `parties.xml`); it is refused only when a round adds nothing.
    package mutating func add(files: [String], origins: [String: String] = [:]) throws {
        var pending = files
        var lastOutcome: [String: CaseStore.Addition] = [:]
        while !pending.isEmpty {
            var waiting: [String] = []
            for (index, file) in pending.enumerated() {
                let label = "adding \(file)" + (pending.count > 1 ? " (\(index + 1) of \(pending.count))" : "")
                let outcome = try attempt(file, origin: origins[file] ?? file, progressLabel: label)
                if outcome.isAdded {
                    report(outcome, for: file)
                } else if Self.onlyWaitsForReferences(outcome) {
                    waiting.append(file)
                    lastOutcome[file] = outcome
                } else {
                    report(outcome, for: file)
                }
            }
            if waiting.count == pending.count {
                for file in waiting { report(lastOutcome[file]!, for: file) }
                break
            }
            pending = waiting
        }
    }

    /// Counts a path that could not even be listed as a refused file.
    package mutating func refuse(_ diagnostic: Diagnostic) {
        emit(diagnostic.description)
        rejectedFiles += 1
    }

    /// Adds one file: read once, checked against the part of the store its items reach, or, when that finds an
    /// error, read again onto the whole store so that the refusal reads as it always did (`CaseStore.add`).
    private func attempt(_ file: String, origin: String, progressLabel: String) throws -> CaseStore.Addition {
        let digest = FileDigest.sha256(ofFileAt: file)
        let progress = progress()
        defer { progress?.finish() }
        let report: CaseLoader.Progress = { phase, done, total in
            progress?.update("\(progressLabel), \(phase.rawValue)", done: done, total: total)
        }
        let reading = loader.read([file], progress: report)
        return try store.add(
            origin: origin, digest: digest, by: recorder, items: reading.evidence,
            checking: { neighbourhood in loader.check(reading, onto: neighbourhood, progress: report).diagnostics },
            orReading: { current in
                let result = loader.load([file], onto: current, checks: .addedItems, progress: report)
                return (result.evidence, result.diagnostics)
            })
    }

    /// Whether every error is a reference to something not (yet) in the store.
    private static func onlyWaitsForReferences(_ outcome: CaseStore.Addition) -> Bool {
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        return !errors.isEmpty && errors.allSatisfy { $0.code == .unknownReference }
    }

    /// Prints what the file's outcome says about the file: for a refused file every error (the store holds
    /// none of its own) and the file's warnings; for an added one its warnings.
    private mutating func report(_ outcome: CaseStore.Addition, for file: String) {
        for diagnostic in outcome.diagnostics
        where diagnostic.severity == .error || diagnostic.files.contains(file) {
            emit(diagnostic.description)
        }
        if let entry = outcome.entry {
            addedFiles += 1
            addedItems += outcome.counts.total
            entries.append(entry.sequence)
        } else {
            rejectedFiles += 1
        }
    }

    /// `added 9 files, 150 items (entries 1–9); rejected 1 file`.
    package var summary: String {
        var text = "added \(addedFiles) file\(addedFiles == 1 ? "" : "s")"
        if addedFiles > 0 {
            text += ", \(addedItems) item\(addedItems == 1 ? "" : "s")"
            if let first = entries.min(), let last = entries.max() {
                text += first == last ? " (entry \(first))" : " (entries \(first)–\(last))"
            }
        }
        return text + "; rejected \(rejectedFiles) file\(rejectedFiles == 1 ? "" : "s")"
    }
}
