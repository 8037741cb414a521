import Foundation
import GRDB
import LineageCore
import LineageStore
import LineageTestSupport
import LineageXML
import PropertyBased
import Testing

/// `add` checks a file against only the part of the store its items reach (issue 18): it must find exactly what
/// checking it against the whole store finds, on any store and any file. Each case is a random store (one file
/// that checks, perhaps with a claim retracted) and a random file that reaches into it: claims about its datasets,
/// derivations and containments that may close a cycle, counts and dates that may disagree, ids that clash with
/// the store's or name nothing. The file is added to two copies of the store, once as `lineage add` does and once
/// through the whole store (the path every `add` took before), and the two outcomes must be the same, byte for byte.
///
/// `LINEAGE_PROPERTY_RUNS=2000 swift test --filter NeighbourhoodAddTests` checks more cases than the default 200.
@Suite struct NeighbourhoodAddTests {
    static let runs = ProcessInfo.processInfo.environment["LINEAGE_PROPERTY_RUNS"].flatMap(Int.init) ?? 200

    @Test func addingThroughTheNeighbourhoodFindsWhatTheWholeStoreFinds() async throws {
        let schema = try EvidenceSchema()
        let generator = Gen.int(in: 0...99).array(of: 8).array(of: 1...10)
        await propertyCheck(count: Self.runs, input: generator, generator, Gen.int(in: 0...99).array(of: 4)) {
            stored, added, flags in
            let world = RandomStore(stored: stored, added: added, flags: flags)
            recordingErrors("\(world)") { _ = try world.compare(schema: schema) }
        }
    }

    /// A file that names nothing in the store but its sources and parties is added, with the warnings the whole
    /// store gives it: the common case, which must not fall back to loading the store.
    @Test func anAdditionBesideTheStoreKeepsItsWarnings() throws {
        let world = RandomStore(
            stored: [[0, 0, 1, 2, 3, 1, 0, 0], [1, 0, 1, 0, 2, 2, 0, 0]],
            added: [[0, 5, 1, 2, 1, 1, 1, 1], [0, 5, 1, 2, 1, 1, 2, 3]],
            flags: [1, 0, 1, 1])
        let (incremental, whole) = try world.compare(schema: try EvidenceSchema())
        #expect(incremental.isAdded && whole.isAdded, "\(incremental.diagnostics)")
        #expect(incremental.diagnostics.contains { $0.severity == .warning }, "\(incremental.diagnostics)")
    }

    /// `verify` covers the index `add` trusts: a row removed, or one added, is reported.
    @Test(arguments: [
        "DELETE FROM claim_input WHERE claim = 'x1'",
        "INSERT INTO claim_input (dataset, claim) VALUES ('list', 't1')",
    ])
    func verifyFindsAnAlteredInputIndex(edit: String) throws {
        let test = try TestStore()
        try test.add(
            "basics.xml",
            TestStore.basics + TestStore.transfer("t1") + """
                <dataset id="db" kind="database" name="Database"/>
                <dataset id="batch" kind="batch" name="Batch"/>
                <extraction id="x1" dataset="batch" from="db" by="broker" when="2014-05">
                  <cite source="s1" credibility="2"/>
                </extraction>
                """)
        #expect(try test.store.verify().isIntact)
        #expect(try test.store.loadCase().claims.count == 2)
        let queue = try DatabaseQueue(path: test.path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS claim_input_no_delete")
            try db.execute(sql: edit)
        }
        try queue.close()
        #expect(try test.store.verify().firstBreak == .indexAltered(table: "claim_input", count: 1))
    }
}

/// A store of one random file, and a random file to add to it, over a small fixed world so that items collide.
struct RandomStore {
    var stored: [[Int]]
    var added: [[Int]]
    var flags: [Int]

    static let parties = ["p0", "p1", "p2", "p3"]
    /// `d0` and `d1` databases (`p0` owns `d0`), `d2` a batch, `d3` and `d4` lists; `n0` is the file's own list.
    static let datasets = ["d0", "d1", "d2", "d3", "d4", "n0"]

    /// Adds the stored file to a new store, copies it, and adds the other file to one copy as `lineage add` does
    /// (read once, checked on the neighbourhood) and to the other through the whole store, expecting the same.
    @discardableResult
    func compare(schema: EvidenceSchema) throws -> (CaseStore.Addition, CaseStore.Addition) {
        let test = try TestStore()
        let loader = CaseLoader(schema: schema)
        let first = try test.add(storedCase, as: "stored.xml", loader: loader)
        // A store only ever holds files that check; a case whose stored part does not is no case at all.
        guard first.isAdded else { return (first, first) }
        if flags[0] % 3 == 0 {
            _ = try test.store.retract(ClaimID("c\(flags[1] % stored.count)"), reason: "wrong", by: "tester")
        }
        let copy = test.folder.appendingPathComponent("copy.lineage").path
        // The store is in WAL mode and still open: what it last wrote may be in its -wal file.
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: test.path + suffix) {
            try FileManager.default.copyItem(atPath: test.path + suffix, toPath: copy + suffix)
        }
        let file = test.folder.appendingPathComponent("added.xml").path
        try EvidenceWriter.document(addedCase).write(toFile: file, atomically: true, encoding: .utf8)

        // Fresh instances: nothing cached from the first add.
        let incrementalStore = try CaseStore(opening: test.path)
        let reading = loader.read([file])
        let incremental = try incrementalStore.add(
            origin: file, digest: nil, by: "tester", items: reading.evidence,
            checking: { loader.check(reading, onto: $0).diagnostics },
            orReading: { current in
                let result = loader.load([file], onto: current, checks: .addedItems)
                return (result.evidence, result.diagnostics)
            })
        let wholeStore = try CaseStore(opening: copy)
        let whole = try wholeStore.add(origin: file, digest: nil, by: "tester") { current in
            let result = loader.load([file], onto: current, checks: .addedItems)
            return (result.evidence, result.diagnostics)
        }
        // The copy names itself differently in its items' locations: compare with its path put back.
        let wholeLines = whole.diagnostics.map { $0.description.replacingOccurrences(of: copy, with: test.path) }
        #expect(incremental.diagnostics.map(\.description) == wholeLines, "\(self)")
        #expect(incremental.isAdded == whole.isAdded)
        #expect(incremental.counts == whole.counts)
        #expect(try incrementalStore.verify().isIntact)
        return (incremental, whole)
    }

    /// Sources, parties, the datasets `d0`–`d4`, and claims `c0`… that keep clear of cycles: a dataset is made only
    /// from datasets before it.
    var storedCase: EvidenceCase {
        var evidence = EvidenceCase()
        _ = evidence.insert(Source(id: "s0", title: "s0", date: Self.time("2020"), reliability: .a))
        _ = evidence.insert(Source(id: "s1", title: "s1", date: Self.time("2020"), reliability: .c))
        for party in Self.parties { _ = evidence.insert(Party(id: PartyID(party), kind: .organization, name: party)) }
        let kinds: [Dataset.Kind] = [.database, .database, .batch, .list, .list]
        for (index, kind) in kinds.enumerated() {
            _ = evidence.insert(
                Dataset(
                    id: DatasetID(Self.datasets[index]), kind: kind, name: Self.datasets[index],
                    owner: index == 0 ? "p0" : nil, records: index == 0 ? RecordCount(1000) : nil))
        }
        for (index, numbers) in stored.enumerated() {
            _ = evidence.insert(claim("c\(index)", numbers, datasets: 5, acyclic: true))
        }
        return evidence
    }

    /// The file added: perhaps a list `n0` of its own (perhaps owned by a party nobody declared), and claims
    /// `n0`… that may reach anything, repeat an id of the store, or name what does not exist.
    var addedCase: EvidenceCase {
        var evidence = EvidenceCase()
        if flags[2] % 5 != 0 {
            _ = evidence.insert(
                Dataset(id: "n0", kind: .list, name: "n0", owner: PartyID(flags[3] % 10 == 0 ? "p9" : "p1")))
        }
        for (index, numbers) in added.enumerated() {
            // One claim in 25 takes the id of a stored claim (perhaps the retracted one); a few name a stranger.
            let id = numbers[7] % 25 == 0 ? "c\(numbers[6] % max(1, stored.count))" : "a\(index)"
            _ = evidence.insert(claim(id, numbers, datasets: 6, acyclic: false))
        }
        return evidence
    }

    /// A claim from eight numbers: kind, dataset, two parties, month, date shape, count, cite.
    private func claim(_ id: String, _ numbers: [Int], datasets: Int, acyclic: Bool) -> Claim {
        let party = { (number: Int) in PartyID(!acyclic && number % 40 == 39 ? "p9" : Self.parties[number % 4]) }
        let dataset = DatasetID(Self.datasets[numbers[1] % datasets])
        let records: RecordCount? = [nil, RecordCount(100), RecordCount(200)][numbers[6] % 3]
        let action: Claim.Action
        switch numbers[0] % 7 {
        case 1:
            action = .extraction(
                dataset: acyclic ? "d2" : dataset, from: DatasetID(Self.datasets[numbers[2] % 2]), by: party(numbers[3]),
                medium: nil, records: records)
        case 2:
            // Made from datasets before it when acyclic; from anything otherwise.
            let target = acyclic ? 3 + numbers[1] % 2 : numbers[1] % datasets
            let choices = acyclic ? target : datasets
            let inputs = Set([numbers[2] % choices, numbers[3] % choices]).sorted().map { DatasetID(Self.datasets[$0]) }
            action = .derivation(
                dataset: DatasetID(Self.datasets[target]), from: inputs, by: party(numbers[4]), operation: .merge,
                records: records)
        case 3:
            action = .holding(dataset: dataset, party: party(numbers[2]))
        case 4:
            action = .use(dataset: dataset, by: party(numbers[2]), purpose: nil, records: records)
        case 5:
            let target = acyclic ? 3 : numbers[1] % datasets
            let within = acyclic ? numbers[2] % 3 : numbers[2] % datasets
            action = .containment(
                dataset: DatasetID(Self.datasets[target]), within: DatasetID(Self.datasets[within]), records: records)
        default:
            action = .transfer(
                dataset: dataset, from: party(numbers[2]), to: party(numbers[3]), records: records, price: nil)
        }
        let month = 1 + numbers[4] % 9
        let when =
            switch numbers[5] % 3 {
            case 0: "2014-0\(month)"
            case 1: "2014-0\(month)-15"
            default: "../2014-0\(month)"
            }
        return Claim(
            id: ClaimID(id), when: Self.time(when), action: action,
            cites: [Cite(source: SourceID(numbers[7] % 2 == 0 ? "s0" : "s1"), credibility: .probable)])
    }

    static func time(_ text: String) -> EventTime {
        // Every date above is well formed.
        try! EventTime(parsing: text)
    }
}

extension RandomStore: CustomStringConvertible {
    var description: String { "RandomStore(stored: \(stored), added: \(added), flags: \(flags))" }
}
