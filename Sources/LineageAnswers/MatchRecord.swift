import Foundation
package import LineageCore
import LineageRecords
package import LineageStore

/// What `lineage match --record` adds to a case: a match-report source and a derivation claim from the datasets
/// the list is shown to come from, so that diagrams and queries carry the match like any other evidence (and
/// `lineage retract` can withdraw it). The rules for building them live here, once, for every front end.
package struct MatchRecord: Sendable {
    /// The case's dataset for the recovered list.
    package var dataset: DatasetID
    /// The party that made the list (it may be unidentified).
    package var madeBy: PartyID
    /// When the list was made; by default some time before `today`.
    package var when: EventTime?
    /// The match report's reliability as a source.
    package var reliability: Reliability
    /// The new source's id; by default `match-DATE-DIGEST`.
    package var sourceID: SourceID?
    /// The new claim's id; by default the source's id with `-derivation`.
    package var claimID: ClaimID?
    /// Who ran the match, named in the source's publisher and the store's log.
    package var recorder: String

    package init(
        dataset: DatasetID, madeBy: PartyID, when: EventTime?, reliability: Reliability, sourceID: SourceID?,
        claimID: ClaimID?, recorder: String
    ) {
        (self.dataset, self.madeBy, self.when, self.reliability) = (dataset, madeBy, when, reliability)
        (self.sourceID, self.claimID, self.recorder) = (sourceID, claimID, recorder)
    }

    /// How a recording ended.
    package enum Outcome: Sendable, Equatable {
        /// No dataset is shown to be where the list came from: nothing to record.
        case nothingToRecord
        /// The store refused the items; `messages` say why, in the compiler form.
        case refused(messages: [String])
        /// Added as entry `entry`, with the items' warnings.
        case recorded(source: SourceID, entry: Int, messages: [String])
    }

    /// The source and the claim that record `report`, made on `today` (an EDTF day); nil when the report shows
    /// no origin.
    package func evidence(for report: MatchReport, today: String) throws(EDTFError) -> (EvidenceCase, SourceID)? {
        let origins = report.attribution.origins
        guard !origins.isEmpty else { return nil }
        let source =
            sourceID ?? SourceID("match-\(today.replacingOccurrences(of: "-", with: ""))-\(report.sha256.prefix(8))")
        let seeded = origins.contains { $0.conclusion == .seedFound }
        var evidence = EvidenceCase()
        let list = URL(fileURLWithPath: report.file).lastPathComponent
        _ = evidence.insert(
            Source(
                id: source, title: "Record match of \(list) against the registered datasets",
                date: try EventTime(parsing: today), publisher: "lineage match, run by \(recorder)",
                reference: "\(report.file) sha256:\(report.sha256)", reliability: reliability, language: "en"))
        let datasets = origins.map { DatasetID($0.dataset) }
        let made: EventTime
        if let when { made = when } else { made = try EventTime(parsing: "../\(today)") }
        _ = evidence.insert(
            Claim(
                id: claimID ?? ClaimID("\(source.rawValue)-derivation"), when: made,
                action: .derivation(
                    dataset: dataset, from: datasets, by: madeBy, operation: datasets.count == 1 ? .subset : .merge,
                    records: nil),
                cites: [
                    Cite(
                        source: source, credibility: seeded ? .confirmed : .probable,
                        quotes: [Cite.Quote(report.conclusion, language: "en")])
                ]))
        return (evidence, source)
    }

    /// Adds what `report` shows to `store` in one entry, as `ItemAddition` adds any typed-in item.
    ///
    /// - Throws: `StoreError` when the store cannot be written.
    package func add(_ report: MatchReport, to store: CaseStore) throws -> Outcome {
        guard let (evidence, source) = try evidence(for: report, today: Self.today()) else { return .nothingToRecord }
        let outcome = try ItemAddition.add(evidence, to: store, by: recorder, origin: "lineage match")
        guard let entry = outcome.entry else { return .refused(messages: outcome.messages) }
        return .recorded(source: source, entry: entry, messages: outcome.messages)
    }

    /// Today in UTC, as an EDTF day.
    package static func today() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }
}
