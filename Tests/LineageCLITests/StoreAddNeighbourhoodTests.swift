import Foundation
import Testing

/// `lineage add` checks a file against only the part of the store it reaches (issue 18), and must still print what
/// `lineage check` on the store and the file together prints for that file.
@Suite("Adding checks against the file's neighbourhood")
struct StoreAddNeighbourhoodTests {
    static let benesse = LineageBinary.packageRoot.appendingPathComponent("Graphs/benesse")

    /// The Benesse case added file by file; the sales, added last, contradict counts the store already holds.
    @Test func addPrintsTheWarningsACheckOfStoreAndFileGives() throws {
        let scratch = try Scratch("lineage-neighbourhood")
        #expect(try scratch.run(["init", "case.lineage"]).status == 0)
        let earlier = [
            "sources", "parties", "datasets", "claims-brokers", "claims-delegation", "claims-extraction",
            "claims-holdings", "claims-use",
        ].map { Self.benesse.appendingPathComponent("\($0).xml").path }
        let first = try scratch.run(["add", "case.lineage"] + earlier)
        #expect(first.standardOutput.hasSuffix("rejected 0 files\n"), "\(first.standardOutput)")
        let sales = Self.benesse.appendingPathComponent("claims-sales.xml").path
        let checked = try scratch.run(["check", "case.lineage", sales])
        let added = try scratch.run(["add", "case.lineage", sales])
        #expect(added.status == 0, "\(added.standardOutput)\(added.standardError)")
        let linesOfSales = { (output: String) in output.split(separator: "\n").filter { $0.hasPrefix(sales + ":") } }
        #expect(linesOfSales(added.standardOutput).contains { $0.contains(": warning: conflicting counts") })
        #expect(linesOfSales(added.standardOutput) == linesOfSales(checked.standardOutput))
        #expect(try scratch.run(["verify", "case.lineage"]).status == 0)
    }
}
