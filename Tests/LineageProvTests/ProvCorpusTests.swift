import Foundation
import LineageCore
import LineageProv
import LineageXML
import Testing

/// PROV documents written by others (Corpus/, with their licences in its README), imported with nothing lost
/// silently: the `prov` package reads each one, and every record and attribute it finds must be in the evidence
/// written or in the import report. What import writes, `check` must accept.
@Suite("PROV corpus import", .serialized)
struct ProvCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static func documents() throws -> [URL] {
        try ["json", "xml", "provtoolbox"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(
                at: corpus.appendingPathComponent(folder), includingPropertiesForKeys: nil
            ).filter { ["json", "xml", "provx"].contains($0.pathExtension) }
        }.sorted { $0.path < $1.path }
    }

    /// The document read in the notation its content shows, with the reader's notes.
    static func read(_ file: URL) throws -> (format: ProvFormat, document: ProvDocument, notes: [String]) {
        let bytes = Array(try Data(contentsOf: file))
        let format = try ProvFormat.detect(bytes)
        switch format {
        case .json:
            let (document, notes) = try ProvJSONReader.read(bytes)
            return (format, document, notes)
        case .xml:
            let result = try ProvXMLReader.read(path: file.path, displayPath: file.lastPathComponent)
            return (format, result.document, result.notes)
        }
    }

    @Test("every record and attribute prov reads in the corpus is imported or reported")
    func nothingIsLostSilently() throws {
        let documents = try Self.documents()
        try #require(documents.count >= 150, "the corpus is in Corpus/json, Corpus/xml and Corpus/provtoolbox")
        var manifest: [[String: Any]] = []
        var rejected: [String] = []
        for file in documents {
            let (format, document, readingNotes) = try Self.read(file)
            let imported = document.importedCase(name: file.lastPathComponent)
            // What import writes, check accepts: the evidence, written and loaded back through the schema.
            let written = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString).xml")
            try EvidenceWriter.document(imported.evidence).write(to: written, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: written) }
            let loaded = CaseLoader(schema: try EvidenceSchema()).load([written.path])
            if loaded.errorCount > 0 {
                rejected.append("\(file.lastPathComponent): \(loaded.diagnostics.filter { $0.severity == .error }.prefix(2))")
            }
            let evidence = imported.evidence
            let ids = [evidence.sources.keys.map(\.rawValue), evidence.parties.keys.map(\.rawValue),
                       evidence.datasets.keys.map(\.rawValue), evidence.claims.keys.map(\.rawValue)].flatMap { $0 }
            manifest.append([
                "path": file.path, "format": format == .json ? "json" : "xml",
                "notes": readingNotes + imported.notes.map(\.description),
                "ids": ids,
                "records": imported.records.map { account -> [String: Any] in
                    [
                        "kind": account.kind.rawValue, "id": account.id?.description ?? NSNull(),
                        "arguments": account.arguments.mapValues(\.description),
                        "item": account.item ?? NSNull(),
                        "kept": account.keptAttributes.map(\.description),
                        "reported": account.reportedAttributes.map(\.description),
                    ]
                },
            ])
        }
        #expect(rejected == [], "import wrote evidence that check rejects")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: manifest).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let printed = try PythonProv.check(["account", file.path])
        let result = try JSONSerialization.jsonObject(with: Data(printed.utf8)) as? [String: Any]
        #expect(result?["documents"] as? Int == documents.count)
        #expect((result?["records"] as? Int ?? 0) > 300, "prov read the corpus's records")
        let losses = result?["losses"] as? [String] ?? ["no answer"]
        #expect(losses.isEmpty, "\(losses.count) unreported losses: \(losses.prefix(20).joined(separator: "\n"))")
    }

    @Test("W3C PROV-JSON example 43: an activity naming undeclared agents and entities imports with placeholders")
    func undeclaredElementsBecomePlaceholders() throws {
        let text = #"""
        {"prefix": {"ex": "http://example.org/"},
         "activity": {"ex:a1": {"prov:startTime": "2011-11-16T16:05:00"}},
         "used": {"_:u1": {"prov:activity": "ex:a1", "prov:entity": "ex:e1"}},
         "wasGeneratedBy": {"_:g1": {"prov:entity": "ex:e2", "prov:activity": "ex:a1"}},
         "wasAssociatedWith": {"_:w1": {"prov:activity": "ex:a1", "prov:agent": "ex:ag1"}}}
        """#
        let (document, _) = try ProvJSONReader.read(Array(text.utf8))
        let imported = document.importedCase(name: "ex43.json")
        let evidence = imported.evidence
        #expect(evidence.claims["ex.a1"]?.action == .derivation(dataset: "ex.e2", from: ["ex.e1"], by: "ex.ag1", operation: .copy, records: nil))
        #expect(evidence.datasets["ex.e1"]?.name == "ex:e1 (not declared in the PROV document)")
        #expect(evidence.parties["ex.ag1"]?.name == "ex:ag1 (not declared in the PROV document)")
        #expect(imported.notes.contains { $0.kind == .assumed && $0.description.contains("placeholder party 'ex.ag1'") })
        #expect(evidence.check().filter { $0.severity == .error }.isEmpty)
    }

    @Test("qualified names that share a local name stay two items, and an entity that is also an agent keeps both")
    func namesStayDistinct() throws {
        let text = #"""
        {"prefix": {"ex": "http://example.org/", "other": "http://other.org/"},
         "entity": {"ex:list": {}, "other:list": {}, "ex:acme": {"prov:label": "the list"}},
         "agent": {"ex:acme": {"prov:label": "Acme"}}}
        """#
        let imported = try ProvJSONReader.read(Array(text.utf8)).document.importedCase(name: "names.json")
        #expect(Set(imported.evidence.datasets.keys) == ["ex.list", "other.list", "ex.acme"])
        #expect(imported.evidence.parties["ex.acme-agent"]?.name == "Acme")
        #expect(imported.notes.contains { $0.kind == .renamed && $0.description == "id 'ex.acme-agent': stands for ex:acme" })
    }

    @Test("ids are made valid for check, at most 256 characters, and the original is noted")
    func idsAreMadeValid() throws {
        let long = String(repeating: "x", count: 300)
        let text = #"{"prefix": {"ex": "http://example.org/"}, "entity": {"ex:½price": {}, "ex:\#(long)": {}, "ex:\#(long)y": {}}}"#
        let imported = try ProvJSONReader.read(Array(text.utf8)).document.importedCase(name: "ids.json")
        let ids = imported.evidence.datasets.keys.map(\.rawValue)
        #expect(ids.contains("ex._price"))
        #expect(ids.count == 3 && ids.allSatisfy { $0.unicodeScalars.count <= 256 })
        #expect(imported.notes.contains { $0.description == "id 'ex._price': stands for ex:½price" })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ids-\(UUID().uuidString).xml")
        try EvidenceWriter.document(imported.evidence).write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(CaseLoader(schema: try EvidenceSchema()).load([file.path]).errorCount == 0)
    }

    @Test("a record that is not imported is named with its arguments")
    func notesNameTheArguments() throws {
        let text = #"""
        {"prefix": {"ex": "http://example.org/"},
         "wasStartedBy": {"_:s": {"prov:activity": "ex:a", "prov:trigger": "ex:e", "prov:starter": "ex:b"}}}
        """#
        let imported = try ProvJSONReader.read(Array(text.utf8)).document.importedCase(name: "s.json")
        #expect(imported.notes.map(\.description) == ["wasStartedBy(ex:a, ex:e, ex:b): not imported; the model has no counterpart"])
    }

    @Test("times, roles and attributes on relations, generic influences and activity-less generations are reported")
    func relationDetailsAreReported() throws {
        let text = #"""
        {"prefix": {"ex": "http://example.org/"},
         "entity": {"ex:e1": {}, "ex:e2": {}, "ex:e3": {}},
         "agent": {"ex:ag": {}},
         "activity": {"ex:a1": {}},
         "used": {"_:u": {"prov:activity": "ex:a1", "prov:entity": "ex:e1", "prov:time": "2014-05-01T00:00:00", "prov:role": "ex:input", "ex:note": "x"}},
         "wasGeneratedBy": {"_:g": {"prov:entity": "ex:e2", "prov:activity": "ex:a1"}, "_:g3": {"prov:entity": "ex:e3", "prov:time": "2014-06-01T00:00:00"}},
         "wasAssociatedWith": {"_:w": {"prov:activity": "ex:a1", "prov:agent": "ex:ag"}},
         "wasDerivedFrom": {"_:d": {"prov:generatedEntity": "ex:e2", "prov:usedEntity": "ex:e1", "prov:activity": "ex:a1"}},
         "wasInfluencedBy": {"_:i": {"prov:influencee": "ex:a1", "prov:influencer": "ex:e3"}}}
        """#
        let imported = try ProvJSONReader.read(Array(text.utf8)).document.importedCase(name: "r.json")
        #expect(imported.evidence.claims["ex.a1"]?.action == .derivation(dataset: "ex.e2", from: ["ex.e1"], by: "ex.ag", operation: .copy, records: nil))
        let notes = imported.notes.filter { $0.kind == .unmapped }.map(\.description)
        #expect(notes.contains("used(ex:a1, ex:e1) time 2014-05-01T00:00:00: not kept in claim 'ex.a1'"))
        #expect(notes.contains("used(ex:a1, ex:e1) attribute prov:role=\"ex:input\": not kept in claim 'ex.a1'"))
        #expect(notes.contains("used(ex:a1, ex:e1) attribute ex:note=\"x\": not kept in claim 'ex.a1'"))
        #expect(notes.contains("wasGeneratedBy(ex:e3, -): not imported; it names no activity, so no one who made the dataset"))
        #expect(notes.contains { $0.hasPrefix("wasInfluencedBy(ex:a1, ex:e3): not imported; only an ll:Cite influence") })
        #expect(!notes.contains { $0.hasPrefix("wasDerivedFrom") }, "the claim holds the derivation through its activity")
        #expect(notes.count == 5, "\(notes)")
    }

    @Test("language tags survive both PROV-XML spellings")
    func languageTagsAreKept() throws {
        let text = #"""
        <prov:document xmlns:prov="http://www.w3.org/ns/prov#" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xmlns:ll="urn:listlineage:prov:1#" xmlns:ex="http://example.org/">
          <prov:agent prov:id="ex:a">
            <prov:label>Acme</prov:label>
            <ll:alias xml:lang="ja">アクメ</ll:alias>
            <ll:alias xsi:type="prov:InternationalizedString" xml:lang="en">Acme Ltd</ll:alias>
          </prov:agent>
        </prov:document>
        """#
        let file = try ProvInteropTests.temporaryFile("lang.xml", text)
        defer { try? FileManager.default.removeItem(at: file) }
        let document = try ProvXMLReader.read(path: file.path, displayPath: "lang.xml").document
        let party = document.importedCase(name: "lang.xml").evidence.parties["ex.a"]
        #expect(party?.aliases == [Party.Alias("アクメ", language: "ja"), Party.Alias("Acme Ltd", language: "en")])
    }

    @Test("a JSON count with a fraction is reported, not cut to an integer")
    func floatCountsAreNotTruncated() throws {
        let text = #"""
        {"prefix": {"ll": "urn:listlineage:prov:1#", "ex": "http://example.org/"},
         "entity": {"ex:d": {"prov:type": {"$": "ll:Dataset", "type": "prov:QUALIFIED_NAME"}, "ll:records": 2.5}}}
        """#
        let imported = try ProvJSONReader.read(Array(text.utf8)).document.importedCase(name: "f.json")
        #expect(imported.evidence.datasets["ex.d"]?.records == nil)
        #expect(imported.notes.contains { $0.description.contains("attribute ll:records=\"2.5\" %% xsd:double: not kept") })
    }

    @Test("the notation is told from the content", arguments: [
        ("\u{FEFF}{\"prefix\": {}}", "json"), ("  <prov:document xmlns:prov=\"http://www.w3.org/ns/prov#\"/>", "xml"),
    ])
    func formatFromContent(_ content: String, _ expected: String) throws {
        let format = try ProvFormat.detect(Array(content.utf8))
        #expect(format == (expected == "json" ? .json : .xml))
        if format == .json { #expect(try ProvJSONReader.read(Array(content.utf8)).document.records.isEmpty) }
    }

    @Test("empty files, JSON arrays and JSON-LD are refused with what they are")
    func refusals() throws {
        #expect(throws: ProvFormat.Refusal.self) { try ProvFormat.detect(Array(" \n".utf8)) }
        #expect(throws: ProvFormat.Refusal.self) { try ProvFormat.detect(Array("[{}]".utf8)) }
        #expect(throws: ProvFormat.Refusal.self) { try ProvFormat.detect([]) }
        let jsonLD = #"{"@context": "https://openprovenance.org/prov-jsonld/context.jsonld", "@graph": []}"#
        #expect(throws: ProvJSONReader.Failure.self) { try ProvJSONReader.read(Array(jsonLD.utf8)) }
    }
}
