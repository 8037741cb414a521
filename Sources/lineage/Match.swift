import ArgumentParser
import Foundation
import LineageAnswers
import LineageFiles
import LineageCore
import LineageRecords
import LineageStore

extension Lineage {
    /// `lineage match`: attributes a recovered list to the registered batches.
    struct Match: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Attribute a recovered list to the datasets whose records it holds.",
            discussion: """
                Fingerprints the list as lineage fingerprint does and compares it with every registered dataset. \
                For each: rows that are the same person as one of its records (matching on name and address, or \
                on name and birth date with the phone), containment (their share of the list), rows that are so \
                in it and in no other dataset (what pins the origin), unconfirmed rows (name and birth date alone: \
                perhaps a namesake; phone alone: perhaps a sibling), and seed hits, which come first. A dataset is \
                an origin when at least --min-unique rows are found only in it. With --record, the result is \
                added to the case as a derivation claim citing a new match-report source, so diagrams and \
                queries show it. Counts only: no row's values are printed. See docs/records.md. \
                \(ExitStatus.help)
                """
        )

        @Argument(
            help: ArgumentHelp("The case store holding the registered records.", valueName: "case"),
            completion: .file(extensions: ["lineage"]))
        var store: String

        @Argument(help: ArgumentHelp("The recovered list: CSV or TSV with a header row.", valueName: "list"))
        var list: String

        @OptionGroup var file: RecordFileOptions

        @Option(help: "The fewest rows a dataset alone must hold to be called an origin.")
        var minUnique = 10

        @Flag(help: "Print the result as JSON on standard output.")
        var json = false

        @OptionGroup var recording: MatchRecording

        func validate() throws {
            guard minUnique > 0 else { throw ValidationError("--min-unique must be at least 1.") }
        }

        func run() throws {
            let caseStore = try CaseStore(opening: store, readOnly: !recording.record)
            let secret = try caseStore.registeredSecret()
            let registered = try caseStore.recordFiles().map {
                RegisteredRecords(file: $0.id, dataset: $0.dataset, isSeeds: $0.role == .seeds)
            }
            let digest = try RecordFileOptions.digest(of: list)
            let attribution: Attribution
            do {
                attribution = try Self.attribute(list, file, secret: secret, against: registered, caseStore, minUnique)
            } catch let error as RecordFileError {
                throw error.exit()
            }
            let report = MatchReport(
                file: list, sha256: digest, attribution: attribution, names: try caseStore.datasetNames())
            if json {
                try JSONOutput.print(MatchJSON(report))
            } else {
                // Unbuffered, so the report comes before what --record then says on standard error.
                StandardOutput.write(report.text)
            }
            if recording.record { try recording.add(report, to: caseStore) }
        }

        static func attribute(
            _ list: String, _ file: RecordFileOptions, secret: [UInt8], against registered: [RegisteredRecords],
            _ caseStore: CaseStore, _ minimumUniqueRows: Int
        ) throws -> Attribution {
            let reader = try file.open(list)
            guard !MatchKey.available(with: reader.columns.keys).isEmpty else {
                throw ValidationError(RecordRegistration.noKeyMessage(reader))
            }
            return try RecordMatching.attribute(
                reader, label: list, secret: secret, against: registered, in: caseStore,
                minimumUniqueRows: minimumUniqueRows, progress: ProgressReporter())
        }
    }
}
