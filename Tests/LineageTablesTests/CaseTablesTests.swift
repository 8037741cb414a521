import Foundation
import LineageCore
import LineageTables
import LineageTestSupport
import LineageXML
import Testing

/// A case as five tables and back: Benesse item for item, checks at file:line:column, CP932, formula cells.
@Suite("Case tables")
struct CaseTablesTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func benesse() throws -> EvidenceCase {
        let result = CaseLoader(schema: try EvidenceSchema()).load([packageRoot.appendingPathComponent("Graphs/benesse").path])
        try #require(result.errorCount == 0)
        return result.evidence
    }

    static func files(_ evidence: EvidenceCase) -> [(path: String, bytes: [UInt8])] {
        CaseTables.write(evidence).map { ($0.table.fileName, Array($0.text.utf8)) }
    }

    @Test("the Benesse case comes back from its tables item for item")
    func benesseRoundTrips() throws {
        let original = try Self.benesse()
        let reading = CaseTables.read(Self.files(original))
        #expect(reading.errorCount == 0, "\(reading.diagnostics.prefix(5))")
        let back = reading.evidence
        #expect(back.sources.mapValues(\.withoutLocation) == original.sources.mapValues(\.withoutLocation))
        #expect(back.parties.mapValues(\.withoutLocation) == original.parties.mapValues(\.withoutLocation))
        #expect(back.datasets.mapValues(\.withoutLocation) == original.datasets.mapValues(\.withoutLocation))
        #expect(back.claims.mapValues(\.withoutLocation) == original.claims.mapValues(\.withoutLocation))
        #expect(CaseTables.write(back).map(\.text) == CaseTables.write(original).map(\.text))
    }

    @Test("every claim kind fits the one claims table, with the computed grade written")
    func claimsTableHoldsEveryKind() throws {
        let claims = try #require(CaseTables.write(try Self.benesse()).first { $0.table == .claims }?.text)
        let header = claims.prefix { $0 != "\r\n" }
        #expect(header == "kind,id,when,dataset,from,to,by,party,agent,principal,operation,relation,medium,purpose,price,records,unit,grade,disputed")
        #expect(claims.contains("\r\ntransfer,t-bk-js,2014-05,list-js,bunkensha,justsystems,"))
        #expect(claims.contains("\r\ndelegation,"))
    }

    @Test("cells a spreadsheet would run as formulas are neutralised, and read back as they were")
    func formulaCellsAreNeutralised() throws {
        var evidence = EvidenceCase()
        let titles = ["=HYPERLINK(\"http://x\")", "+81 3", "-2", "@SUM(A1)", "'=quoted", "plain 'text"]
        for (index, title) in titles.enumerated() {
            _ = evidence.insert(Source(id: SourceID("s\(index)"), title: title, date: .interval(from: .open, to: .open), reliability: .f))
        }
        let sources = try #require(CaseTables.write(evidence).first { $0.table == .sources }?.text)
        #expect(sources.contains("\r\ns0,'=HYPERLINK(\"\"http://x\"\")\"") == false)
        #expect(sources.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
        #expect(sources.contains(",'+81 3,") && sources.contains(",'-2,") && sources.contains(",'@SUM(A1),"))
        #expect(sources.contains(",''=quoted,") && sources.contains(",plain 'text,"))
        let back = CaseTables.read([("sources.csv", Array(sources.utf8))])
        #expect(back.errorCount == 0, "\(back.diagnostics)")
        #expect(titles.indices.map { back.evidence.sources[SourceID("s\($0)")]?.title } == titles)
    }

    @Test("a table in CP932, columns in another order, with computed columns left blank")
    func spreadsheetMadeTablesRead() throws {
        let parties = "name,kind,id,identified,location,aliases\r\n文献社,organization,bunkensha,,福生市,\"ぶんけんしゃ@ja\nBunkensha@en\"\r\n"
        let cp932 = try #require(parties.data(using: .shiftJIS))
        let reading = CaseTables.read([("名簿業者.csv", Array(cp932))])
        #expect(reading.errorCount == 0, "\(reading.diagnostics)")
        let party = reading.evidence.parties["bunkensha"]
        #expect(party?.name == "文献社")
        #expect(party?.whereabouts == "福生市")
        #expect(party?.aliases == [Party.Alias("ぶんけんしゃ", language: "ja"), Party.Alias("Bunkensha", language: "en")])
    }

    @Test("every bad cell is reported at file:line:column, and a bad table gives nothing")
    func errorsArePlaced() throws {
        let sources = "id,title,date,publisher,ref,reliability,lang\r\ns1,Report,2014-13,,,B,\r\n2x,Other,2014,,,Z,\r\n"
        let claims = "kind,id,when,dataset,from,to,by,party,agent,principal,operation,relation,medium,purpose,price,records,unit,grade,disputed\r\n"
            + "transfer,t1,2014,d,a,b,c,,,,,,,,,12.5,,,\r\n"
        let reading = CaseTables.read([("sources.csv", Array(sources.utf8)), ("claims.csv", Array(claims.utf8))])
        let places = reading.diagnostics.map { "\($0.location?.description ?? "-") \($0.message)" }
        #expect(places.contains { $0.hasPrefix("sources.csv:2:11 ") && $0.contains("2014-13") })
        #expect(places.contains { $0.hasPrefix("sources.csv:3:1 ") && $0.contains("'2x'") })
        #expect(places.contains { $0.hasPrefix("claims.csv:2:") && $0.contains("a transfer has no 'by'") })
        #expect(reading.errorCount >= 3)
    }

    @Test("quoted fields keep commas, quotes and line breaks; an alias with an @ of its own reads back")
    func quotingRoundTrips() throws {
        var evidence = EvidenceCase()
        _ = evidence.insert(
            Source(id: "s", title: "Line one,\r\n\"two\"", date: try EventTime(parsing: "2014-07"), reliability: .b))
        _ = evidence.insert(
            Party(id: "p", kind: .person, name: "A", aliases: [Party.Alias("a@b.example"), Party.Alias("x@ja"), Party.Alias("エー", language: "ja")]))
        let back = CaseTables.read(Self.files(evidence))
        #expect(back.errorCount == 0, "\(back.diagnostics)")
        #expect(back.evidence.sources["s"]?.title == "Line one,\r\n\"two\"")
        #expect(back.evidence.parties["p"]?.aliases == evidence.parties["p"]?.aliases)
    }

    @Test("a quote left open is reported where its field starts")
    func unclosedQuoteIsPlaced() {
        let text = "id,title,date,publisher,ref,reliability,lang\r\ns1,\"open,2014,,,B,\r\n"
        let reading = CaseTables.read([("sources.csv", Array(text.utf8))])
        #expect(reading.diagnostics.map { "\($0.location!): \($0.message)" } == ["sources.csv:2:4: a quoted field is never closed"])
    }

    @Test("a header that is no case table is refused, naming the tables")
    func unknownHeaderIsRefused() {
        let reading = CaseTables.read([("x.csv", Array("name,phone\r\nA,1\r\n".utf8))])
        #expect(reading.diagnostics.first?.location?.description == "x.csv:1:1")
        #expect(reading.diagnostics.first?.message.contains("claims.csv: kind,id,when") == true)
    }
}
