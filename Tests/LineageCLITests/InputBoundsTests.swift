import Foundation
import Testing

/// Inputs a hostile or unlucky tester gives: endless devices, FIFOs in folders, signals mid-run, and stores on
/// write-protected media.
@Suite("Input bounds")
struct InputBoundsTests {
    static let basics = LineageBinary.fixtures.appendingPathComponent("store/basics.xml").path

    /// `lineage arguments...` started with `TMPDIR` set to `temporary`, so its spool folder can be watched.
    static func start(_ arguments: [String], temporary: Scratch, input: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = LineageBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = temporary.url
        process.environment = ["TMPDIR": temporary.path, "PATH": "/usr/bin:/bin"]
        process.standardInput = input ?? FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The spool folders `lineage` made in `scratch`.
    static func spools(in scratch: Scratch) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.hasPrefix("lineage-") }
    }

    @Test(.enabled(if: Scratch.isRoot, "only root can make device nodes"))
    func theSizeLimitHoldsWhileAnEndlessDeviceIsCopied() throws {
        let scratch = try Scratch("lineage-input")
        let zero = try #require(scratch.device("zero", major: 1, minor: 5))
        let process = try Self.start(["check", "--max-file-size", "1000", zero], temporary: scratch)
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        #expect(process.terminationReason == .exit && process.terminationStatus == 1)
        #expect(try Self.spools(in: scratch).isEmpty)
        let outcome = try LineageBinary.run(["check", "--json", "--max-file-size", "1000", zero], in: scratch.url)
        #expect(outcome.standardOutput.contains("input-too-large"))
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aStoppedRunLeavesNoCopyOfItsInput(signal: Int32) throws {
        let scratch = try Scratch("lineage-input")
        let input = Pipe()
        let process = try Self.start(["check", "-"], temporary: scratch, input: input)
        input.fileHandleForWriting.write(Data("<evidence".utf8))
        let deadline = Date().addingTimeInterval(30)
        while try Self.spools(in: scratch).isEmpty && Date() < deadline { usleep(20_000) }
        #expect(try !Self.spools(in: scratch).isEmpty, "the copy is made while input arrives")
        usleep(100_000)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try Self.spools(in: scratch).isEmpty)
    }

    @Test func aFIFOInAFolderIsSkippedWithANote() throws {
        let scratch = try Scratch("lineage-input")
        try FileManager.default.copyItem(atPath: Self.basics, toPath: scratch.file("basics.xml"))
        #expect(mkfifo(scratch.file("pipe.xml"), 0o600) == 0)
        let outcome = try LineageBinary.run(["check", "."], in: scratch.url)
        #expect(outcome.status == 0, "\(outcome.standardOutput)")
        #expect(outcome.standardOutput.contains("./pipe.xml: note: not a regular file"))
        #expect(outcome.standardOutput.hasSuffix("checked 1 file: 2 sources, 2 parties, 1 datasets, 0 claims; 0 errors, 0 warnings\n"))
    }

    @Test(.enabled(if: Scratch.isRoot, "permissions stop only a user who is not root"))
    func aStoreOnWriteProtectedMediaIsVerifiedCheckedAndMatched() throws {
        let test = try RecordCommandTests.registered()
        let list = try test.write("found.csv", RecordCommandTests.recoveredList)
        let folder = test.folder.url
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            chmod(folder.appendingPathComponent(name).path, 0o644)
        }
        chmod(folder.path, 0o755)
        let before = try Data(contentsOf: folder.appendingPathComponent("case.lineage"))
        for arguments in [
            ["verify", "case.lineage"], ["check", "case.lineage"], ["log", "case.lineage"],
            ["match", "case.lineage", list, "--columns", RecordCommandTests.listColumns, "--min-unique", "1"],
        ] {
            let outcome = try LineageBinary.run(
                arguments, in: folder, standardOutput: "/dev/null", asNobody: true)
            #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
        }
        #expect(try Data(contentsOf: folder.appendingPathComponent("case.lineage")) == before)
    }
}
