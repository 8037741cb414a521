import Foundation
import Testing
import LineageTestSupport

/// `lineage export --format prov-*` and `lineage import`, through the real binary.
@Suite("PROV export and import commands")
struct ProvCommandTests {
    static let benesse = LineageBinary.packageRoot.appendingPathComponent("Graphs/benesse").path

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prov-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: ["prov-xml", "prov-json"])
    func theCaseComesBackThroughPROV(format: String) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = try LineageBinary.run(["export", Self.benesse, "--format", format, "-o", "case.prov"], in: folder)
        #expect(exported.status == 0, "\(exported.standardError)")
        let imported = try LineageBinary.run(["import", "case.prov", "-o", "back.xml"], in: folder)
        #expect(imported.status == 0)
        #expect(imported.standardError.isEmpty, "a document we wrote maps back with nothing to report")
        let original = try LineageBinary.run(["check", Self.benesse], in: folder)
        let back = try LineageBinary.run(["check", "back.xml"], in: folder)
        let summary = { (text: String) in text.split(separator: "\n").last.map(String.init) ?? "" }
        #expect(summary(back.standardOutput) == summary(original.standardOutput).replacingOccurrences(of: "9 files", with: "1 file"))
    }

    @Test func provNIsWrittenToStandardOutput() throws {
        let outcome = try LineageBinary.run(["export", "--format", "prov-n", Self.benesse])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("document\n  prefix ll <urn:listlineage:prov:1#>\n"))
        #expect(outcome.standardOutput.contains("actedOnBehalfOf(case:engineer, "))
        #expect(outcome.standardOutput.hasSuffix("endDocument\n"))
    }

    @Test func aCaseWithErrorsIsNotExported() throws {
        let outcome = try LineageBinary.run(["export", "--format", "prov-json", "invalid/unknown-reference.xml"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.contains("[unknown-reference]"))
    }

    @Test func whatDoesNotMapIsReportedOnStandardError() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("foreign.json")
        try #"""
        {"prefix": {"ex": "urn:example:"},
         "agent": {"ex:a": {}, "ex:b": {}},
         "entity": {"ex:list": {}},
         "activity": {"ex:sale": {}},
         "used": {"_:u": {"prov:activity": "ex:sale", "prov:entity": "ex:list"}},
         "wasAssociatedWith": {"_:x": {"prov:activity": "ex:sale", "prov:agent": "ex:a"}, "_:y": {"prov:activity": "ex:sale", "prov:agent": "ex:b"}},
         "wasInformedBy": {"_:i": {"prov:informed": "ex:sale", "prov:informant": "ex:sale"}},
         "bundle": {}}
        """#.write(to: document, atomically: true, encoding: .utf8)
        let outcome = try LineageBinary.run(["import", "foreign.json"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.standardError.contains("foreign.json: note: activity(ex:sale): not imported; it does not say enough"))
        #expect(outcome.standardError.contains("used(ex:sale, ex:list): not imported"))
        #expect(outcome.standardError.contains("wasInformedBy(ex:sale, ex:sale): not imported; the model has no counterpart [prov-unmapped]"))
        #expect(outcome.standardError.contains("section \"bundle\""))
        #expect(outcome.standardOutput.contains(#"<party id="ex.a""#))
        #expect(!outcome.standardOutput.contains("<transfer"), "two agents without roles: who sold to whom is unknown")

        // The same report as JSON, with the account of every record.
        let json = try LineageBinary.run(["import", "foreign.json", "--json", "-o", "foreign.xml"], in: folder)
        #expect(json.status == 0)
        let report = try JSONValue(json: json.standardOutput).object
        #expect(report?["format"]?.string == "prov-json")
        #expect(report?["written"]?["parties"]?.int == 2)
        let notes = report?["notes"]?.array ?? []
        #expect(notes.contains { $0["record"]?.string == "wasInformedBy(ex:sale, ex:sale)" && $0["kind"]?.string == "unmapped" })
        #expect(notes.allSatisfy { $0.keys.sorted() == ["kind", "message", "part", "record"] }, "every key, null when empty")
        let records = report?["records"]?.array ?? []
        #expect(records.count == 8)
        #expect(records.contains { $0["signature"]?.string == "agent(ex:a)" && $0["item"]?.string == "party 'ex.a'" })
        #expect(records.contains { $0["signature"]?.string == "activity(ex:sale)" && $0["item"]?.isNull == true })
    }

    @Test("what import writes, check accepts; and a document is told by its content", arguments: [
        ("bom.json", "\u{FEFF}{\"prefix\": {\"ex\": \"urn:x:\"}, \"agent\": {\"ex:½\": {}}}", Int32(0), "id 'ex._': stands for ex:½ [prov-renamed]"),
        ("array.json", "[{\"prefix\": {}}]", 1, "a JSON array is not a PROV-JSON document"),
        ("empty.json", "", 1, "the file is empty"),
        ("ld.json", "{\"@context\": \"https://openprovenance.org/prov-jsonld/context.jsonld\", \"@graph\": []}", 1, "JSON-LD"),
        ("provn.txt", "document\nendDocument\n", 1, "PROV-N is not read"),
    ])
    func formatFromContent(_ name: String, _ content: String, _ status: Int32, _ message: String) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try content.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        let outcome = try LineageBinary.run(["import", name, "-o", "out.xml"], in: folder)
        #expect(outcome.status == status, "\(outcome.standardError)")
        #expect(outcome.standardError.contains(message))
        if status == 0 {
            let check = try LineageBinary.run(["check", "out.xml"], in: folder)
            #expect(check.status == 0, "\(check.standardOutput)")
        } else {
            #expect(outcome.standardError.contains("\(name):1:1: error: "))
        }
    }

    @Test func evidenceCanArriveOnStandardInput() throws {
        let file = LineageBinary.fixtures.appendingPathComponent("invalid/unknown-reference.xml")
        let outcome = try LineageBinary.run(["check", "-"], input: try Data(contentsOf: file))
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.hasPrefix("<stdin>:8:3: error: transfer 't1': 'to' names unknown party"))
    }
}
