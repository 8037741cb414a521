import Foundation
import LineageCore
import LineageTestSupport
import LineageXML
import Testing

@Suite("Writing evidence XML")
struct EvidenceWriterTests {
    /// A case touching every element, attribute and escape the writer has: markup characters, tabs, newlines and
    /// carriage returns in attributes and text, leading and trailing spaces, Japanese, defaults and non-defaults.
    static var awkwardCase: EvidenceCase {
        var evidence = EvidenceCase()
        let tricky = "Fish & \"Chips\" <Ltd>\t'quoted'\nline two\r\nend "
        _ = evidence.insert(
            Source(
                id: "s", title: tricky, date: try! EventTime(parsing: "2014-07~"), publisher: "通販新聞",
                reference: "a&b.pdf", reliability: .f, language: "ja"))
        _ = evidence.insert(
            Source(id: "s2", title: "Plain", date: try! EventTime(parsing: "../2014-06"), reliability: .a))
        _ = evidence.insert(
            Party(
                id: "p", kind: .organization, name: tricky, isIdentified: false, whereabouts: "Fussa, Tokyo",
                aliases: [Party.Alias("文献社", language: "ja"), Party.Alias("  spaced <alias> & more  ")]))
        _ = evidence.insert(Party(id: "q", kind: .person, name: "Q"))
        _ = evidence.insert(
            Dataset(
                id: "db", kind: .database, name: "DB", owner: "p", records: RecordCount(35_040_000, unit: .persons),
                fields: ["name-kana", "postal-code"]))
        _ = evidence.insert(Dataset(id: "l", kind: .list, name: "L", records: RecordCount(10)))
        _ = evidence.insert(Dataset(id: "m", kind: .list, name: "M"))
        let cites = [
            Cite(
                source: "s", credibility: .probable, page: "p. 4 & 5",
                quotes: [Cite.Quote(" 今年5月、<文献社>から\n取得。", language: "ja"), Cite.Quote("x\ry")]),
            Cite(source: "s2", credibility: .doubtful, stance: .disputes),
        ]
        let actions: [(String, String, Claim.Action)] = [
            (
                "c1", "2014",
                .extraction(dataset: "l", from: "db", by: "q", medium: "USB & phone", records: RecordCount(5))
            ),
            (
                "c2", "2014-05",
                .transfer(dataset: "l", from: "q", to: "p", records: RecordCount(7, unit: .households), price: "¥\"3\"")
            ),
            (
                "c3", "2013-12/2014-06",
                .derivation(dataset: "m", from: ["db", "l"], by: "p", operation: .dedupe, records: nil)
            ),
            ("c4", "2014-04-21/..", .use(dataset: "l", by: "p", purpose: "direct\tmail", records: RecordCount(3))),
            ("c5", "2014-07-09?", .holding(dataset: "l", party: "q")),
            ("c6", "2014%", .deletion(dataset: "l", party: "p")),
            ("c7", "2012/", .delegation(agent: "q", principal: "p", relation: .dispatched)),
        ]
        for (id, when, action) in actions {
            _ = evidence.insert(
                Claim(id: ClaimID(id), when: try! EventTime(parsing: when), action: action, cites: cites))
        }
        return evidence
    }

    @Test func whatItWritesReadsBackAsTheSameCase() throws {
        let original = Self.awkwardCase
        let (result, _) = try CaseLoaderTests.load(["case.xml": EvidenceWriter.document(original)])
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        let read = result.evidence
        #expect(read.sources.mapValues(\.withoutLocation) == original.sources)
        #expect(read.parties.mapValues(\.withoutLocation) == original.parties)
        #expect(read.datasets.mapValues(\.withoutLocation) == original.datasets)
        #expect(read.claims.mapValues(\.withoutLocation) == original.claims)
    }

    /// Every claim kind, with every optional attribute set and unset, reads back as written: the reader
    /// (`ItemMapper`) and the writer (`FormatElement`) both go through the kinds' one description
    /// (`Claim.Kind.attributes`), and this proves they agree through the real parser and schema.
    @Test func everyClaimKindReadsBackAsWritten() throws {
        let original = try EveryClaimKind.evidence()
        let (result, _) = try CaseLoaderTests.load(["case.xml": EvidenceWriter.document(original)])
        #expect(!result.diagnostics.contains { [.schema, .malformedXML].contains($0.code) }, "\(result.diagnostics)")
        #expect(result.evidence.claims.mapValues(\.withoutLocation) == original.claims)
    }

    @Test func writesTheSameBytesForTheSameCaseEveryTime() throws {
        let first = EvidenceWriter.document(Self.awkwardCase)
        #expect(EvidenceWriter.document(Self.awkwardCase) == first)
        let (result, _) = try CaseLoaderTests.load(["case.xml": first])
        #expect(EvidenceWriter.document(result.evidence) == first, "writing what was read gives the same document")
    }

    @Test func escapesWhatWouldOtherwiseBreakOrChangeTheDocument() {
        let document = EvidenceWriter.document(Self.awkwardCase, comment: "from case.lineage -- entry 3-")
        #expect(
            document.contains(
                #"title="Fish &amp; &quot;Chips&quot; &lt;Ltd&gt;&#9;'quoted'&#10;line two&#13;&#10;end ""#))
        #expect(document.contains("<quote xml:lang=\"ja\"> 今年5月、&lt;文献社&gt;から\n取得。</quote>"))
        #expect(document.contains("<!-- from case.lineage - - entry 3-  -->"))
        #expect(document.contains(#"<party id="p" kind="organization" name="#))
        #expect(document.contains(#"identified="false""#))
        #expect(!document.contains(#"unit="records""#), "defaults are left out")
    }

    @Test func writesACharacterXMLCannotHoldSoThatReadingItFailsLoudly() throws {
        var evidence = EvidenceCase()
        _ = evidence.insert(Party(id: "p", kind: .person, name: "bell\u{7}"))
        let document = EvidenceWriter.document(evidence)
        #expect(document.contains("bell&#x7;"))
        let (result, _) = try CaseLoaderTests.load(["case.xml": document])
        #expect(result.errorCount > 0)
    }

    @Test func writesTheShippedBenesseCaseSoThatItChecksTheSame() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let loader = CaseLoader(schema: try EvidenceSchema())
        let original = loader.load([root.appendingPathComponent("Graphs/benesse").path])
        #expect(original.errorCount == 0)
        let (rewritten, _) = try CaseLoaderTests.load(["benesse.xml": EvidenceWriter.document(original.evidence)])
        #expect(rewritten.errorCount == 0, "\(rewritten.diagnostics.prefix(3))")
        #expect(rewritten.warningCount == original.warningCount)
        #expect(
            rewritten.evidence.claims.mapValues(\.withoutLocation)
                == original.evidence.claims.mapValues(\.withoutLocation))
        #expect(
            rewritten.evidence.parties.mapValues(\.withoutLocation)
                == original.evidence.parties.mapValues(\.withoutLocation))
    }
}
