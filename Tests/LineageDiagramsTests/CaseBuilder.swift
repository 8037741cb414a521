import LineageCore

/// Builds small cases in code for the diagram tests: one line per source, party, dataset or claim.
struct CaseBuilder {
    private(set) var evidence = EvidenceCase()

    mutating func source(
        _ id: String, _ reliability: Reliability = .b, title: String? = nil, date: String = "2015",
        reference: String? = nil
    ) {
        add(
            evidence.insert(
                Source(
                    id: SourceID(id), title: title ?? "Source \(id)", date: time(date), reference: reference,
                    reliability: reliability)))
    }

    mutating func party(
        _ id: String, _ kind: Party.Kind = .organization, name: String? = nil, identified: Bool = true,
        aliases: [Party.Alias] = []
    ) {
        add(
            evidence.insert(
                Party(
                    id: PartyID(id), kind: kind, name: name ?? "Party \(id)", isIdentified: identified, aliases: aliases
                )))
    }

    mutating func dataset(_ id: String, _ kind: Dataset.Kind = .list, name: String? = nil, owner: String? = nil) {
        add(
            evidence.insert(
                Dataset(id: DatasetID(id), kind: kind, name: name ?? "Dataset \(id)", owner: owner.map { PartyID($0) }))
        )
    }

    mutating func claim(_ id: String, _ when: String = "2014-05", _ action: Claim.Action, _ cites: [Cite]) {
        add(evidence.insert(Claim(id: ClaimID(id), when: time(when), action: action, cites: cites)))
    }

    private func time(_ text: String) -> EventTime {
        (try? EventTime(parsing: text)) ?? .interval(from: .open, to: .open)
    }

    private func add(_ diagnostic: Diagnostic?) {
        precondition(diagnostic == nil, "the test case is malformed: \(diagnostic!)")
    }
}

/// A cite of `source` graded `credibility`.
func cite(_ source: String, _ credibility: Credibility = .probable, _ stance: Cite.Stance = .supports) -> Cite {
    Cite(source: SourceID(source), credibility: credibility, stance: stance)
}

/// A transfer of `dataset` from one party to another.
func transfer(_ dataset: String, _ from: String, _ to: String, records: RecordCount? = nil) -> Claim.Action {
    .transfer(dataset: DatasetID(dataset), from: PartyID(from), to: PartyID(to), records: records, price: nil)
}

/// The broker chain most tests draw: a database, a batch extracted from it by an insider, sold to broker A,
/// then to broker B, who made a list from it and sold it to a buyer. Sources `s1` (A) to `s3` (C).
func brokerChain() -> CaseBuilder {
    var builder = CaseBuilder()
    builder.source("s1", .a)
    builder.source("s2", .b)
    builder.source("s3", .c)
    builder.party("owner", name: "Owner Corp", aliases: [.init("オーナー", language: "ja")])
    builder.party("insider", .person, name: "Insider")
    builder.party("broker-a", name: "Broker A")
    builder.party("broker-b", name: "Broker B")
    builder.party("buyer", name: "Buyer")
    builder.dataset("db", .database, name: "Customer database", owner: "owner")
    builder.dataset("batch", .batch, name: "Batch one", owner: "owner")
    builder.dataset("list", .list, name: "Derived list", owner: "owner")
    builder.claim(
        "c1-extract", "2014-04",
        .extraction(
            dataset: "batch", from: "db", by: "insider", medium: nil, records: RecordCount(100, unit: .persons)),
        [cite("s1", .confirmed)])
    builder.claim(
        "c2-sale", "2014-05", transfer("batch", "insider", "broker-a", records: RecordCount(100, unit: .persons)),
        [cite("s2")])
    builder.claim("c3-resale", "2014-06", transfer("batch", "broker-a", "broker-b"), [cite("s3", .possible)])
    builder.claim(
        "c4-derive", "2014-06",
        .derivation(dataset: "list", from: ["batch"], by: "broker-b", operation: .subset, records: nil), [cite("s2")])
    builder.claim("c5-sale", "2014-07", transfer("list", "broker-b", "buyer"), [cite("s2", .doubtful)])
    return builder
}
