import Foundation
import LineageCore
import LineageXML
import Testing

@Suite("Reading evidence onto a case already held")
struct CaseLoaderOntoBaseTests {
    static var base: EvidenceCase {
        var evidence = EvidenceCase()
        _ = evidence.insert(Source(id: "s", title: "S", date: try! EventTime(parsing: "2014-07-09"), reliability: .b))
        _ = evidence.insert(
            Party(id: "held", kind: .person, name: "Held", location: SourceLocation(file: "case.lineage", line: 3)))
        _ = evidence.insert(Dataset(id: "l", kind: .list, name: "L"))
        return evidence
    }

    @Test func referencesMayPointIntoTheBaseAndTheChecksRunOverBoth() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("new.xml")
        try CaseLoaderTests.evidence(
            """
            <party id="new" kind="person" name="New"/>
            <transfer id="t" dataset="l" from="held" to="new" when="2014-05"><cite source="s" credibility="2"/></transfer>
            <holding id="h" dataset="l" party="nobody" when="2014"><cite source="s" credibility="2"/></holding>
            """
        ).write(to: file, atomically: true, encoding: .utf8)
        let result = CaseLoader(schema: try EvidenceSchema()).load([file.path], onto: Self.base)
        #expect(result.evidence.count == Self.base.count + 3)
        #expect(
            result.diagnostics.map(\.code) == [.unknownReference], "only 'nobody' is unknown: \(result.diagnostics)")
    }

    @Test func anIDTheBaseUsesIsADuplicateWithANoteAtTheBaseItemLeftAsItIs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("new.xml")
        try CaseLoaderTests.evidence(#"<party id="held" kind="person" name="Again"/>"#)
            .write(to: file, atomically: true, encoding: .utf8)
        let result = CaseLoader(schema: try EvidenceSchema()).load([file.path], onto: Self.base)
        let duplicate = try #require(result.diagnostics.first)
        #expect(duplicate.code == .duplicateID)
        #expect(duplicate.location?.column == 1, "a file location gets its column")
        #expect(
            duplicate.notes.first?.location == SourceLocation(file: "case.lineage", line: 3), "a store's is left alone")
    }
}
