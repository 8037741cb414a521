import ArgumentParser
import LineageAnswers
import LineageCore
import LineageRecords
import LineageStore

extension Lineage {
    /// `lineage records`: what record files a store holds fingerprints of.
    struct Records: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the record files registered in a case store, with their digests and counts.",
            discussion: """
                One line per file registered with lineage fingerprint or lineage seed, oldest first: its number, \
                the dataset, records or seeds, the file as named, its rows, the fingerprints per match key, who \
                registered it and when, and the file's SHA-256, which shows later that a file in hand is the one \
                registered. Record files are not entries of the log (lineage log); lineage verify checks their \
                fingerprints. No personal data is stored, so none is shown. \
                \(ExitStatus.help)
                """
        )

        @Argument(
            help: ArgumentHelp("The case store.", valueName: "case"), completion: .file(extensions: ["lineage"]))
        var store: String

        @Flag(help: "Print the list as JSON on standard output.")
        var json = false

        func run() throws {
            let files = try CaseStore(opening: store, readOnly: true).recordFiles()
            if json {
                try JSONOutput.print(files.map { RecordFileJSON($0) })
                return
            }
            guard !files.isEmpty else {
                print("no record files are registered (lineage fingerprint registers a dataset's records)")
                return
            }
            for file in files {
                let keys = file.fingerprintCounts.sorted { $0.key < $1.key }
                    .map { "\($0.key) \(Count.grouped($0.value))" }.joined(separator: " · ")
                print(
                    "\(file.id)  \(file.dataset)  \(file.role.rawValue)  \(LineText.escaped(file.origin))  \(Count.rows(file.rows))  "
                        + "\(keys)  by \(file.recordedBy) at \(file.recordedAt)  sha256 \(file.digest)")
            }
        }
    }
}

/// One registered file, as `lineage records --json` lists it and `fingerprint --json` / `seed --json` report it:
/// counts and digests only.
struct RecordFileJSON: Encodable {
    let recordFile: Int64
    let dataset: String
    let role: String
    let file: String
    let sha256: String
    let rows: Int
    let rowsWithoutKey: Int
    let fingerprints: [String: Int]
    let recordedBy: String
    let recordedAt: String
    /// Per field, values that could not be normalised: known only when the file has just been read.
    let unusableValues: [String: Int]?

    init(_ entry: RecordFileEntry, unusableValues: [RecordField: Int]? = nil) {
        (recordFile, dataset, role, file, sha256) = (entry.id, entry.dataset, entry.role.rawValue, entry.origin, entry.digest)
        (rows, rowsWithoutKey, fingerprints) = (entry.rows, entry.rowsWithoutKey, entry.fingerprintCounts)
        (recordedBy, recordedAt) = (entry.recordedBy, entry.recordedAt)
        self.unusableValues = unusableValues.map { counts in
            Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) })
        }
    }
}
