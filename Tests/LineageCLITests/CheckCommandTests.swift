import Foundation
import Testing
import LineageTestSupport

/// `lineage check` as a user runs it: one fixture per rule, each breaking only that rule.
@Suite("lineage check")
struct CheckCommandTests {
    /// A fixture, the diagnostic it must produce first, and where.
    struct Expectation: CustomTestStringConvertible, Sendable {
        var file: String
        var severity: String
        var rule: String
        var line: Int
        var column: Int
        var testDescription: String { file }
    }

    static let brokenRules: [Expectation] = [
        .init(file: "malformed.xml", severity: "error", rule: "malformed-xml", line: 10, column: 14),
        .init(file: "unknown-element.xml", severity: "error", rule: "schema", line: 8, column: 3),
        .init(file: "wrong-namespace.xml", severity: "error", rule: "schema", line: 2, column: 1),
        .init(file: "bad-reliability.xml", severity: "error", rule: "schema", line: 8, column: 3),
        .init(file: "bad-credibility.xml", severity: "error", rule: "schema", line: 8, column: 3),
        .init(file: "missing-cite.xml", severity: "error", rule: "missing-cite", line: 8, column: 3),
        .init(file: "bad-date.xml", severity: "error", rule: "bad-date", line: 8, column: 3),
        .init(file: "unknown-reference.xml", severity: "error", rule: "unknown-reference", line: 8, column: 3),
        .init(file: "wrong-kind-of-reference.xml", severity: "error", rule: "wrong-kind-of-reference", line: 8, column: 3),
        .init(file: "duplicate-id.xml", severity: "error", rule: "duplicate-id", line: 8, column: 3),
        .init(file: "derivation-cycle.xml", severity: "error", rule: "derivation-cycle", line: 7, column: 3),
        .init(file: "doctype.xml", severity: "error", rule: "forbidden-dtd", line: 2, column: 1),
        .init(file: "external-entity.xml", severity: "error", rule: "forbidden-dtd", line: 2, column: 1),
        .init(file: "billion-laughs.xml", severity: "error", rule: "malformed-xml", line: 12, column: 29),
        .init(file: "before-dataset-exists.xml", severity: "warning", rule: "before-dataset-exists", line: 10, column: 3),
        .init(file: "count-units-disagree.xml", severity: "warning", rule: "count-units-disagree", line: 9, column: 3),
        .init(file: "conflicting-counts.xml", severity: "warning", rule: "conflicting-counts", line: 9, column: 3),
        .init(file: "reported-before-event.xml", severity: "warning", rule: "reported-before-event", line: 8, column: 3),
        .init(file: "extraction-from-list.xml", severity: "warning", rule: "unexpected-dataset-kind", line: 9, column: 3),
        // Format 1.1.
        .init(file: "containment-cycle.xml", severity: "error", rule: "containment-cycle", line: 7, column: 3),
        .init(file: "unknown-event-kind.xml", severity: "error", rule: "schema", line: 8, column: 3),
        .init(file: "price-without-currency.xml", severity: "error", rule: "schema", line: 8, column: 5),
        .init(file: "unknown-within.xml", severity: "error", rule: "unknown-reference", line: 7, column: 3),
        .init(file: "unknown-identity.xml", severity: "error", rule: "unknown-reference", line: 5, column: 3),
    ]

    @Test("each broken rule is reported at its file, line and column", arguments: brokenRules)
    func reportsBrokenRule(_ expected: Expectation) throws {
        let path = "invalid/\(expected.file)"
        let outcome = try LineageBinary.run(["check", path])
        let first = try #require(outcome.standardOutput.split(separator: "\n").first.map(String.init))
        #expect(first.hasPrefix("\(path):\(expected.line):\(expected.column): \(expected.severity): "))
        #expect(first.hasSuffix("[\(expected.rule)]"))
        #expect(outcome.status == (expected.severity == "error" ? 1 : 0))
        #expect(outcome.standardOutput.contains(expected.severity == "error" ? "1 error" : "0 errors"))
    }

    @Test func acceptsTheFormatDocumentsExample() throws {
        let outcome = try LineageBinary.run(["check", "valid/example/format-example.xml"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "checked 1 file: 1 sources, 3 parties, 1 datasets, 1 claims; 0 errors, 0 warnings\n")
        #expect(outcome.standardError.isEmpty)
    }

    @Test func readsADirectoryAsOneCaseWithReferencesAcrossFiles() throws {
        let outcome = try LineageBinary.run(["check", "valid/split"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasSuffix("checked 2 files: 1 sources, 3 parties, 1 datasets, 2 claims; 0 errors, 0 warnings\n"))
    }

    @Test func theShippedBenesseCaseHasNoErrors() throws {
        let outcome = try LineageBinary.run(["check", "Graphs/benesse"], in: LineageBinary.packageRoot)
        #expect(outcome.status == 0, "\(outcome.standardOutput)")
        #expect(outcome.standardOutput.contains("; 0 errors, "))
    }

    @Test func neverExpandsAnExternalEntityIntoAnyOutput() throws {
        for arguments in [["check", "invalid/external-entity.xml"], ["check", "--json", "invalid/external-entity.xml"]] {
            let outcome = try LineageBinary.run(arguments)
            #expect(outcome.status == 1)
            #expect(!outcome.standardOutput.contains("TOP-SECRET"))
            #expect(!outcome.standardError.contains("TOP-SECRET"))
        }
    }

    @Test func stopsABillionLaughsDocumentFast() throws {
        let start = ContinuousClock.now
        let outcome = try LineageBinary.run(["check", "invalid/billion-laughs.xml"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.contains("entity"))
        // Generous: the point is "not minutes, not gigabytes", on a shared machine.
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    @Test func reportsAMissingPathAndExitsAsUnreadable() throws {
        let outcome = try LineageBinary.run(["check", "no/such/file.xml"])
        #expect(outcome.status == 66)
        #expect(outcome.standardOutput.hasPrefix("no/such/file.xml: error: no such file or directory [unreadable]"))
    }

    @Test func refusesAFileOverTheSizeLimit() throws {
        let outcome = try LineageBinary.run(["check", "--max-file-size", "100", "valid/example/format-example.xml"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.contains("[input-too-large]"))
        #expect(outcome.standardOutput.contains("format-example.xml:1:1: error: the file is "))
        #expect(
            outcome.standardOutput.contains(", over the limit of 100 (raise it with --max-file-size) [input-too-large]"),
            "the CLI adds its option to the loader's message")
    }

    @Test func printsJSONForMachines() throws {
        let outcome = try LineageBinary.run(["check", "--json", "invalid/unknown-reference.xml"])
        #expect(outcome.status == 1)
        let report = try #require(
            try JSONValue(json: outcome.standardOutput).object)
        #expect(report["errors"]?.int == 1)
        #expect(report["claims"]?.int == 1)
        let diagnostics = try #require(report["diagnostics"]?.array)
        #expect(diagnostics.first?["code"]?.string == "unknown-reference")
        let location = try #require(diagnostics.first?["location"]?.object)
        #expect(location["line"]?.int == 8)
        #expect(location["file"]?.string == "invalid/unknown-reference.xml")
    }

    @Test func rejectsUsageErrorsWithExitCode64() throws {
        let outcome = try LineageBinary.run(["check"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("Usage"))
    }

    @Test func explainsItselfWithHelp() throws {
        let outcome = try LineageBinary.run(["check", "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("--json"))
        #expect(outcome.standardOutput.contains("--max-file-size"))
    }
}
