import Foundation
import LineageCore
import LineageXML
import Testing

@Suite("Reading evidence files")
struct CaseLoaderTests {
    /// Writes `files` (name → content) into a fresh folder and loads it.
    static func load(_ files: [String: String], maximumFileSize: Int = CaseLoader.defaultMaximumFileSize) throws
        -> (CaseLoader.Result, URL)
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, content) in files {
            try content.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        // The folder goes once it is read: callers compare paths in diagnostics, not files.
        defer { try? FileManager.default.removeItem(at: folder) }
        let loader = CaseLoader(schema: try EvidenceSchema(), maximumFileSize: maximumFileSize)
        return (loader.load([folder.path]), folder)
    }

    static func evidence(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <evidence xmlns="urn:listlineage:evidence:1">
        \(body)
        </evidence>
        """
    }

    /// The loader says what is wrong with the file (too large for the limit, empty); only a front end adds what
    /// to do about it, in its own words (the CLI's `--max-file-size`, `lineage new`).
    @Test func aFileTooLargeOrEmptyIsAnErrorThatNamesNoOptionOrCommand() throws {
        let (result, folder) = try Self.load(["big.xml": Self.evidence("")], maximumFileSize: 10)
        let error = try #require(result.diagnostics.first { $0.code == .inputTooLarge })
        #expect(error.location?.file == folder.appendingPathComponent("big.xml").path)
        #expect(error.message.hasPrefix("the file is ") && error.message.hasSuffix(" bytes, over the limit of 10"))
        #expect(!error.message.contains("--"))
        let (empty, _) = try Self.load(["empty.xml": ""])
        let emptyError = try #require(empty.diagnostics.first { $0.code == .emptyFile })
        #expect(emptyError.message == "the file is empty: an evidence file holds one <evidence> element")
    }

    @Test func mapsEveryElementAndAttributeOntoTheModel() throws {
        let (result, _) = try Self.load([
            "case.xml": Self.evidence(
                """
                <source id="s" title="発表" date="2014-07-09" publisher="Benesse" ref="release.pdf" reliability="B" lang="ja"/>
                <party id="dealer" kind="organization" name="Unnamed dealer" identified="false" location="Tokyo"><alias xml:lang="ja">名簿業者</alias></party>
                <party id="engineer" kind="person" name="Engineer"/>
                <dataset id="db" kind="database" name="DB" owner="dealer" records="35040000" unit="persons"><field>name-kana</field><field>phone</field></dataset>
                <dataset id="l" kind="list" name="L"/>
                <derivation id="d" dataset="l" from="db db" by="dealer" when="2014-04-21/2014-04-30" operation="dedupe" records="760" unit="households">
                  <cite source="s" credibility="3" stance="disputes" page="p. 4"><quote xml:lang="ja">引用</quote><quote>quote</quote></cite>
                </derivation>
                <delegation id="g" agent="engineer" principal="dealer" when="2012/.." relation="dispatched"><cite source="s" credibility="1"/></delegation>
                """)
        ])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let evidence = result.evidence
        let source = try #require(evidence.sources["s"])
        #expect(source.title == "発表" && source.publisher == "Benesse" && source.reference == "release.pdf")
        #expect(source.reliability == .b && source.language == "ja" && source.date.description == "2014-07-09")
        let dealer = try #require(evidence.parties["dealer"])
        #expect(!dealer.isIdentified && dealer.whereabouts == "Tokyo")
        #expect(dealer.aliases == [Party.Alias("名簿業者", language: "ja")])
        #expect(dealer.label(in: "ja") == "名簿業者" && dealer.label(in: "en") == "Unnamed dealer")
        let database = try #require(evidence.datasets["db"])
        #expect(database.records == RecordCount(35_040_000, unit: .persons) && database.fields == ["name-kana", "phone"])
        let derivation = try #require(evidence.claims["d"])
        #expect(derivation.action == .derivation(dataset: "l", from: ["db", "db"], by: "dealer", operation: .dedupe, records: RecordCount(760, unit: .households)))
        #expect(derivation.when.description == "2014-04-21/2014-04-30")
        let cite = try #require(derivation.cites.first)
        #expect(cite.stance == .disputes && cite.credibility == .possible && cite.page == "p. 4")
        #expect(cite.quotes == [Cite.Quote("引用", language: "ja"), Cite.Quote("quote")])
        #expect(evidence.claims["g"]?.action == .delegation(agent: "engineer", principal: "dealer", relation: .dispatched))
        #expect(evidence.claims["g"]?.location?.line == 11)
    }

    @Test func keepsLineNumbersPastTheSixteenBitLimit() throws {
        let filler = String(repeating: "<!-- -->\n", count: 70_000)
        let (result, _) = try Self.load([
            "big.xml": Self.evidence(
                filler + #"  <party id="p" kind="person" name="P"/>"# + "\n\n"
                    + #"  <party id="q" kind="person" name="Q">"# + "\n" + #"<alias>Q</alias></party>"#
                    + #"<party id="r" kind="person" name="R" bad="x"/>"#)
        ])
        #expect(result.evidence.parties["p"]?.location?.line == 70_003)
        #expect(result.evidence.parties["q"]?.location?.line == 70_005)
        #expect(result.diagnostics.first?.location?.line == 70_006, "\(result.diagnostics)")
    }

    @Test func aMalformedFileReportsItsFirstErrorAndAddsNothingAfterIt() throws {
        let (result, folder) = try Self.load([
            "bad.xml": Self.evidence(#"<party id="p" kind="person" name="P"><alias>x</party>"#)
        ])
        let first = try #require(result.diagnostics.first)
        #expect(first.code == .malformedXML)
        #expect(first.location?.file == folder.appendingPathComponent("bad.xml").path)
        #expect(first.location?.line == 3)
        #expect((first.location?.column ?? 0) > 0, "the parser's own column is kept")
        #expect(result.errorCount == 1)
        #expect(!result.ranSemanticChecks)
    }

    @Test func japaneseTextBeforeAnElementCountsOneColumnPerCharacter() throws {
        let (result, _) = try Self.load([
            "ja.xml": Self.evidence(#"<!--日本語--><party id="p" kind="person" name="P" extra="x"/>"#)
        ])
        #expect(result.diagnostics.first?.location?.column == 11)
    }

    @Test func anEmptyDirectoryIsAnErrorNotASilentSuccess() throws {
        let (result, _) = try Self.load([:])
        #expect(result.errorCount == 1)
        #expect(result.diagnostics.first?.code == .unreadable)
    }
}
