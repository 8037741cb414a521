import ArgumentParser
import LineageCore

extension Lineage {
    /// `lineage timeline`: every claim in event-time order, with when it became known.
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every claim in event-time order, with its sources and the day it became known.",
            discussion: """
                Events are ordered by the first day their date allows (open starts first), then the last. \
                "known by" is the first day by which a supporting source was certainly published (the first \
                --known-by day that keeps the event): event time and knowledge time side by side, never mixed. \
                See docs/queries.md.
                """
        )

        @OptionGroup var input: EvidenceOptions
        @OptionGroup var filter: FilterOptions

        @Flag(help: "Print the answer as JSON on standard output.")
        var json = false

        func run() throws {
            let prepared = try PreparedCase(input: input, filter: filter)
            let events = prepared.evidence.timeline()
            if json {
                try JSONOutput.print(TimelineJSON(events, prepared))
            } else {
                print(Self.text(events, prepared), terminator: "")
            }
        }

        static func text(_ events: [TimelineEvent], _ prepared: PreparedCase) -> String {
            let format = QueryText(evidence: prepared.evidence)
            var text = "\(events.count) event\(events.count == 1 ? "" : "s")\n"
            for line in QueryText.omissions(prepared.omitted, prepared.filter) { text += "(\(line))\n" }
            let width = min(24, events.map(\.claim.when.description.count).max() ?? 0)
            for event in events {
                let claim = event.claim
                text +=
                    "\(claim.when.description.padded(to: width))  \(claim.kind.rawValue) '\(claim.id)': "
                    + format.summary(of: claim)
                if let records = claim.records { text += ", \(records)" }
                text += "; \(QueryText.grade(event.grade)) \(format.cites(of: claim))"
                if claim.isDisputed { text += " DISPUTED" }
                text += "; known "
                text += event.firstSource.map { "by \(QueryText.day(event.knownSince)) (\($0))" } ?? "by no day yet"
                text += "\n"
            }
            return text
        }
    }
}

/// The answer of `lineage timeline --json`.
struct TimelineJSON: Encodable {
    struct EventJSON: Encodable {
        var claim: String
        var kind: String
        var when: String
        var earliest: String?
        var latest: String?
        var dataset: String?
        var parties: [String]
        var records: RecordCount?
        var grade: String?
        var disputed: Bool
        var knownSince: String?
        var firstSource: String?
        var cites: [QueryJSON.CiteJSON]

        init(_ event: TimelineEvent, in evidence: EvidenceCase) {
            let claim = event.claim
            self.claim = claim.id.rawValue
            kind = claim.kind.rawValue
            when = claim.when.description
            earliest = claim.when.earliest?.description
            latest = claim.when.latest?.description
            dataset = claim.dataset?.rawValue
            parties = claim.parties.map(\.rawValue)
            records = claim.records
            grade = event.grade?.description
            disputed = claim.isDisputed
            knownSince = event.knownSince?.description
            firstSource = event.firstSource?.rawValue
            cites = claim.cites.map { QueryJSON.CiteJSON($0, in: evidence) }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(claim, forKey: .claim)
            try container.encode(kind, forKey: .kind)
            try container.encode(when, forKey: .when)
            try container.encode(earliest, forKey: .earliest)
            try container.encode(latest, forKey: .latest)
            try container.encode(dataset, forKey: .dataset)
            try container.encode(parties, forKey: .parties)
            try container.encode(records, forKey: .records)
            try container.encode(grade, forKey: .grade)
            try container.encode(disputed, forKey: .disputed)
            try container.encode(knownSince, forKey: .knownSince)
            try container.encode(firstSource, forKey: .firstSource)
            try container.encode(cites, forKey: .cites)
        }

        private enum CodingKeys: String, CodingKey {
            case claim, kind, when, earliest, latest, dataset, parties, records, grade, disputed, knownSince
            case firstSource, cites
        }
    }

    var filter: QueryJSON.FilterJSON
    var events: [EventJSON]

    init(_ events: [TimelineEvent], _ prepared: PreparedCase) {
        filter = QueryJSON.FilterJSON(prepared.filter, prepared.omitted)
        self.events = events.map { EventJSON($0, in: prepared.evidence) }
    }
}
