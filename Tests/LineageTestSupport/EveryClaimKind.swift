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
}
