import ArgumentParser
import Foundation
import LineageCore
import LineageRecords
import LineageStore

/// What `lineage fingerprint` and `lineage seed` share: read a record file, fingerprint every row under the case's
/// secret, and register the fingerprints (never the values) as the dataset's records or seeds.
struct RecordRegistration: ParsableArguments {
    @Argument(
        help: ArgumentHelp("The case store (created by lineage init).", valueName: "case"),
        completion: .file(extensions: ["lineage"]))
    var store: String

    @Argument(help: ArgumentHelp("The record file: CSV or TSV with a header row.", valueName: "records"))
    var records: String

    @Option(help: ArgumentHelp("The dataset the records belong to, as the case names it.", valueName: "id"))
    var dataset: String

    @OptionGroup var file: RecordFileOptions
    @OptionGroup var recorder: RecorderOption

    @Flag(help: "Print what was registered as JSON on standard output.")
    var json = false

    func register(as role: RecordFileEntry.Role) throws {
        let caseStore = try CaseStore(opening: store)
        // Refused before the file is read, not after minutes of fingerprinting (register checks again).
        let datasets = try caseStore.datasetNames()
        guard datasets[dataset] != nil else {
            StandardError.line(
                "error: \(store): the case has no dataset \(dataset)\(Suggestion.phrase(for: dataset, in: datasets.keys)) "
                    + "(add it first with lineage add)")
            throw ExitCode(ExitStatus.usage)
        }
        let digest = try RecordFileOptions.digest(of: records)
        if let earlier = try caseStore.recordFiles().first(where: {
            $0.dataset == dataset && $0.role == role && $0.digest == digest
        }) {
            StandardError.line(
                "error: \(store): \(records) was already registered as \(role.rawValue) of \(dataset) (record file "
                    + "\(earlier.id)); nothing was added")
            throw ExitCode.failure
        }
        let registration: RecordFingerprinting.Registration
        do {
            let reader = try file.open(records)
            guard !MatchKey.available(with: reader.columns.keys).isEmpty else {
                throw ValidationError(Self.noKeyMessage(reader))
            }
            let secret = try caseStore.recordSecret(creating: true, by: recorder.name)!
            let progress = ProgressReporter()
            defer { progress.finish() }
            registration = try RecordFingerprinting.registration(of: reader, with: Fingerprinter(secret: secret)) {
                bytes, size, _ in progress.update("fingerprinting \(records)", done: bytes, total: size)
            }
        } catch let error as RecordFileError {
            throw error.exit()
        }
        let entry = try caseStore.register(
            NewRecordFile(
                dataset: dataset, role: role, origin: records, digest: digest, rows: registration.summary.rows,
                rowsWithoutKey: registration.summary.rowsWithoutKey),
            fingerprints: registration.fingerprints, by: recorder.name)
        if json {
            try JSONOutput.print(RecordFileJSON(entry, unusableValues: registration.summary.unusableValues))
        } else {
            print(Self.text(entry, registration), terminator: "")
        }
    }

    static func noKeyMessage(_ reader: RecordFileReader) -> String {
        let fields = reader.columns.keys.sorted().map(\.rawValue).joined(separator: ", ")
        let keys = MatchKey.all.map { "\($0.name) (\($0.fields.map(\.rawValue).joined(separator: " + ")))" }
        return "the columns selected (\(fields.isEmpty ? "none" : fields)) give no match key; a key needs "
            + keys.joined(separator: ", or ") + "; name the columns with --columns"
    }

    static func text(_ entry: RecordFileEntry, _ registration: RecordFingerprinting.Registration) -> String {
        let noun = entry.role == .seeds ? "seed records planted in" : "records of"
        var text = "registered \(entry.origin) as the \(noun) \(entry.dataset) (record file \(entry.id))\n"
        text += "  \(Count.rows(entry.rows))"
        if entry.rowsWithoutKey > 0 { text += "; \(Count.rows(entry.rowsWithoutKey)) gave no match key" }
        text += "\n  fingerprints: "
        text += registration.keys.map { "\($0.name) \(Count.grouped(entry.fingerprintCounts[$0.name] ?? 0))" }
            .joined(separator: " · ")
        text += "\n"
        let missing = MatchKey.all.filter { !registration.keys.contains($0) }
        if !missing.isEmpty {
            text += "  not computed (no column): \(missing.map(\.name).joined(separator: ", "))\n"
        }
        text += Count.unusable(registration.summary.unusableValues)
        text += "  file sha256 \(entry.digest)\n"
        return text
    }
}

/// Counts as people read them: `3,000,000 rows`.
enum Count {
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return (value < 0 ? "-" : "") + text
    }

    static func rows(_ value: Int) -> String { "\(grouped(value)) row\(value == 1 ? "" : "s")" }

    static func percent(_ share: Double) -> String {
        let tenths = (share * 1000).rounded()
        return "\(Int(tenths) / 10).\(Int(tenths) % 10)%"
    }

    /// `  unusable values: birth-date 130, phone 4` — a line only when there are some.
    static func unusable(_ counts: [RecordField: Int]) -> String {
        let parts = counts.filter { $0.value > 0 }.sorted { $0.key < $1.key }
            .map { "\($0.key.rawValue) \(grouped($0.value))" }
        return parts.isEmpty ? "" : "  unusable values (left out of the keys that need them): \(parts.joined(separator: ", "))\n"
    }
}
