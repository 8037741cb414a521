import Foundation
import Testing

/// The error gate, "a case with errors answers nothing", has one home (`evidenceWithoutErrors`, which
/// `PreparedCase` uses too): a query, a drawing and an export of the same broken case all refuse it the same way.
@Suite struct ErrorGateTests {
    static let broken = """
        <?xml version="1.0" encoding="UTF-8"?>
        <evidence xmlns="urn:listlineage:evidence:1">
          <source id="s" title="S" date="2014" reliability="B"/>
          <party id="a" kind="organization" name="A"/>
          <dataset id="d" kind="list" name="D"/>
          <transfer id="t" dataset="d" from="a" to="nobody" when="2014"><cite source="s" credibility="2"/></transfer>
        </evidence>
        """

    /// A command and what it says when the gate stops it.
    struct Refusal: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var says: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let refusals: [Refusal] = [
        .init(arguments: ["received", "d"], says: "queries need a case without errors"),
        .init(arguments: ["graph"], says: "lineage graph: the evidence has 1 error; nothing drawn"),
        .init(arguments: ["export"], says: "lineage: not exported: the case has 1 error(s) (lineage check lists them)"),
        .init(arguments: ["export", "--format", "prov-n"], says: "not exported"),
    ]

    @Test(arguments: refusals) func aCaseWithErrorsAnswersNothing(_ refusal: Refusal) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("broken.xml")
        try Data(Self.broken.utf8).write(to: file)
        var arguments = refusal.arguments
        arguments.insert(file.path, at: refusal.arguments.first == "received" ? 2 : 1)
        let result = try LineageBinary.run(arguments)
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("names unknown party 'nobody' [unknown-reference]"))
        #expect(result.standardError.contains(refusal.says), "\(result.standardError)")
        if refusal.arguments == ["export"] {
            // Export prints only the errors, then its refusal.
            #expect(
                result.standardError.hasSuffix(
                    "names unknown party 'nobody' [unknown-reference]\n"
                        + "lineage: not exported: the case has 1 error(s) (lineage check lists them)\n"))
        }
    }
}
