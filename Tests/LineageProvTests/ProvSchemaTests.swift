import Foundation
import LineageCore
import LineageProv
import LineageXML
import Testing

/// Our PROV export against the W3C's own definitions: PROV-XML validated by `xmllint` against the official schema
/// (committed under Schemas/, so the check needs no network), and the same types in every notation.
@Suite("PROV export validity")
struct ProvSchemaTests {
    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Schemas/prov.xsd")

    @Test("the PROV-XML export of the Benesse case is valid against the W3C PROV-XML schema")
    func benesseValidates() throws {
        let file = try ProvInteropTests.temporaryFile(
            "benesse.provx", ProvXMLWriter.write(ProvDocument(exporting: try ProvInteropTests.benesse())))
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = try Self.xmllint(file)
        #expect(outcome.status == 0, "\(outcome.errors.prefix(2000))")
        #expect(outcome.errors.contains("validates"))
    }

    @Test("a case using every claim kind validates too")
    func everyKindValidates() throws {
        let file = try ProvInteropTests.temporaryFile(
            "kinds.provx", ProvXMLWriter.write(ProvDocument(exporting: try ProvInteropTests.generated(claims: 120))))
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = try Self.xmllint(file)
        #expect(outcome.status == 0, "\(outcome.errors.prefix(2000))")
    }

    @Test("an integer is xsd:long in all three notations")
    func integersHaveOneType() throws {
        let document = ProvDocument(
            namespaces: [ProvVocabulary.lineage],
            records: [ProvRecord(.entity, id: QualifiedName("ll", "e"), attributes: [(QualifiedName("ll", "n"), .integer(2_570_000))])])
        #expect(ProvNWriter.write(document).contains(#"ll:n="2570000" %% xsd:long"#))
        #expect(ProvJSONWriter.write(document).contains(#""ll:n": {"$": "2570000", "type": "xsd:long"}"#))
        #expect(ProvXMLWriter.write(document).contains(#"<ll:n xsi:type="xsd:long">2570000</ll:n>"#))
        #expect(ProvXMLWriter.write(document).contains(#"xmlns:xsd="http://www.w3.org/2001/XMLSchema""#))
    }

    @Test("a PROV-JSON round trip keeps a derivation's twelve inputs in their order")
    func manyInputsKeepTheirOrder() throws {
        var evidence = EvidenceCase()
        _ = evidence.insert(Source(id: "s", title: "t", date: .interval(from: .open, to: .open), reliability: .c))
        _ = evidence.insert(Party(id: "p", kind: .organization, name: "P"))
        let inputs = (1...12).map { DatasetID("in\($0)") }
        for input in inputs + ["out"] { _ = evidence.insert(Dataset(id: input, kind: .list, name: input.rawValue)) }
        _ = evidence.insert(
            Claim(
                id: "d", when: try EventTime(parsing: "2014"),
                action: .derivation(dataset: "out", from: inputs, by: "p", operation: .merge, records: nil),
                cites: [Cite(source: "s", credibility: .probable)]))
        let text = ProvJSONWriter.write(ProvDocument(exporting: evidence))
        let back = try ProvJSONReader.read(Array(text.utf8)).document.importedCase(name: "d").evidence
        #expect(back.claims["d"]?.action == evidence.claims["d"]?.action)
    }

    static func xmllint(_ file: URL) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xmllint", "--noout", "--nonet", "--schema", schema.path, file.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
