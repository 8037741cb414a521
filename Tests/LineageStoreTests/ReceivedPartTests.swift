import Foundation
import GRDB
import LineageAnswers
import LineageCore
import LineageStore
import LineageXML
import LineageTestSupport
import PropertyBased
import Testing

/// `received` on a case store reads only the part of the store its answer depends on (`ReceivedScope`, issue 18):
/// its text and its JSON must be those of the answer from the whole case, byte for byte, on any store, for any
/// dataset and any `--merge-identities`. Each case is a random store: one file of claims of every kind that moves or
/// shows data, and identities, over a small world (so that datasets form one component or several, and chains of
/// makings, containments and resales cross), perhaps with a claim retracted. The part is read twice: through
/// `claim_input`, and from a copy without it, as from a store no write has brought to schema 5.
///
/// `LINEAGE_PROPERTY_RUNS=2000 swift test --filter ReceivedPartTests` checks more cases than the default 200.
@Suite struct ReceivedPartTests {
    static let runs = ProcessInfo.processInfo.environment["LINEAGE_PROPERTY_RUNS"].flatMap(Int.init) ?? 200

    @Test func thePartAnswersAsTheWholeStoreDoes() async throws {
        let schema = try EvidenceSchema()
        let claims = Gen.int(in: 0...99).array(of: 8).array(of: 1...24)
        let answered = Counter()
        await propertyCheck(count: Self.runs, input: claims, Gen.int(in: 0...99).array(of: 4)) { claims, flags in
            let store = RandomQueryStore(claims: claims, flags: flags)
            // A part that does not even check (a closure that left something out) throws: recorded, not dropped.
            recordingErrors("\(store)") {
                if try store.compare(schema: schema) { answered.count += 1 }
            }
        }
        // Most random stores check, and most of those have recipients to compare: a generator that made only stores
        // with errors would prove nothing.
        #expect(answered.count > Self.runs / 4, "only \(answered.count) of \(Self.runs) random stores were compared")
    }

    /// The data of a list made from the asked database and another list reaches a buyer earlier through the other
    /// list, which the buyer's holding needs to be explained: so the part must follow a making's other inputs (up
    /// the chain, then down again), not only what is made from the asked dataset.
    @Test func thePartFollowsTheOtherInputsOfWhatIsMadeFromTheDataset() throws {
        let store = RandomQueryStore(
            claims: [
                [0, 0, 0, 2, 4, 0, 1, 0],  // c0: d0 p0 → p2, 2014-05
                [3, 1, 0, 4, 8, 2, 1, 0],  // c1: p2 makes d5 from d0 + d4, ../2014-09
                [0, 5, 2, 3, 1, 0, 1, 0],  // c2: d5 p2 → p3, 2014-02
                [4, 5, 3, 0, 5, 0, 1, 0],  // c3: p3 holds d5, 2014-06
            ], flags: [0, 0, 1, 0])
        #expect(try store.compare(schema: try EvidenceSchema()))
    }

    /// A dataset the store does not have is answered from the whole store, whose error suggests ids from all of it;
    /// so is a query whose filter leaves claims out by date or grade, since the answer counts those over the whole case.
    @Test func anUnknownDatasetOrACountingFilterReadsTheWholeStore() throws {
        let store = RandomQueryStore(claims: [[0, 4, 0, 2, 3, 1, 1, 0]], flags: [4, 0, 1, 0])
        let test = try TestStore()
        #expect(try store.fill(test, schema: try EvidenceSchema()))
        #expect(try CaseReading.receivedPart([test.path], of: "d4", filter: CaseFilter()) != nil)
        #expect(try CaseReading.receivedPart([test.path], of: "nothing", filter: CaseFilter()) == nil)
        let asOf = CaseFilter(asOf: try CalendarDay(endOf: "2014-06"))
        #expect(try CaseReading.receivedPart([test.path], of: "d4", filter: asOf) == nil)
        #expect(try CaseReading.receivedPart([test.path, test.path], of: "d4", filter: CaseFilter()) == nil)
    }
}

/// Counts across the property's runs.
private final class Counter: @unchecked Sendable {
    var count = 0
}

/// A store of one random file, and a query of it.
struct RandomQueryStore {
    var claims: [[Int]]
    var flags: [Int]

    static let parties = ["p0", "p1", "p2", "p3", "p4", "p5"]
    /// `d0` (owned by `p0`) and `d1` (by `p1` and `p2`) databases, `d2` and `d3` batches, `d4`–`d7` lists; a
    /// dataset is made only from datasets before it, or found only in one, so the case has no cycle.
    static let datasets = ["d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7"]

    /// Fills `test` with the file; false when the file does not check (a store never holds such a file).
    func fill(_ test: TestStore, schema: EvidenceSchema) throws -> Bool {
        let added = try test.add(evidence, as: "stored.xml", loader: CaseLoader(schema: schema))
        guard added.isAdded else { return false }
        if flags[2] % 3 == 0 {
            _ = try test.store.retract(ClaimID("c\(flags[3] % claims.count)"), reason: "wrong", by: "tester")
        }
        return true
    }

    /// Answers the query from the whole store and from its part (with and without `claim_input`), expecting the
    /// same text and JSON; false when there was nothing to compare (the file did not check).
    func compare(schema: EvidenceSchema) throws -> Bool {
        let test = try TestStore()
        guard try fill(test, schema: schema) else { return false }
        let dataset = DatasetID(flags[0] % 9 == 8 ? "nothing" : Self.datasets[flags[0] % 8])
        let filter = CaseFilter(mergingIdentities: [nil, Grade("C3"), Grade("F6")][flags[1] % 3])

        let whole = try PreparedCase(CaseReading.read([test.path]), filter: filter)
        let part = try CaseReading.receivedPart([test.path], of: dataset, filter: filter)
        guard let wholeAnswer = try? whole.custody.recipients(of: dataset) else {
            #expect(part == nil, "\(self)")
            return true
        }
        let expected = try Self.answers(wholeAnswer, whole)

        // The same store without `claim_input`, as before schema 5: the index is built from the claim rows.
        let copy = test.folder.appendingPathComponent("schema-3.lineage").path
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: test.path + suffix) {
            try FileManager.default.copyItem(atPath: test.path + suffix, toPath: copy + suffix)
        }
        let queue = try DatabaseQueue(path: copy)
        try queue.write { db in try db.execute(sql: "DROP TABLE claim_input") }
        try queue.close()
        let older = try CaseReading.receivedPart([copy], of: dataset, filter: filter)

        for part in [part, older] {
            let part = try #require(part, "\(self)")
            let prepared = try PreparedCase(part: part, filter: filter)
            let answers = try Self.answers(try prepared.custody.recipients(of: dataset), prepared)
            #expect(answers.text == expected.text, "\(self)")
            #expect(answers.json == expected.json, "\(self)")
        }
        return true
    }

    static func answers(_ answer: Recipients, _ prepared: PreparedCase) throws -> (text: String, json: Data) {
        (AnswerText.received(answer, prepared), try AnswerJSON.encode(ReceivedJSON(answer, prepared)))
    }

    var evidence: EvidenceCase {
        var evidence = EvidenceCase()
        for (index, reliability) in [Reliability.a, .c, .e].enumerated() {
            _ = evidence.insert(Source(id: SourceID("s\(index)"), title: "s\(index)", date: Self.time("2020"), reliability: reliability))
        }
        for party in Self.parties {
            _ = evidence.insert(Party(id: PartyID(party), kind: .organization, name: party, isIdentified: party != "p5"))
        }
        let kinds: [Dataset.Kind] = [.database, .database, .batch, .batch, .list, .list, .list, .list]
        let owners: [[PartyID]] = [["p0"], ["p1", "p2"]]
        for (index, kind) in kinds.enumerated() {
            _ = evidence.insert(
                Dataset(
                    id: DatasetID(Self.datasets[index]), kind: kind, name: Self.datasets[index],
                    owners: index < 2 ? owners[index] : [], records: index == 0 ? RecordCount(1000) : nil))
        }
        for (index, numbers) in claims.enumerated() { _ = evidence.insert(claim("c\(index)", numbers)) }
        return evidence
    }

    /// A claim from eight numbers: kind, dataset, parties or inputs, month, date shape, count and credibility, cite.
    private func claim(_ id: String, _ numbers: [Int]) -> Claim {
        let party = { (number: Int) in PartyID(Self.parties[number % Self.parties.count]) }
        let dataset = { (number: Int) in DatasetID(Self.datasets[number]) }
        let records: RecordCount? = [nil, RecordCount(100), RecordCount(200)][numbers[6] % 3]
        let action: Claim.Action
        switch numbers[0] % 9 {
        case 2:
            action = .extraction(
                dataset: dataset(2 + numbers[1] % 2), from: dataset(numbers[2] % 2), by: party(numbers[3]), medium: nil,
                records: records)
        case 3:
            let target = 4 + numbers[1] % 4
            let inputs = Set([numbers[2] % target, numbers[3] % target]).sorted().map(dataset)
            action = .derivation(
                dataset: dataset(target), from: inputs, by: party(numbers[4]), operation: .merge, records: records)
        case 4:
            action = .holding(dataset: dataset(numbers[1] % 8), party: party(numbers[2]))
        case 5:
            action = .use(dataset: dataset(numbers[1] % 8), by: party(numbers[2]), purpose: nil, records: records)
        case 6:
            let target = 4 + numbers[1] % 4
            action = .containment(dataset: dataset(target), within: dataset(numbers[2] % target), records: records)
        case 7:
            action = .identity(party: party(numbers[2]), sameAs: party(numbers[3]))
        case 8:
            action = .deletion(dataset: dataset(numbers[1] % 8), party: party(numbers[2]))
        default:
            action = .transfer(
                dataset: dataset(numbers[1] % 8), from: party(numbers[2]), to: party(numbers[3]), records: records,
                price: nil)
        }
        let month = 1 + numbers[4] % 9
        let when =
            switch numbers[5] % 4 {
            case 0: "2014-0\(month)"
            case 1: "2014-0\(month)-15"
            case 2: "../2014-0\(month)"
            default: "2014-0\(month)/2014-09"
            }
        var cites = [
            Cite(source: SourceID("s\(numbers[7] % 3)"), credibility: Credibility(rawValue: 1 + numbers[6] % 6)!)
        ]
        if numbers[7] % 5 == 0 {
            cites.append(Cite(source: SourceID("s\((numbers[7] + 1) % 3)"), credibility: .doubtful, stance: .disputes))
        }
        return Claim(id: ClaimID(id), when: Self.time(when), action: action, cites: cites)
    }

    static func time(_ text: String) -> EventTime {
        // Every date above is well formed.
        try! EventTime(parsing: text)
    }
}

extension RandomQueryStore: CustomStringConvertible {
    var description: String { "RandomQueryStore(claims: \(claims), flags: \(flags))" }
}
