import Foundation
import LineageCore
import LineageTestSupport
import LineageXML
import Testing

/// Damaged evidence must give diagnostics, never a crash and never a silent partial case: each mutant of a real
/// file is read in-process, so a crash fails the whole run.
@Suite("Damaged evidence")
struct MutationTests {
    static let benesse = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Graphs/benesse")
    static let mutated = "claims-brokers.xml"
    static let original: [UInt8] = Array((try? Data(contentsOf: benesse.appendingPathComponent(mutated))) ?? Data())

    /// The whole Benesse case with `bytes` in place of one of its files, so a mutant that reads cleanly is
    /// checked against a case whose references all resolve.
    static func load(_ bytes: [UInt8], schema: EvidenceSchema) throws -> CaseLoader.Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mutant-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: benesse, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(bytes).write(to: folder.appendingPathComponent(mutated))
        return CaseLoader(schema: schema).load([folder.path])
    }

    @Test func truncatedFilesAreReportedAsMalformed() throws {
        try #require(Self.original.count > 1000)
        let schema = try EvidenceSchema()
        for length in stride(from: 0, to: Self.original.count - 20, by: Self.original.count / 150) {
            let result = try Self.load(Array(Self.original.prefix(length)), schema: schema)
            #expect(result.errorCount > 0, "a file cut at byte \(length) was accepted")
            #expect(!result.ranSemanticChecks)
        }
    }

    @Test func corruptedBytesNeverCrashAndNeverPassUnnoticed() throws {
        let schema = try EvidenceSchema()
        let clean = try Self.load(Self.original, schema: schema)
        try #require(clean.errorCount == 0)
        var random = SplitMix(seed: 2014)
        let replacements: [UInt8] = Array("<>&\"'=/ \n\0\u{7F}x9-".utf8) + [0xE3, 0x81, 0xFF, 0xC0]
        var readCleanly = 0
        for _ in 0..<200 {
            var bytes = Self.original
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = replacements.randomElement(using: &random)!
            }
            let result = try Self.load(bytes, schema: schema)
            // A mutant either reads as a case (a byte inside a comment or a quote may change nothing the
            // model keeps) or is reported; what it may never do is lose items without an error.
            if result.errorCount == 0 {
                readCleanly += 1
                #expect(result.evidence.count == clean.evidence.count)
            }
        }
        // Both branches must have been exercised, or the test proves less than it claims.
        #expect(readCleanly > 0 && readCleanly < 200)
    }
}
