import ArgumentParser
import Foundation
import LineageCore
import LineageRecords
import LineageStore
import LineageXML

/// `lineage match --record`: adds what a match showed to the case, as a match-report source and a derivation
/// claim from the datasets the list is shown to come from, so that diagrams and queries carry it like any other
/// evidence (and `lineage retract` can withdraw it).
struct MatchRecording: ParsableArguments {
    @Flag(help: "Add the result to the case: a match-report source and a derivation claim citing it.")
    var record = false

    @Option(
        name: .customLong("dataset"),
        help: ArgumentHelp("With --record: the case's dataset for the recovered list.", valueName: "id"))
    var listDataset: String?

    @Option(help: ArgumentHelp("With --record: the party that made the list (it may be unidentified).", valueName: "id"))
    var madeBy: String?

    @Option(
        help: ArgumentHelp("With --record: when the list was made (EDTF); by default some time before today.",
            valueName: "date"),
        transform: { text in try EventTime(parsing: text) })
    var when: EventTime?

    @Option(help: "With --record: the match report's reliability as a source, A-F.")
    var reliability: Reliability = .b

    @Option(help: ArgumentHelp("With --record: the new source's id (default match-DATE-DIGEST).", valueName: "id"))
    var sourceID: String?

    @Option(help: ArgumentHelp("With --record: the new claim's id (default the source's id with -derivation).", valueName: "id"))
    var claimID: String?

    @OptionGroup var recorder: RecorderOption

    func validate() throws {
        if record {
            guard listDataset != nil, madeBy != nil else {
                throw ValidationError(
                    "--record needs --dataset (the recovered list's dataset) and --made-by (who made it; add an "
                        + "unidentified party if no one knows).")
            }
        } else if listDataset != nil || madeBy != nil || when != nil || sourceID != nil || claimID != nil {
            throw ValidationError("--dataset, --made-by, --when, --source-id and --claim-id go with --record.")
        }
    }

    /// Adds the match's source and claim to `store`, or says why nothing was added.
    func add(_ report: MatchReport, to store: CaseStore) throws {
        let origins = report.attribution.origins
        guard !origins.isEmpty else {
            StandardError.line("nothing recorded: no dataset is shown to be where the list came from")
            return
        }
        let today = Self.today()
        let source = SourceID(sourceID ?? "match-\(today.replacingOccurrences(of: "-", with: ""))-\(report.sha256.prefix(8))")
        let seeded = origins.contains { $0.conclusion == .seedFound }
        var evidence = EvidenceCase()
        _ = evidence.insert(
            Source(
                id: source, title: "Record match of \(URL(fileURLWithPath: report.file).lastPathComponent) against the registered datasets",
                date: try EventTime(parsing: today), publisher: "lineage match, run by \(recorder.name)",
                reference: "\(report.file) sha256:\(report.sha256)", reliability: reliability, language: "en"))
        let datasets = origins.map { DatasetID($0.dataset) }
        _ = evidence.insert(
            Claim(
                id: ClaimID(claimID ?? "\(source.rawValue)-derivation"), when: try when ?? EventTime(parsing: "../\(today)"),
                action: .derivation(
                    dataset: DatasetID(listDataset!), from: datasets, by: PartyID(madeBy!),
                    operation: datasets.count == 1 ? .subset : .merge, records: nil),
                cites: [
                    Cite(
                        source: source, credibility: seeded ? .confirmed : .probable,
                        quotes: [Cite.Quote(report.conclusion, language: "en")])
                ]))
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("lineage-match-\(UUID().uuidString).xml").path
        try EvidenceWriter.document(evidence).write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        var adder = StoreAdder(store: store, loader: CaseLoader(schema: try EvidenceSchema()), recorder: recorder.name)
        adder.displayName = [file: "lineage match"]
        adder.emit = StandardError.line
        try adder.add(files: [file], origins: [file: "lineage match"])
        guard let entry = adder.entries.first else {
            StandardError.line("the match result was not recorded; nothing was added")
            throw ExitCode.failure
        }
        StandardError.line("recorded source \(source) and its derivation claim (entry \(entry))")
    }

    /// Today in UTC, as an EDTF day.
    private static func today() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }
}
