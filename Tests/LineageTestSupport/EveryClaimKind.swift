public import LineageCore

/// One claim of every kind, with counts in each unit, approximate and not, over parties `p`, `q`, `r` and
/// datasets `db`, `k`, `l`, `m`: the list a test walks when a rule must hold for each kind (the canonical form's
/// bytes, the writer's round trip), so that a new kind is added to every such test at once.
public enum EveryClaimKind {
    public static let actions: [(ClaimID, Claim.Action)] = [
        ("c01", .extraction(dataset: "l", from: "db", by: "q", medium: "USB", records: RecordCount(5))),
        ("c02", .extraction(dataset: "l", from: "db", by: "q", medium: nil, records: nil)),
        ("c03", .transfer(dataset: "l", from: "q", to: "r", records: RecordCount(7, unit: .households), price: "¥1")),
        ("c04", .derivation(dataset: "m", from: ["l"], by: "r", operation: .subset, records: nil)),
        ("c05", .derivation(
            dataset: "m", from: ["l", "k"], by: "r", operation: .merge,
            records: RecordCount(9, unit: .persons, approx: true))),
        ("c06", .use(dataset: "m", by: "r", purpose: "mail", records: RecordCount(2))),
        ("c07", .holding(dataset: "m", party: "r")),
        ("c08", .deletion(dataset: "m", party: "r")),
        ("c09", .delegation(agent: "q", principal: "p", relation: .subcontractor)),
        ("c10", .containment(dataset: "l", within: "db", records: RecordCount(3, approx: true))),
        ("c11", .event(kind: .arrest, parties: ["q", "r"], datasets: [])),
        ("c12", .event(kind: .other, parties: [], datasets: ["l"])),
        ("c13", .identity(party: "q", sameAs: "r")),
    ]

    /// A case holding every kind in `actions`, plus a sale (`c14`) with a basis, a numeric price and a note, each
    /// cited with a page and a quote in Japanese: the case a round trip through a writer and its reader must give
    /// back claim for claim (XML, tables, PROV).
    public static func evidence() throws -> EvidenceCase {
        var evidence = EvidenceCase()
        _ = evidence.insert(Source(id: "s", title: "S", date: try EventTime(parsing: "2014"), reliability: .b))
        for party in ["p", "q", "r"] { _ = evidence.insert(Party(id: PartyID(party), kind: .organization, name: party)) }
        for dataset in ["db", "k", "l", "m"] {
            _ = evidence.insert(Dataset(id: DatasetID(dataset), kind: .list, name: dataset))
        }
        let when = try EventTime(parsing: "2014-05~")
        let cites = [Cite(source: "s", credibility: .probable, page: "p. 1", quotes: [Cite.Quote("q", language: "ja")])]
        for (id, action) in actions { _ = evidence.insert(Claim(id: id, when: when, action: action, cites: cites)) }
        var sold = Claim(
            id: "c14", when: when, action: .transfer(dataset: "l", from: "q", to: "r", records: nil, price: nil),
            cites: cites, basis: .sale, payment: Price(amount: "1.5", currency: "JPY", isApproximate: true))
        sold.notes = [Note("n", language: "en")]
        _ = evidence.insert(sold)
        return evidence
    }
}
