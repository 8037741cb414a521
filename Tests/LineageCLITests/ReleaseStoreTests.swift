import Foundation
import Testing

/// A store made by release 0.1 (`Fixtures/store/release-0.1.lineage`: the Benesse case added file by file, then
/// one claim retracted, by the release binary), opened by this build: read and verified without a byte changed,
/// upgraded by its first write, and verified after.
@Suite("A store made by release 0.1")
struct ReleaseStoreTests {
    /// The head hash release 0.1 recorded for the fixture's last entry.
    static let releaseHead = "083a66f9650309792cf19f024187f2c940e949a6c8a87d2b2d0edc632e29702d"

    /// A copy of the fixture in a fresh folder, so no test writes to the fixture.
    struct Copy {
        let folder: URL
        var store: String { folder.appendingPathComponent("case.lineage").path }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-release-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: LineageBinary.fixtures.appendingPathComponent("store/release-0.1.lineage"),
                to: folder.appendingPathComponent("case.lineage"))
        }

        func run(_ arguments: [String]) throws -> LineageBinary.Outcome {
            try LineageBinary.run(arguments, in: folder)
        }

        /// The store file's bytes.
        func digest() throws -> Data {
            try Data(contentsOf: URL(fileURLWithPath: store))
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    @Test func isReadAndVerifiedWithoutAByteChanged() throws {
        let copy = try Copy()
        defer { copy.remove() }
        let before = try copy.digest()
        let verified = try copy.run(["verify", "case.lineage"])
        #expect(verified.status == 0, "\(verified.standardError)")
        #expect(verified.standardOutput.contains("10 entries, chain intact; head: entry 10, sha256 \(Self.releaseHead)"))
        // The same answer the text case gives under today's answer rules (docs/queries.md: other ways in count
        // routes, rule 3; "also claimed by" names each claim's sources): the store reads as the case it holds.
        let received = try copy.run(["received", "batch-2014-06-17", "case.lineage"])
        let expected = try String(
            contentsOf: LineageBinary.fixtures.appendingPathComponent("store/release-0.1-received.txt"), encoding: .utf8)
        #expect(received.standardOutput == expected, "release 0.1 answered the same question on the same store")
        #expect(try copy.run(["log", "case.lineage"]).status == 0)
        #expect(try copy.digest() == before)
    }

    @Test func isUpgradedByItsFirstWriteAndVerifiesAfter() throws {
        let copy = try Copy()
        defer { copy.remove() }
        let added = try copy.run([
            "add", "case.lineage", LineageBinary.fixtures.appendingPathComponent("store/arrest-1.1.xml").path, "--by", "tester",
        ])
        #expect(added.status == 0, "\(added.standardOutput)\(added.standardError)")
        let verified = try copy.run(["verify", "case.lineage"])
        #expect(verified.status == 0, "\(verified.standardError)")
        #expect(verified.standardOutput.contains("11 entries, chain intact"))
        let exported = try copy.run(["export", "case.lineage"])
        #expect(
            exported.standardOutput.contains(
                #"<event id="e-fixture-arrest" kind="arrest" when="2014-07-17" party="engineer">"#))
        #expect(exported.standardOutput.contains("<note>Added to exercise the store upgrade"))
        let timeline = try copy.run(["timeline", "case.lineage", "--json"])
        #expect(timeline.standardOutput.contains(#""event" : "arrest""#))
    }

    @Test func aRejectedFirstWriteLeavesTheStoreAsItWas() throws {
        let copy = try Copy()
        defer { copy.remove() }
        let before = try copy.digest()
        let rejected = try copy.run([
            "add", "case.lineage", LineageBinary.fixtures.appendingPathComponent("invalid/unknown-within.xml").path,
        ])
        #expect(rejected.status == 1)
        #expect(try copy.run(["verify", "case.lineage"]).standardOutput.contains("10 entries, chain intact"))
        #expect(try copy.digest() == before)
    }
}
