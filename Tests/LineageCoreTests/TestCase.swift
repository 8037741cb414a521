import LineageCore

/// A small case built in code, for tests that need one without XML.
struct TestCase {
    var evidence = EvidenceCase()
    private(set) var rejected: [Diagnostic] = []

    init(sources: [(String, String, Reliability)] = [("s1", "2014-07-09", .b)]) {
        for (id, date, reliability) in sources {
            add(Source(id: SourceID(id), title: id, date: try! EventTime(parsing: date), reliability: reliability))
        }
    }

    mutating func party(_ id: String, identified: Bool = true) {
        add(Party(id: PartyID(id), kind: .organization, name: id, isIdentified: identified))
    }

    mutating func dataset(_ id: String, _ kind: Dataset.Kind = .list, records: RecordCount? = nil) {
        add(Dataset(id: DatasetID(id), kind: kind, name: id, records: records))
    }

    mutating func claim(_ id: String, _ when: String, _ action: Claim.Action, cites: [Cite]? = nil) {
        add(
            Claim(
                id: ClaimID(id), when: try! EventTime(parsing: when), action: action,
                cites: cites ?? [Cite(source: "s1", credibility: .probable)]))
    }

    private mutating func add(_ source: Source) { if let d = evidence.insert(source) { rejected.append(d) } }
    private mutating func add(_ party: Party) { if let d = evidence.insert(party) { rejected.append(d) } }
    private mutating func add(_ dataset: Dataset) { if let d = evidence.insert(dataset) { rejected.append(d) } }
    private mutating func add(_ claim: Claim) { if let d = evidence.insert(claim) { rejected.append(d) } }

    /// The rule names `check()` reports, in order.
    var findings: [String] { evidence.check().map { "\($0.severity.rawValue) \($0.code)" } }
}
