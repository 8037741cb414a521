package import LineageCore

/// The answer of `lineage timeline --json`.
package struct TimelineJSON: Encodable {
    package struct EventJSON: Encodable {
        package var claim: String
        package var kind: String
        package var when: String
        package var earliest: String?
        package var latest: String?
        package var dataset: String?
        package var parties: [String]
        package var records: RecordCount?
        package var grade: String?
        package var disputed: Bool
        package var knownSince: String?
        package var firstSource: String?
        /// An `<event>`'s kind (`arrest`, `regulator-action`, ...); null for claims that are not events.
        package var event: String?
        /// Every dataset the claim names (an event may name several).
        package var datasets: [String]
        package var basis: String?
        package var price: QueryJSON.PriceJSON?
        package var notes: [QueryJSON.NoteJSON]
        package var cites: [QueryJSON.CiteJSON]

        package init(_ event: TimelineEvent, in evidence: EvidenceCase) {
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
            if case .event(let kind, _, _) = claim.action { self.event = kind.rawValue }
            datasets = claim.datasetsNamed.map(\.rawValue)
            basis = QueryJSON.basis(of: claim)
            price = QueryJSON.PriceJSON(claim.payment)
            notes = claim.notes.map(QueryJSON.NoteJSON.init)
            cites = claim.cites.map { QueryJSON.CiteJSON($0, in: evidence) }
        }

        package func encode(to encoder: any Encoder) throws {
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
            try container.encode(event, forKey: .event)
            try container.encode(datasets, forKey: .datasets)
            try container.encode(basis, forKey: .basis)
            try container.encode(price, forKey: .price)
            try container.encode(notes, forKey: .notes)
            try container.encode(cites, forKey: .cites)
        }

        private enum CodingKeys: String, CodingKey {
            case claim, kind, when, earliest, latest, dataset, parties, records, grade, disputed, knownSince
            case firstSource, event, datasets, basis, price, notes, cites
        }
    }

    package var filter: QueryJSON.FilterJSON
    package var events: [EventJSON]

    package init(_ events: [TimelineEvent], _ prepared: PreparedCase) {
        filter = QueryJSON.FilterJSON(prepared.filter, prepared.omitted)
        self.events = events.map { EventJSON($0, in: prepared.evidence) }
    }
}

extension AnswerText {
    /// The text answer of `lineage timeline`.
    package static func timeline(_ events: [TimelineEvent], _ prepared: PreparedCase) -> String {
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
