import ArgumentParser
import LineageAnswers
import LineageCore
import LineageStore

/// The options of `lineage match --record`; what is recorded, and how, is `MatchRecord`'s.
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

    /// Adds the match's source and claim to `store` (`MatchRecord`), or says why nothing was added.
    func add(_ report: MatchReport, to store: CaseStore) throws {
        let record = MatchRecord(
            dataset: DatasetID(listDataset!), madeBy: PartyID(madeBy!), when: when, reliability: reliability,
            sourceID: sourceID.map { SourceID($0) }, claimID: claimID.map { ClaimID($0) }, recorder: recorder.name)
        switch try record.add(report, to: store) {
        case .nothingToRecord:
            StandardError.line("nothing recorded: no dataset is shown to be where the list came from")
        case .refused(let messages):
            for message in messages { StandardError.line(message) }
            StandardError.line("the match result was not recorded; nothing was added")
            throw ExitCode.failure
        case .recorded(let source, let entry, let messages):
            for message in messages { StandardError.line(message) }
            StandardError.line("recorded source \(source) and its derivation claim (entry \(entry))")
        }
    }
}
