import Foundation
import Testing

/// `-o` and standard output as `conventions.md` has them: nothing an investigator has is ever destroyed by an
/// output, and an output that did not arrive is an error.
@Suite("Output files and standard output")
struct OutputFileTests {
    static let basics = LineageBinary.fixtures.appendingPathComponent("store/basics.xml").path
    static let claims = LineageBinary.fixtures.appendingPathComponent("store/claims.xml").path

    /// A folder with a store holding the two fixture files.
    static func storeFolder() throws -> Scratch {
        let scratch = try Scratch("lineage-output")
        #expect(try LineageBinary.run(["init", "case.lineage"], in: scratch.url).status == 0)
        #expect(try LineageBinary.run(["add", "case.lineage", basics, claims], in: scratch.url).status == 0)
        return scratch
    }

    @Test(arguments: [["export"], ["graph"], ["export", "--format", "prov-json"]])
    func anOutputOverItsOwnStoreIsRefused(command: [String]) throws {
        let scratch = try Self.storeFolder()
        let before = try Data(contentsOf: URL(fileURLWithPath: scratch.file("case.lineage")))
        let outcome = try LineageBinary.run(command + ["case.lineage", "-o", "case.lineage"], in: scratch.url)
        #expect(outcome.status == 64, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("will not write over case.lineage"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.file("case.lineage"))) == before)
        #expect(try LineageBinary.run(["verify", "case.lineage"], in: scratch.url).status == 0)
    }

    @Test func anyCaseStoreIsRefusedWhateverItIsNamed() throws {
        let scratch = try Self.storeFolder()
        #expect(try LineageBinary.run(["init", "other.txt"], in: scratch.url).status == 0)
        let outcome = try LineageBinary.run(["graph", Self.basics, Self.claims, "-o", "other.txt"], in: scratch.url)
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("case store"))
        #expect(try LineageBinary.run(["verify", "other.txt"], in: scratch.url).status == 0)
    }

    @Test func anInputOfTheSameCommandIsRefused() throws {
        let scratch = try Scratch("lineage-output")
        let copy = scratch.file("basics.xml")
        try FileManager.default.copyItem(atPath: Self.basics, toPath: copy)
        let before = try String(contentsOfFile: copy, encoding: .utf8)
        // Named directly, and found in a folder that is named.
        for inputs in [["basics.xml"], ["."]] {
            let outcome = try LineageBinary.run(["export"] + inputs + ["-o", "basics.xml"], in: scratch.url)
            #expect(outcome.status == 64, "\(outcome.standardError)")
            #expect(outcome.standardError.contains("input of this command"))
            #expect(try String(contentsOfFile: copy, encoding: .utf8) == before)
        }
    }

    @Test func aSymbolicLinkIsFollowedAndKept() throws {
        let scratch = try Scratch("lineage-output")
        try scratch.write("old", to: "real.xml")
        try FileManager.default.createSymbolicLink(atPath: scratch.file("link.xml"), withDestinationPath: "real.xml")
        let outcome = try LineageBinary.run(["export", Self.basics, "-o", "link.xml"], in: scratch.url)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.file("link.xml")) == "real.xml")
        #expect(try String(contentsOfFile: scratch.file("real.xml"), encoding: .utf8).hasPrefix("<?xml"))
    }

    @Test func aHardLinkedTargetIsRefused() throws {
        let scratch = try Scratch("lineage-output")
        try scratch.write("old", to: "one.xml")
        try FileManager.default.linkItem(atPath: scratch.file("one.xml"), toPath: scratch.file("two.xml"))
        let outcome = try LineageBinary.run(["export", Self.basics, "-o", "two.xml"], in: scratch.url)
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("hard links"))
        #expect(try String(contentsOfFile: scratch.file("one.xml"), encoding: .utf8) == "old")
    }

    @Test func theTargetKeepsItsMode() throws {
        let scratch = try Scratch("lineage-output")
        let target = try scratch.write("old", to: "private.xml")
        chmod(target, 0o600)
        let outcome = try LineageBinary.run(["export", Self.basics, "-o", "private.xml"], in: scratch.url)
        #expect(outcome.status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["private.xml"])
    }

    @Test func aFIFOOrAFolderIsRefused() throws {
        let scratch = try Scratch("lineage-output")
        #expect(mkfifo(scratch.file("pipe"), 0o600) == 0)
        try FileManager.default.createDirectory(atPath: scratch.file("folder"), withIntermediateDirectories: false)
        for target in ["pipe", "folder"] {
            let outcome = try LineageBinary.run(["graph", Self.basics, Self.claims, "-o", target], in: scratch.url)
            #expect(outcome.status == 64, "\(target): \(outcome.standardError)")
        }
    }

    @Test(.enabled(if: Scratch.isRoot, "only root can make device nodes"))
    func aCharacterDeviceIsWrittenThroughNotReplaced() throws {
        let scratch = try Scratch("lineage-output")
        let null = try #require(scratch.device("null", major: 1, minor: 3))
        let outcome = try LineageBinary.run(["export", Self.basics, "-o", null], in: scratch.url)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let type = try FileManager.default.attributesOfItem(atPath: null)[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }

    @Test(.enabled(if: Scratch.isRoot, "only root can make device nodes"))
    func aFullDeviceIsAWriteErrorOnOneLine() throws {
        let scratch = try Scratch("lineage-output")
        let full = try #require(scratch.device("full", major: 1, minor: 7))
        for command in [["export"], ["graph"], ["export", "--format", "prov-n"]] {
            let outcome = try LineageBinary.run(command + [Self.basics, Self.claims, "-o", full], in: scratch.url)
            #expect(outcome.status == 74, "\(command): \(outcome.standardError)")
            #expect(outcome.standardError.split(separator: "\n").count == 1)
            #expect(outcome.standardError.contains("No space left on device"))
        }
    }

    /// Every command that prints, text and JSON: an answer that cannot be written is status 74 and one line,
    /// never a crash (FileHandle's `try!` raised SIGILL) nor a lost answer with status 0.
    @Test(
        .enabled(if: Scratch.isRoot, "only root can make device nodes"),
        arguments: [
            ["check", "case.lineage"], ["check", "case.lineage", "--json"], ["graph", "case.lineage"],
            ["export", "case.lineage"], ["received", "list-js", "case.lineage"], ["timeline", "case.lineage"],
            ["gaps", "case.lineage"], ["log", "case.lineage"], ["log", "case.lineage", "--json"],
            ["records", "case.lineage"], ["verify", "case.lineage"],
        ])
    func aFullStandardOutputIsAWriteError(arguments: [String]) throws {
        let scratch = try Self.storeFolder()
        let full = try #require(scratch.device("full", major: 1, minor: 7))
        let outcome = try LineageBinary.run(arguments, in: scratch.url, standardOutput: full)
        #expect(outcome.status == 74, "\(arguments): \(outcome.standardError)")
        #expect(outcome.standardError.hasSuffix("lineage: cannot write standard output: No space left on device\n"))
    }

    @Test(.enabled(if: Scratch.isRoot, "permissions stop only a user who is not root"))
    func aTargetThatCannotBeWrittenIsLeftAsItWas() throws {
        let scratch = try Scratch("lineage-output")
        let target = try scratch.write("old", to: "out.xml")
        chmod(target, 0o666)
        chmod(scratch.path, 0o755)  // nobody may write the file, but not make a file beside it
        let outcome = try LineageBinary.run(
            ["export", Self.basics, "-o", target], in: scratch.url, standardOutput: "/dev/null", asNobody: true)
        #expect(outcome.status == 74, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("cannot write \(target): Permission denied"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
    }
}
