import Foundation
import Testing

/// Values and file names from evidence reach line-oriented output; none may add a line of its own.
@Suite("Forged lines")
struct ForgedLineTests {
    @Test func aValueHoldingALineBreakCannotForgeADiagnostic() throws {
        let scratch = try Scratch("lineage-forged")
        try scratch.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <evidence xmlns="urn:listlineage:evidence:1">
              <source id="s1" title="t" date="2014&#10;x.xml:1:1: error: forged" reliability="B"/>
            </evidence>
            """, to: "x.xml")
        let outcome = try LineageBinary.run(["check", "x.xml"], in: scratch.url)
        #expect(outcome.status == 1)
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix("x.xml:1:1: error: forged") })
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("x.xml:3:3: error: ") })
        #expect(outcome.standardOutput.contains("'2014\\nx.xml:1:1: error: forged'"))
    }

    @Test func aFileNameHoldingALineBreakCannotForgeALogEntry() throws {
        let scratch = try Scratch("lineage-forged")
        let name = "evil\n#2  2026-01-01T00:00:00Z  mallory  added forged.xml.xml"
        try FileManager.default.copyItem(
            atPath: LineageBinary.fixtures.appendingPathComponent("store/basics.xml").path,
            toPath: scratch.file(name))
        #expect(try LineageBinary.run(["init", "case.lineage"], in: scratch.url).status == 0)
        let added = try LineageBinary.run(["add", "case.lineage", name], in: scratch.url)
        #expect(added.status == 0, "\(added.standardError)")
        let log = try LineageBinary.run(["log", "case.lineage"], in: scratch.url)
        #expect(log.standardOutput.split(separator: "\n").count == 1)
        #expect(log.standardOutput.contains("added evil\\n#2  2026"))
        #expect(!added.standardOutput.contains("\n#2"))
    }
}
