import Foundation
import Testing

/// Numbers and hashes on the command line: none can trap, and a malformed one is a usage error.
@Suite("Argument bounds")
struct ArgumentBoundsTests {
    static let benesse = LineageBinary.packageRoot.appendingPathComponent("Graphs/benesse").path

    @Test(arguments: [
        ["trace", "list-js", benesse, "--limit", "9223372036854776"],
        ["trace", "list-js", benesse, "--limit", "9223372036854775807"],
        ["graph", benesse, "--focus", "justsystems", "--depth", "9223372036854775807"],
        ["check", benesse, "--max-file-size", "9223372036854775807"],
    ])
    func theLargestNumbersDoNotTrap(arguments: [String]) throws {
        let outcome = try LineageBinary.run(arguments)
        #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
    }

    @Test func anAnchorIsTakenAsVerifyPrintsItOrBare() throws {
        let scratch = try Scratch("lineage-anchor")
        #expect(try LineageBinary.run(["init", "case.lineage"], in: scratch.url).status == 0)
        let basics = LineageBinary.fixtures.appendingPathComponent("store/basics.xml").path
        #expect(try LineageBinary.run(["add", "case.lineage", basics], in: scratch.url).status == 0)
        let verified = try LineageBinary.run(["verify", "case.lineage"], in: scratch.url)
        let printed = try #require(verified.standardOutput.range(of: "sha256 [0-9a-f]{64}", options: .regularExpression))
        let anchor = String(verified.standardOutput[printed])
        let bare = String(anchor.dropFirst("sha256 ".count))
        for given in [anchor, bare, bare.uppercased()] {
            let outcome = try LineageBinary.run(["verify", "case.lineage", "--anchor", given], in: scratch.url)
            #expect(outcome.status == 0, "\(given): \(outcome.standardOutput)")
        }
        for malformed in ["sha256 abc", String(bare.dropLast()), bare + "0", "sha256:" + bare, "zz" + bare.dropFirst(2)] {
            let outcome = try LineageBinary.run(["verify", "case.lineage", "--anchor", malformed], in: scratch.url)
            #expect(outcome.status == 64, "\(malformed)")
            #expect(!outcome.standardOutput.contains("cut short or rewritten"))
        }
        let missing = try LineageBinary.run(["verify", "case.lineage", "--anchor", String(repeating: "0", count: 64)], in: scratch.url)
        #expect(missing.status == 1)
    }
}
