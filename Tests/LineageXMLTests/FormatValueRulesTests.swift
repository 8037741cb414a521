import Foundation
import LineageCore
import LineageXML
import Testing

/// The format's value rules for typed-in items (`FormatElement.schemaProblems`) against the schema they stand in
/// for: each value below is put into an item, and the item is both checked by the rules and written to a file that
/// the loader validates with the XSD. Both must refuse the same values with the same messages, so an item typed
/// in is refused as the same item in a file is.
@Suite("Typed items meet the schema's rules")
struct FormatValueRulesTests {
    /// Ids, valid and not. Ids with spaces around them are left out on purpose: the schema strips such spaces and
    /// lets them in, the format's one id rule (`Identifier.isValid`) does not.
    static let ids = [
        "ok", "_x", "é", "x-1.2", "日本", "1bad", "a:b", "", "-x", ".x", "a b", "a\tb", "x\u{7}",
        String(repeating: "a", count: 256), String(repeating: "a", count: 257),
        "1" + String(repeating: "a", count: 300),
    ]
    /// Texts around the length limit, in characters rather than bytes, and with characters XML cannot hold.
    static let texts = [
        "", "plain", String(repeating: "b", count: 4096), String(repeating: "b", count: 4097),
        String(repeating: "é", count: 4096), String(repeating: "é", count: 4097),
        "bell\u{7}", "nul\u{0}", "ok\u{FFFE}",
    ]
    static let languages = ["ja", "en-GB", "zh-Hant-TW", "x-1", "", "not a lang", "toolongtag", "en_GB", "1en", "en-"]
    static let fields = ["postal-code", "_f", "2c", "a b", "a:b", ""]
    static let amounts = ["0", "1650", "1.5", "1,5", "1.", ".5", "-1", String(repeating: "9", count: 31)]
    static let currencies = ["KRW", "JPY", "yen", "KR", "KRWX", ""]

    static var cases: [(String, EvidenceCase)] {
        var cases: [(String, EvidenceCase)] = []
        func add(_ label: String, _ build: (inout EvidenceCase) -> Void) {
            var evidence = EvidenceCase()
            build(&evidence)
            cases.append((label, evidence))
        }
        let when = try! EventTime(parsing: "2014")
        let cite = Cite(source: "s", credibility: .probable)
        for id in ids {
            add("party id \(id.prefix(20))") { _ = $0.insert(Party(id: PartyID(id), kind: .person, name: "n")) }
            add("transfer to \(id.prefix(20))") {
                _ = $0.insert(
                    Claim(
                        id: "t", when: when,
                        action: .transfer(dataset: "d", from: "p", to: PartyID(id), records: nil, price: nil),
                        cites: [cite]))
            }
            add("owners \(id.prefix(20))") {
                _ = $0.insert(Dataset(id: "d", kind: .list, name: "n", owners: ["p", PartyID(id), "1x"]))
            }
            add("derivation from \(id.prefix(20))") {
                _ = $0.insert(
                    Claim(
                        id: "v", when: when,
                        action: .derivation(
                            dataset: "d", from: [DatasetID(id)], by: "p", operation: .copy, records: nil),
                        cites: [Cite(source: SourceID(id), credibility: .confirmed)]))
            }
        }
        for text in texts {
            add("party name \(text.prefix(20))") { _ = $0.insert(Party(id: "p", kind: .person, name: text)) }
            add("cite page, quote and note \(text.prefix(20))") {
                var claim = Claim(
                    id: "h", when: when, action: .holding(dataset: "d", party: "p"),
                    cites: [Cite(source: "s", credibility: .possible, page: text, quotes: [Cite.Quote(text)])])
                claim.notes = [Note(text)]
                _ = $0.insert(claim)
            }
        }
        for language in languages {
            add("source lang \(language)") {
                _ = $0.insert(Source(id: "s", title: "t", date: when, reliability: .a, language: language))
            }
        }
        for field in fields {
            add("field \(field)") { _ = $0.insert(Dataset(id: "d", kind: .list, name: "n", fields: [field, "ok"])) }
        }
        for (amount, currency) in zip(amounts, currencies + currencies) {
            add("price \(amount) \(currency)") {
                _ = $0.insert(
                    Claim(
                        id: "t", when: when,
                        action: .transfer(dataset: "d", from: "p", to: "q", records: nil, price: nil), cites: [cite],
                        payment: Price(amount: amount, currency: currency)))
            }
        }
        add("a claim without a cite") {
            _ = $0.insert(Claim(id: "u", when: when, action: .holding(dataset: "d", party: "p"), cites: []))
        }
        add("an event without a cite") {
            let event = Claim.Action.event(kind: .arrest, parties: [], datasets: [])
            _ = $0.insert(Claim(id: "e", when: when, action: event, cites: []))
        }
        return cases
    }

    /// The codes of the problems the rules stand in for: what the schema and the parser report.
    static let codes: Set<Diagnostic.Code> = [.schema, .malformedXML, .missingCite]

    @Test func theRulesRefuseWhatTheSchemaRefusesInItsWords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let loader = CaseLoader(schema: try EvidenceSchema())
        let file = folder.appendingPathComponent("item.xml").path
        var refused = 0
        for (label, items) in Self.cases {
            try EvidenceWriter.document(items).write(toFile: file, atomically: true, encoding: .utf8)
            let fromSchema = loader.load([file]).diagnostics.filter { Self.codes.contains($0.code) }
                .map { "\($0.code.rawValue): \($0.message)" }.sorted()
            var elements = items.sources.values.map(FormatElement.init) + items.parties.values.map(FormatElement.init)
            elements += items.datasets.values.map(FormatElement.init) + items.claims.values.map(FormatElement.init)
            let fromRules = elements.flatMap { $0.schemaProblems() }
                .map { "\($0.code.rawValue): \($0.message)" }.sorted()
            #expect(fromRules == fromSchema, "\(label)")
            if !fromSchema.isEmpty { refused += 1 }
        }
        #expect(refused > 40, "the cases must include many the schema refuses")
    }

    @Test(arguments: ids) func anIdIsMadeExactlyWhenTheSchemaTakesIt(_ text: String) throws {
        let items = { () -> EvidenceCase in
            var evidence = EvidenceCase()
            _ = evidence.insert(Party(id: PartyID(text), kind: .person, name: "n"))
            return evidence
        }()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-id-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("item.xml").path
        try EvidenceWriter.document(items).write(toFile: file, atomically: true, encoding: .utf8)
        let schemaTakesIt = CaseLoader(schema: try EvidenceSchema()).load([file]).errorCount == 0
        #expect(((try? PartyID(validating: text)) != nil) == schemaTakesIt, "\(text.prefix(20))")
    }
}
