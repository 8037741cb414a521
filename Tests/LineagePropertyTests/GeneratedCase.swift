import LineageCore
import PropertyBased

/// A small random case, described by numbers so that PropertyBased can shrink it: each claim is seven numbers
/// (kind, dataset, first party, second party, month, date shape, grade). Shrinking drops claims and lowers numbers,
/// so a failure comes down to a few claims in the first months.
///
/// The world is fixed and small, so that claims collide: five parties; `db-owned` (a database `p0` owns), `db-free`
/// (a database no owner is declared for), `batch` (extracted from a database), `list-a` (a list nothing makes)
/// and `list-b` (derived from the batch or the list). Every case it gives passes `lineage check` without errors.
struct GeneratedCase: Sendable, CustomStringConvertible {
    var claims: [[Int]]
    /// Whether every dataset is a database nothing makes: then no date can contradict when the data existed.
    var databasesOnly = false

    static let parties: [PartyID] = ["p0", "p1", "p2", "p3", "p4"]
    static let datasets: [DatasetID] = ["db-owned", "db-free", "batch", "list-a", "list-b"]
    static let sources: [(SourceID, Reliability)] = [("s-a", .a), ("s-b", .b), ("s-c", .c), ("s-d", .d)]

    /// Up to `claims` claims, each of seven numbers.
    static func generator(claims: ClosedRange<Int> = 1...12) -> Generator<GeneratedCase, some SendableSequenceType> {
        Gen.int(in: 0...99).array(of: 7).array(of: claims).map { GeneratedCase(claims: $0) }
    }

    var description: String { "GeneratedCase(claims: \(claims), databasesOnly: \(databasesOnly))" }

    /// The case as evidence.
    var evidence: EvidenceCase {
        var evidence = EvidenceCase()
        for (id, reliability) in Self.sources {
            _ = evidence.insert(Source(id: id, title: id.rawValue, date: Self.time("2020"), reliability: reliability))
        }
        for party in Self.parties {
            _ = evidence.insert(Party(id: party, kind: .organization, name: party.rawValue))
        }
        for (index, id) in Self.datasets.enumerated() {
            let kind: Dataset.Kind = databasesOnly || index < 2 ? .database : index == 2 ? .batch : .list
            _ = evidence.insert(Dataset(id: id, kind: kind, name: id.rawValue, owner: index == 0 ? "p0" : nil))
        }
        for (index, numbers) in claims.enumerated() {
            _ = evidence.insert(claim(index, numbers))
        }
        return evidence
    }

    /// The case with every dataset a database: transfers, holdings and uses only.
    var withDatabasesOnly: GeneratedCase {
        var copy = self
        copy.databasesOnly = true
        return copy
    }

    private func claim(_ index: Int, _ numbers: [Int]) -> Claim {
        let party = { (number: Int) in Self.parties[number % Self.parties.count] }
        let dataset = Self.datasets[numbers[1] % Self.datasets.count]
        let action: Claim.Action
        switch numbers[0] % 8 {
        case 5 where !databasesOnly:
            // A batch comes out of a database only.
            action = .extraction(
                dataset: "batch", from: Self.datasets[numbers[1] % 2], by: party(numbers[2]), medium: nil, records: nil)
        case 6 where !databasesOnly:
            let inputs: [DatasetID] = [["batch"], ["list-a"], ["batch", "list-a"]][numbers[1] % 3]
            action = .derivation(dataset: "list-b", from: inputs, by: party(numbers[2]), operation: .merge, records: nil)
        case 7:
            action =
                numbers[1] % 2 == 0
                ? .holding(dataset: dataset, party: party(numbers[2]))
                : .use(dataset: dataset, by: party(numbers[2]), purpose: nil, records: nil)
        default:
            action = .transfer(
                dataset: dataset, from: party(numbers[2]), to: party(numbers[3]), records: nil, price: nil)
        }
        let month = 1 + numbers[4] % 8
        let when =
            switch numbers[5] % 4 {
            case 0: "2014-0\(month)"
            case 1: "2014-0\(month)-15"
            case 2: "2014-0\(month)/2014-\(month + 2 < 10 ? "0" : "")\(month + 2)"
            default: "../2014-0\(month)"
            }
        let (source, _) = Self.sources[numbers[6] % Self.sources.count]
        let credibility = Credibility(rawValue: 1 + (numbers[6] / 4) % 5)!
        return Claim(
            id: ClaimID("c\(index)"), when: Self.time(when), action: action,
            cites: [Cite(source: source, credibility: credibility)])
    }

    static func time(_ text: String) -> EventTime {
        // Every date above is well formed.
        try! EventTime(parsing: text)
    }
}

/// What can be added to a case without taking support away: a better cite for one claim, or another transfer
/// opening a route (one that explains no holding the case leaves unexplained).
struct AddedSupport: Sendable, CustomStringConvertible {
    var numbers: [Int]

    static var generator: Generator<AddedSupport, some SendableSequenceType> {
        Gen.int(in: 0...99).array(of: 8).map { AddedSupport(numbers: $0) }
    }

    var description: String { "AddedSupport(numbers: \(numbers))" }

    /// `evidence` with the support added. A transfer that would explain a holding the case leaves unexplained is
    /// not a new route but new knowledge, which may rightly move dates later (docs/queries.md, rule 2): a cite is
    /// added in its place.
    func adding(to evidence: EvidenceCase, claims: Int) -> EvidenceCase {
        let transfer = GeneratedCase(claims: [[0] + Array(numbers[1..<7])], databasesOnly: false)
        var claim = transfer.evidence.claims[ClaimID("c0")]!
        claim.id = ClaimID("added")
        var explains = false
        if case .transfer(let dataset, _, let to, _, _) = claim.action {
            explains = CustodyGraph(LineageGraph(evidence)).unexplainedHoldings().contains {
                $0.party == to && $0.dataset == dataset
            }
        }
        if numbers[7] % 2 == 0 || explains, claims > 0 {
            // A supporting cite from a completely reliable source, confirmed, on one claim.
            let target = ClaimID("c\(numbers[0] % claims)")
            return evidence.removingClaims { claim in
                guard claim.id == target else { return claim }
                var cited = claim
                cited.cites.append(Cite(source: "s-a", credibility: .confirmed))
                return cited
            }
        }
        var extended = evidence
        _ = extended.insert(claim)
        return extended
    }
}
