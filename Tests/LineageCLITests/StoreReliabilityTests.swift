import Foundation
import Testing
import LineageTestSupport

/// What SQLite's transactions promise a case store, tested with real processes: two writers at once both land,
/// and a writer killed mid-add leaves a valid store holding the file wholly or not at all.
@Suite("Case store reliability")
struct StoreReliabilityTests {
    /// Writes a generated case of `claims` claims whose ids all start with `prefix` (Benchmarks/generate_case.py).
    static func generate(claims: Int, seed: Int, prefix: String, to path: String) throws {
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = [
            "python3", LineageBinary.packageRoot.appendingPathComponent("Benchmarks/generate_case.py").path,
            "--claims", String(claims), "--seed", String(seed), "--prefix", prefix, "-o", path,
        ]
        try generator.run()
        generator.waitUntilExit()
        #expect(generator.terminationStatus == 0)
    }

    /// Starts `lineage arguments...` in `folder` without waiting for it; its output goes nowhere.
    static func start(_ arguments: [String], in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = LineageBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func claimCount(in store: String, folder: URL) throws -> Int? {
        let report = try LineageBinary.run(["check", "--json", store], in: folder)
        let json = try JSONValue(json: report.standardOutput).object
        return json?["claims"]?.int
    }

    @Test func twoProcessesAddingAtOnceBothLandOnOneValidChain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lineage-concurrent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try LineageBinary.run(["init", "case.lineage"], in: folder).status == 0)
        for (name, seed) in [("a", 1), ("b", 2)] {
            try Self.generate(
                claims: 5000, seed: seed, prefix: "\(name)-", to: folder.appendingPathComponent("\(name).xml").path)
        }
        let writers = try [("a.xml", "alice"), ("b.xml", "bob")].map { file, person in
            try Self.start(["add", "case.lineage", file, "--by", person], in: folder)
        }
        for writer in writers { writer.waitUntilExit() }
        #expect(writers.map(\.terminationStatus) == [0, 0])

        let log = try LineageBinary.run(["log", "case.lineage"], in: folder).standardOutput.split(separator: "\n")
        #expect(log.count == 2)
        #expect(Set(log.map { $0.contains("alice") ? "alice" : $0.contains("bob") ? "bob" : "?" }) == ["alice", "bob"])
        #expect(try LineageBinary.run(["verify", "case.lineage"], in: folder).status == 0)
        #expect(try Self.claimCount(in: "case.lineage", folder: folder) == 10_000)
    }

    @Test func aWriterKilledMidAddLeavesAValidStoreWithTheFileWhollyInOrOut() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try LineageBinary.run(["init", "case.lineage"], in: folder).status == 0)
        try Self.generate(claims: 1000, seed: 3, prefix: "small-", to: folder.appendingPathComponent("small.xml").path)
        #expect(try LineageBinary.run(["add", "case.lineage", "small.xml"], in: folder).status == 0)
        try Self.generate(claims: 50_000, seed: 1, prefix: "big-", to: folder.appendingPathComponent("big.xml").path)

        let writer = try Self.start(["add", "case.lineage", "big.xml"], in: folder)
        // Kill it once it is writing: once the write-ahead log has grown past what a small entry needs, the big
        // file's rows are going in. If the add wins the race and finishes first, the store must hold it whole.
        let wal = folder.appendingPathComponent("case.lineage-wal").path
        while writer.isRunning {
            let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? NSNumber)?.intValue ?? 0
            if size > 4 << 20 { break }
            usleep(2_000)
        }
        kill(writer.processIdentifier, SIGKILL)
        writer.waitUntilExit()
        #expect(writer.terminationReason == .uncaughtSignal, "the add finished before it could be killed")

        let verified = try LineageBinary.run(["verify", "case.lineage"], in: folder)
        #expect(verified.status == 0, "\(verified.standardOutput)")
        let check = try LineageBinary.run(["check", "case.lineage"], in: folder)
        #expect(check.status == 0, "\(check.standardOutput.suffix(500))")
        let claims = try #require(try Self.claimCount(in: "case.lineage", folder: folder))
        #expect(claims == 1000 || claims == 51_000, "\(claims) claims: the big file must be wholly in or out")

        let retried = try LineageBinary.run(["add", "case.lineage", "big.xml"], in: folder)
        #expect(retried.status == (claims == 1000 ? 0 : 1), "after the kill the store takes the file again, once")
        #expect(try Self.claimCount(in: "case.lineage", folder: folder) == 51_000)
    }
}
