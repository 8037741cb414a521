import Foundation
import Testing

/// `lineage import` of a PROV-JSON label holding `\u0000`: once cut at the NUL and stored, so that the fresh store
/// failed `verify` for good. Now refused with its place, and the store left as it was.
@Suite("Import input")
struct ImportInputTests {
    @Test func aNULInAPROVJSONLabelIsRefusedAndTheStoreStaysIntact() throws {
        let scratch = try Scratch("lineage-import")
        try scratch.write(
            """
            {"agent": {"ex:a": {"prov:label": "Bunken\\u0000sha"}},
             "entity": {"ex:e": {"prov:label": "list"}}}
            """, to: "doc.json")
        #expect(try LineageBinary.run(["init", "case.lineage"], in: scratch.url).status == 0)
        let imported = try LineageBinary.run(["import", "doc.json", "--into", "case.lineage"], in: scratch.url)
        #expect(imported.status == 1)
        #expect(imported.standardError.hasPrefix("doc.json:1:42: error: a string holds \\u0000"))
        let verified = try LineageBinary.run(["verify", "case.lineage"], in: scratch.url)
        #expect(verified.status == 0, "\(verified.standardOutput)")
        let written = try LineageBinary.run(["import", "doc.json", "-o", "out.xml"], in: scratch.url)
        #expect(written.status == 1)
        #expect(!FileManager.default.fileExists(atPath: scratch.file("out.xml")))
    }

    /// `import` meets the rules `add` and `check` apply: a 10,000-character name once went into a file `check`
    /// rejects and into a store whose export `add` could not re-add.
    @Test func aNameAddWouldRefuseIsRefusedByImportToo() throws {
        let scratch = try Scratch("lineage-import")
        let name = String(repeating: "B", count: 10_000)
        try scratch.write(#"{"agent": {"ex:a": {"prov:label": "\#(name)"}}}"#, to: "doc.json")
        #expect(try LineageBinary.run(["init", "case.lineage"], in: scratch.url).status == 0)
        for target in [["-o", "out.xml"], ["--into", "case.lineage"]] {
            let imported = try LineageBinary.run(["import", "doc.json"] + target, in: scratch.url)
            #expect(imported.status == 1, "\(target)")
            #expect(imported.standardError.contains("doc.json (as evidence):"))
            #expect(imported.standardError.contains("exceeds the allowed maximum length"))
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.file("out.xml")))
        let log = try LineageBinary.run(["log", "case.lineage"], in: scratch.url)
        #expect(log.standardOutput.isEmpty)
    }
}
