import Foundation
import LineageCore
import LineageProv
import LineageTestSupport
import LineageXML
import Testing

/// PROV export still builds each claim kind by hand (its roles and relations differ per kind), beside the kinds'
/// one description (`Claim.Kind.attributes`). This ties them: every kind, with every optional value set and
/// unset, comes back from PROV-JSON and PROV-XML as it went in, so a kind or attribute the export forgets fails here.
@Suite("Every claim kind through PROV and back")
struct ProvEveryClaimKindTests {
    @Test("every claim kind survives PROV-JSON and PROV-XML", arguments: ["json", "xml"])
    func everyClaimKindSurvives(_ notation: String) throws {
        let original = try EveryClaimKind.evidence()
        let exported = ProvDocument(exporting: original)
        let document: ProvDocument
        if notation == "xml" {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("every-kind-\(UUID().uuidString).xml")
            defer { try? FileManager.default.removeItem(at: file) }
            try ProvXMLWriter.write(exported).write(to: file, atomically: true, encoding: .utf8)
            document = try ProvXMLReader.read(path: file.path, displayPath: "every-kind.xml").document
        } else {
            document = try ProvJSONReader.read(Array(ProvJSONWriter.write(exported).utf8)).document
        }
        let imported = document.importedCase(name: "every-kind")
        #expect(imported.notes.isEmpty, "\(imported.notes)")
        let back = imported.evidence
        #expect(Set(back.claims.keys) == Set(original.claims.keys))
        for (id, claim) in original.claims {
            #expect(back.claims[id]?.withoutLocation == claim, "claim \(id)")
        }
    }
}
