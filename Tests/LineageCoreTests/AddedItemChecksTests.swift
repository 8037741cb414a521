import LineageCore
import LineageTestSupport
import Testing

/// `check(added:)` must find every error `check()` finds once items are added to a case that had none, and the
/// warnings the added items cause.
@Suite("Checking only what added items can break")
struct AddedItemChecksTests {
    /// A small valid case: a database, a batch extracted from it in May, a chain of lists derived from the batch
    /// (list, list3, list4), and another list whose making is a gap.
    static func base() throws -> CaseBuilder {
        var test = CaseBuilder()
        try test.source("s1", .b, date: "2014-07-09")
        try test.party("insider")
        try test.party("broker")
        try test.party("buyer")
        try test.dataset("db", .database)
        try test.dataset("batch", .batch)
        try test.dataset("list", .list, records: RecordCount(100))
        try test.claim("x", "2014-05", .extraction(dataset: "batch", from: "db", by: "insider", medium: nil, records: nil))
        try test.claim(
            "d", "2014-06", .derivation(dataset: "list", from: ["batch"], by: "broker", operation: .copy, records: nil))
        try test.claim("t", "2014-06", .transfer(dataset: "list", from: "broker", to: "buyer", records: nil, price: nil))
        try test.dataset("list3", .list)
        try test.dataset("list4", .list)
        try test.claim(
            "d3", "2014-06",
            .derivation(dataset: "list3", from: ["list"], by: "broker", operation: .subset, records: nil))
        try test.claim(
            "d4", "2014-06",
            .derivation(dataset: "list4", from: ["list3"], by: "broker", operation: .dedupe, records: nil))
        try test.dataset("other", .list)
        try test.claim("t2", "2014-05", .transfer(dataset: "other", from: "broker", to: "buyer", records: nil, price: nil))
        return test
    }

    static let additions: [(name: String, claim: Claim.Action, rule: Diagnostic.Code)] = [
        (
            "a derivation closing a long cycle",
            .derivation(dataset: "batch", from: ["list4"], by: "broker", operation: .merge, records: nil),
            .derivationCycle
        ),
        (
            "an unknown party", .transfer(dataset: "list", from: "broker", to: "nobody", records: nil, price: nil),
            .unknownReference
        ),
        ("a claim named as a dataset", .holding(dataset: "t", party: "buyer"), .wrongKindOfReference),
        (
            "a count that conflicts", .use(dataset: "list", by: "buyer", purpose: nil, records: RecordCount(7)),
            .conflictingCounts
        ),
        (
            "a maker dated after an older use",
            .extraction(dataset: "other", from: "db", by: "insider", medium: nil, records: nil), .beforeDatasetExists
        ),
    ]

    @Test("an added claim breaks a rule", arguments: additions.indices)
    func findsTheBrokenRule(_ index: Int) throws {
        let (name, action, rule) = Self.additions[index]
        var evidence = try Self.base().evidence
        #expect(evidence.check().filter { $0.severity == .error }.isEmpty)
        let claim = Claim(
            id: "new", when: try EventTime(parsing: index == 4 ? "2014-08" : "2014-07"), action: action,
            cites: [Cite(source: "s1", credibility: .probable)])
        var added = EvidenceCase()
        _ = added.insert(claim)
        _ = evidence.merge(added)
        let scoped = evidence.check(added: added)
        let whole = evidence.check()
        #expect(scoped.contains { $0.code == rule }, "\(name): \(scoped)")
        #expect(
            Set(scoped.filter { $0.severity == .error }.map(\.description))
                == Set(whole.filter { $0.severity == .error }.map(\.description)), "\(name)")
    }
}
