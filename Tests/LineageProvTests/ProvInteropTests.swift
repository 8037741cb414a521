import Foundation
import LineageCore
import LineageProv
import LineageTestSupport
import LineageXML
import Testing

/// Our PROV exports, read by the W3C reference library; its documents, read by us; and our case through PROV
/// and back.
@Suite("PROV interoperability", .serialized)
struct ProvInteropTests {
    enum Notation: String, CaseIterable, Sendable {
        case provn, json, xml

        func write(_ document: ProvDocument) -> String {
            switch self {
            case .provn: ProvNWriter.write(document)
            case .json: ProvJSONWriter.write(document)
            case .xml: ProvXMLWriter.write(document)
            }
        }
    }

    static func benesse() throws -> EvidenceCase {
        let loader = CaseLoader(schema: try EvidenceSchema())
        let result = loader.load([PythonProv.packageRoot.appendingPathComponent("Graphs/benesse").path])
        try #require(result.errorCount == 0, "\(result.diagnostics)")
        return result.evidence
    }

    static func generated(claims: Int) throws -> EvidenceCase {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("generated-\(claims)-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: file) }
        try PythonProv.run(
            "/usr/bin/env",
            ["python3", PythonProv.packageRoot.appendingPathComponent("Benchmarks/generate_case.py").path,
             "--claims", String(claims), "--seed", "7", "-o", file.path])
        defer { try? FileManager.default.removeItem(at: file) }
        let result = CaseLoader(schema: try EvidenceSchema()).load([file.path])
        try #require(result.errorCount == 0, "\(result.diagnostics.prefix(3))")
        return result.evidence
    }

    static func temporaryFile(_ name: String, _ content: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString)-\(name)")
        try content.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("the prov package reads our export of the Benesse case", arguments: Notation.allCases)
    func provReadsBenesse(_ notation: Notation) throws {
        let evidence = try Self.benesse()
        try expectProvReads(evidence, as: notation)
    }

    @Test("the prov package reads our export of a generated case", arguments: Notation.allCases)
    func provReadsGeneratedCase(_ notation: Notation) throws {
        try expectProvReads(try Self.generated(claims: 300), as: notation)
    }

    private func expectProvReads(_ evidence: EvidenceCase, as notation: Notation) throws {
        let file = try Self.temporaryFile("export.\(notation.rawValue)", notation.write(ProvDocument(exporting: evidence)))
        defer { try? FileManager.default.removeItem(at: file) }
        let printed = try PythonProv.check(["read", notation.rawValue, file.path])
        let counts = try JSONDecoder().decode([String: Int].self, from: Data(printed.utf8))
        #expect(counts["entities"] == evidence.sources.count + evidence.datasets.count)
        #expect(counts["activities"] == evidence.claims.count)
        #expect(counts["agents"] == evidence.parties.count)
    }

    @Test("a document prov writes imports with its parties and transfers", arguments: [Notation.json, .xml])
    func importsWhatProvWrites(_ notation: Notation) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString).\(notation.rawValue)")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try PythonProv.check(["write", notation.rawValue, file.path])
        let document: ProvDocument
        var notes: [String]
        if notation == .xml {
            let read = try ProvXMLReader.read(path: file.path, displayPath: file.lastPathComponent)
            (document, notes) = (read.document, read.notes)
        } else {
            (document, notes) = try ProvJSONReader.read(Array(try Data(contentsOf: file)))
        }
        let imported = document.importedCase(name: file.lastPathComponent)
        notes += imported.notes.map(\.description)
        let evidence = imported.evidence
        // Ids keep their prefix, so ex:list and another namespace's list could not merge.
        #expect(evidence.parties.keys.sorted() == ["ex.broker-a", "ex.broker-b", "ex.mailer"])
        #expect(evidence.parties["ex.broker-a"]?.kind == .organization)
        #expect(evidence.datasets["ex.list"]?.name == "名簿")
        #expect(
            evidence.claims["ex.sale"]?.action
                == .transfer(dataset: "ex.list", from: "ex.broker-a", to: "ex.broker-b", records: nil, price: nil))
        #expect(evidence.claims["ex.sale"]?.when.description == "2014-05-01/2014-05-31")
        #expect(
            evidence.claims["ex.merge"]?.action
                == .derivation(dataset: "ex.merged", from: ["ex.list"], by: "ex.broker-b", operation: .copy, records: nil))
        #expect(evidence.claims["ex.mailing"]?.action == .use(dataset: "ex.merged", by: "ex.mailer", purpose: nil, records: nil))
        // What has no place in the model is said, not dropped.
        #expect(notes.contains { $0.hasPrefix("wasAttributedTo") })
        #expect(notes.contains { $0.contains("'prov-import'") })
        #expect(evidence.check().filter { $0.severity == .error }.isEmpty)
    }

    @Test("the Benesse case survives PROV and back", arguments: [Notation.json, .xml])
    func roundTrip(_ notation: Notation) throws {
        let original = try Self.benesse()
        let text = notation.write(ProvDocument(exporting: original))
        let document: ProvDocument
        if notation == .xml {
            let file = try Self.temporaryFile("round.xml", text)
            defer { try? FileManager.default.removeItem(at: file) }
            document = try ProvXMLReader.read(path: file.path, displayPath: "round.xml").document
        } else {
            document = try ProvJSONReader.read(Array(text.utf8)).document
        }
        let imported = document.importedCase(name: "round")
        #expect(imported.notes == [])
        let back = imported.evidence
        #expect(back.sources.mapValues(\.withoutLocation) == original.sources.mapValues(\.withoutLocation))
        #expect(back.parties.mapValues(\.withoutLocation) == original.parties.mapValues(\.withoutLocation))
        #expect(back.datasets.mapValues(\.withoutLocation) == original.datasets.mapValues(\.withoutLocation))
        #expect(back.claims.mapValues(\.withoutLocation) == original.claims.mapValues(\.withoutLocation))
    }

    @Test func provNEscapesWhatWouldBreakAStatement() {
        let source = Source(id: "s", title: "say \"hi\"\\\nnow", date: .interval(from: .open, to: .open), reliability: .f)
        var evidence = EvidenceCase()
        _ = evidence.insert(source)
        let text = ProvNWriter.write(ProvDocument(exporting: evidence))
        #expect(text.contains(#"prov:label="say \"hi\"\\\nnow""#))
    }
}
