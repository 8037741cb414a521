import Foundation
import LineageCore
import LineageTables
import LineageTestSupport
import LineageXML
import Testing

/// A case as tables and back: Benesse and KCB item for item, checks at file:line:column, CP932, formula cells.
@Suite("Case tables")
struct CaseTablesTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func benesse() throws -> EvidenceCase { try load("Graphs/benesse") }

    static func load(_ path: String) throws -> EvidenceCase {
        let result = CaseLoader(schema: try EvidenceSchema()).load([packageRoot.appendingPathComponent(path).path])
        try #require(result.errorCount == 0, "\(result.diagnostics.prefix(3))")
        return result.evidence
    }

    /// Expects `back` to hold exactly the items of `original`, wherever they were read from.
    static func expectSameItems(_ back: EvidenceCase, _ original: EvidenceCase) {
        #expect(back.sources.mapValues(\.withoutLocation) == original.sources.mapValues(\.withoutLocation))
        #expect(back.parties.mapValues(\.withoutLocation) == original.parties.mapValues(\.withoutLocation))
        #expect(back.datasets.mapValues(\.withoutLocation) == original.datasets.mapValues(\.withoutLocation))
        #expect(back.claims.mapValues(\.withoutLocation) == original.claims.mapValues(\.withoutLocation))
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
        Self.expectSameItems(back, original)
        #expect(CaseTables.write(back).map(\.text) == CaseTables.write(original).map(\.text))
    }

    /// Before the tables held format 1.1, writing KCB was refused (its basis, prices, notes, owners, containments,
    /// events and aliases had no cells) and a containment row was an error.
    @Test(
        "a format 1.1 case comes back from its tables item for item",
        arguments: [
            "Graphs/kcb", "Tests/LineageCLITests/Fixtures/v11/approx.xml", "Tests/LineageCLITests/Fixtures/v11/batches.xml",
            "Tests/LineageCLITests/Fixtures/v11/events.xml", "Tests/LineageCLITests/Fixtures/v11/identity.xml",
            "Tests/LineageCLITests/Fixtures/v11/prices.xml", "Tests/LineageCLITests/Fixtures/v11/processor.xml",
        ])
    func formatOneOneRoundTrips(_ path: String) throws {
        let original = try Self.load(path)
        let reading = CaseTables.read(Self.files(original))
        #expect(reading.errorCount == 0, "\(reading.diagnostics.prefix(5))")
        Self.expectSameItems(reading.evidence, original)
        #expect(CaseTables.write(reading.evidence).map(\.text) == CaseTables.write(original).map(\.text))
    }

    /// The tables' claim and event cells come from the claim kinds' one description (`Claim.Kind.attributes`), and
    /// their reader still builds each kind by hand: every kind, with every optional value set and unset, ties them.
    @Test("every claim kind comes back from the tables as written")
    func everyClaimKindRoundTrips() throws {
        let original = try EveryClaimKind.evidence()
        let reading = CaseTables.read(Self.files(original))
        #expect(reading.errorCount == 0, "\(reading.diagnostics.prefix(5))")
        #expect(reading.evidence.claims.mapValues(\.withoutLocation) == original.claims)
    }

    @Test("the KCB tables carry each 1.1 addition in its own cells")
    func kcbTablesHoldTheAdditions() throws {
        let kcb = try Self.load("Graphs/kcb")
        let tables = Dictionary(uniqueKeysWithValues: CaseTables.write(kcb).map { ($0.table, $0.text) })
        let header = { (table: CaseTable) in tables[table]!.prefix { $0 != "\r\n" } }
        #expect(header(.claims) == "kind,id,when,dataset,from,to,by,party,agent,principal,operation,relation,medium,purpose,within,same-as,basis,price,price-amount,price-currency,price-approx,records,unit,approx,grade,disputed")
        #expect(header(.events) == "id,kind,when,party,dataset")
        #expect(header(.notes) == "item,note,lang")
        let containments = kcb.claims.values.filter { $0.kind == .containment }
        let events = kcb.claims.values.filter { $0.kind == .event }
        var notes = kcb.sources.values.reduce(0) { $0 + $1.notes.count }
        notes += kcb.parties.values.reduce(0) { $0 + $1.notes.count }
        notes += kcb.datasets.values.reduce(0) { $0 + $1.notes.count }
        notes += kcb.claims.values.reduce(0) { $0 + $1.notes.count }
        #expect(!containments.isEmpty && !events.isEmpty && notes > 0)
        #expect(tables[.claims]!.components(separatedBy: "\r\ncontainment,").count - 1 == containments.count)
        #expect(tables[.claims]!.contains(",entrustment,"))
        #expect(tables[.events]!.split(separator: "\r\n").count - 1 == events.count)
        #expect(CaseTables.read([("notes.csv", Array(tables[.notes]!.utf8))]).errorCount == notes, "each note names an item of the other tables")
        let pooled = try #require(kcb.datasets.values.first { $0.owners.count > 1 })
        #expect(tables[.datasets]!.contains(",\(pooled.owners.map(\.rawValue).joined(separator: " ")),"))
    }

    @Test("version 1 tables, without the columns format 1.1 added, still read")
    func versionOneTablesRead() throws {
        let datasets = "id,kind,name,owner,records,unit,fields\r\nlist,list,Leaked list,victim,1000,households,phone\r\n"
        let claims = "kind,id,when,dataset,from,to,by,party,agent,principal,operation,relation,medium,purpose,price,records,unit,grade,disputed\r\n"
            + "transfer,t1,2014-06,list,acme,buyer,,,,,,,,,1 yen,,,,\r\n"
        let reading = CaseTables.read([("datasets.csv", Array(datasets.utf8)), ("claims.csv", Array(claims.utf8))])
        #expect(reading.tables.keys.sorted { $0.rawValue < $1.rawValue } == [.claims, .datasets])
        #expect(reading.evidence.datasets["list"]?.records == RecordCount(1000, unit: .households))
        #expect(reading.evidence.claims["t1"]?.action == .transfer(dataset: "list", from: "acme", to: "buyer", records: nil, price: "1 yen"))
    }

    @Test("format 1.1 cells are checked like their attributes, each at file:line:column")
    func formatOneOneCellsAreChecked() throws {
        let claims = "kind,id,when,dataset,from,to,by,party,agent,principal,operation,relation,medium,purpose,within,same-as,basis,price,price-amount,price-currency,price-approx,records,unit,approx,grade,disputed\r\n"
            + "transfer,t1,2014,d,a,b,,,,,,,,,,,bribe,,,,,,,,,\r\n"
            + "transfer,t2,2014,d,a,b,,,,,,,,,,,sale,,1650,,,,,,,\r\n"
            + "transfer,t3,2014,d,a,b,,,,,,,,,,,,,1.6.5,KRW,,,,,,\r\n"
            + "containment,c1,2014,d,,,,,,,,,,,,,,,,,,,,true,,\r\n"
            + "event,e1,2014,,,,,,,,,,,,,,,,,,,,,,,\r\n"
        let notes = "item,note,lang\r\nnowhere,Reasoning,en\r\n"
        let events = "id,kind,when,party,dataset\r\ne2,raid,2014,,\r\n"
        let reading = CaseTables.read([
            ("claims.csv", Array(claims.utf8)), ("notes.csv", Array(notes.utf8)), ("events.csv", Array(events.utf8)),
        ])
        let places = reading.diagnostics.map { "\($0.location?.description ?? "-") \($0.message)" }
        #expect(places.contains { $0.hasPrefix("claims.csv:2:") && $0.contains("'bribe' is not a basis") })
        #expect(places.contains { $0.hasPrefix("claims.csv:3:") && $0.contains("'price-currency' is empty") })
        #expect(places.contains { $0.hasPrefix("claims.csv:4:") && $0.contains("'1.6.5' is not an amount") })
        #expect(places.contains { $0.hasPrefix("claims.csv:5:") && $0.contains("'within' is empty") })
        #expect(places.contains { $0.hasPrefix("claims.csv:6:1 ") && $0.contains("the events table") })
        #expect(places.contains { $0.hasPrefix("notes.csv:2:1 ") && $0.contains("'nowhere'") })
        #expect(places.contains { $0.hasPrefix("events.csv:2:4 ") && $0.contains("'raid' is not a kind") })
    }

    @Test("every claim kind fits the one claims table, with the computed grade written")
    func claimsTableHoldsEveryKind() throws {
        let claims = try #require(CaseTables.write(try Self.benesse()).first { $0.table == .claims }?.text)
        let header = claims.prefix { $0 != "\r\n" }
        #expect(header == "kind,id,when,dataset,from,to,by,party,agent,principal,operation,relation,medium,purpose,within,same-as,basis,price,price-amount,price-currency,price-approx,records,unit,approx,grade,disputed")
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
