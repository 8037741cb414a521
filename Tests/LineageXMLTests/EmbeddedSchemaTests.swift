import Foundation
import LineageXML
import Testing

/// The schema compiled into the binary is the one `Schemas/` ships: `scripts/embed-schema.sh` keeps them equal,
/// and this test fails when someone edits the schema without running it.
@Suite("Embedded schema")
struct EmbeddedSchemaTests {
    @Test func theEmbeddedSchemaIsSchemasEvidence1() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let shipped = try String(contentsOf: root.appendingPathComponent("Schemas/evidence-1.xsd"), encoding: .utf8)
        #expect(EvidenceSchema.text == shipped, "run scripts/embed-schema.sh")
        _ = try EvidenceSchema()
    }
}
