import Foundation
import Testing

/// `lineage export --format csv`, `lineage add` and `lineage import` with case tables, through the real binary.
@Suite("Case table commands")
struct TableCommandTests {
    static let benesse = LineageBinary.packageRoot.appendingPathComponent("Graphs/benesse").path

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tables-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A small case as a spreadsheet user would type it: the five tables of version 1 (before format 1.1 added
    /// columns and the events and notes tables), in their column order, rows by id.
    static let spreadsheet: [String: String] = [
        "sources.csv": "id,title,date,publisher,ref,reliability,lang\r\ns-press,Police statement,2014-07-17,Tokyo MPD,,A,ja\r\n",
        "parties.csv": "id,kind,name,identified,location,aliases\r\nacme,organization,Acme Lists,,Tokyo,アクメ@ja\r\nbuyer,organization,Unknown buyer,false,,\r\nvictim,organization,Victim Corp,,,\r\n",
        "datasets.csv": "id,kind,name,owner,records,unit,fields\r\ndb,database,Customer database,victim,,,\r\nlist,list,Leaked list,victim,1000,households,name-kana phone\r\n",
        "claims.csv": "kind,id,when,dataset,from,to,by,party,agent,principal,operation,relation,medium,purpose,price,records,unit,grade,disputed\r\n"
            + "transfer,t1,2014-06~,list,acme,buyer,,,,,,,,,'=1+1,,,,\r\n"
            + "extraction,x1,2014-05,list,db,,acme,,,,,,USB,,,1000,households,,\r\n",
        "cites.csv": "claim,source,credibility,stance,page,quote,lang\r\nt1,s-press,2,supports,p. 3,名簿を売った,ja\r\nx1,s-press,3,supports,,,\r\n",
    ]

    static func cells(_ text: String) -> [[String]] {
        text.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Each row's cells by column name, so tables with different columns compare on the columns they share.
    static func cellsByColumn(_ text: String) -> [[String: String]] {
        let rows = cells(text)
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(rows[0], $0)) }
    }

    @Test("a spreadsheet-made case goes tables → store → tables with the same cells")
    func spreadsheetCaseRoundTrips() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for (name, text) in Self.spreadsheet { try text.write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        #expect(try LineageBinary.run(["init", "case.lineage"], in: folder).status == 0)
        let added = try LineageBinary.run(["add", "case.lineage", "in"], in: folder)
        #expect(added.status == 0, "\(added.standardOutput)\(added.standardError)")
        let exported = try LineageBinary.run(["export", "case.lineage", "--format", "csv", "-o", "out"], in: folder)
        #expect(exported.status == 0, "\(exported.standardError)")
        for (name, text) in Self.spreadsheet {
            let back = try String(contentsOf: folder.appendingPathComponent("out/\(name)"), encoding: .utf8)
            // The export has the columns format 1.1 added, empty here; on the columns typed in, the same cells.
            let typed = Self.cellsByColumn(text)
            let written = Self.cellsByColumn(back)
            let shared = Set(typed.first?.keys.map { $0 } ?? []).subtracting(["grade", "disputed"])
            #expect(written.map { $0.filter { shared.contains($0.key) } } == typed.map { $0.filter { shared.contains($0.key) } }, "\(name)")
            #expect(written.allSatisfy { $0.filter { !shared.contains($0.key) && $0.key != "grade" && $0.key != "disputed" }.values.allSatisfy(\.isEmpty) }, "\(name)")
            if name == "claims.csv" {
                // grade and disputed are computed: written on the way out, ignored on the way in.
                #expect(back.contains(",A3,false\r\n") && back.contains(",A2,false\r\n"))
            }
        }
    }

    @Test("the Benesse case goes out as tables and comes back as the same case")
    func benesseRoundTripsThroughTheCLI() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = try LineageBinary.run(["export", Self.benesse, "--format", "csv", "-o", "tables"], in: folder)
        #expect(exported.status == 0, "\(exported.standardError)")
        let imported = try LineageBinary.run(["import", "tables", "-o", "back.xml"], in: folder)
        #expect(imported.status == 0, "\(imported.standardError)")
        let original = try LineageBinary.run(["export", Self.benesse], in: folder)
        let back = try LineageBinary.run(["export", "back.xml"], in: folder)
        let items = { (text: String) in text.split(separator: "\n").filter { !$0.hasPrefix("<!--") } }
        #expect(items(back.standardOutput) == items(original.standardOutput))
    }

    /// Before the tables held format 1.1, this export was refused (status 1, nothing written).
    @Test("the KCB case (format 1.1) goes out as tables and comes back as the same case")
    func kcbRoundTripsThroughTheCLI() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let kcb = LineageBinary.packageRoot.appendingPathComponent("Graphs/kcb").path
        let exported = try LineageBinary.run(["export", kcb, "--format", "csv", "-o", "tables"], in: folder)
        #expect(exported.status == 0, "\(exported.standardError)")
        let imported = try LineageBinary.run(["import", "tables", "-o", "back.xml"], in: folder)
        #expect(imported.status == 0, "\(imported.standardError)")
        let original = try LineageBinary.run(["export", kcb], in: folder)
        let back = try LineageBinary.run(["export", "back.xml"], in: folder)
        let items = { (text: String) in text.split(separator: "\n").filter { !$0.hasPrefix("<!--") } }
        #expect(items(back.standardOutput) == items(original.standardOutput))
        #expect(back.standardOutput.contains("<note") && back.standardOutput.contains("<event ") && back.standardOutput.contains("<containment "))
        // And through a store: the tables added as one entry give the same case back.
        #expect(try LineageBinary.run(["init", "case.lineage"], in: folder).status == 0)
        let added = try LineageBinary.run(["add", "case.lineage", "tables"], in: folder)
        #expect(added.status == 0, "\(added.standardOutput)\(added.standardError)")
        let stored = try LineageBinary.run(["export", "case.lineage"], in: folder)
        #expect(items(stored.standardOutput) == items(original.standardOutput))
    }

    @Test("a table with one bad row adds nothing, and says where")
    func badRowAddsNothing() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        var tables = Self.spreadsheet
        tables["cites.csv"] = "claim,source,credibility,stance,page,quote,lang\r\nt1,s-press,2,supports,,,\r\nx1,s-press,9,supports,,,\r\n"
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for (name, text) in tables { try text.write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        _ = try LineageBinary.run(["init", "case.lineage"], in: folder)
        let added = try LineageBinary.run(["add", "case.lineage", "in"], in: folder)
        #expect(added.status == 1)
        #expect(added.standardOutput.contains("in/cites.csv:3:12: error: '9' is not a credibility: 1 to 6 [table]"))
        let log = try LineageBinary.run(["log", "case.lineage"], in: folder)
        #expect(!log.standardOutput.contains("tables"), "nothing was added")
    }

    @Test("export --format csv refuses to write into its own input")
    func csvExportRefusesItsInput() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tables = folder.appendingPathComponent("t")
        try FileManager.default.createDirectory(at: tables, withIntermediateDirectories: true)
        for (name, text) in Self.spreadsheet { try text.write(to: tables.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        _ = try LineageBinary.run(["import", "t", "-o", "case.xml"], in: folder)
        let refused = try LineageBinary.run(["export", "case.xml", "--format", "csv", "-o", "case.xml"], in: folder)
        #expect(refused.status == 64)
        #expect(try String(contentsOf: folder.appendingPathComponent("case.xml"), encoding: .utf8).hasPrefix("<?xml"))
        let missing = try LineageBinary.run(["export", "case.xml", "--format", "csv"], in: folder)
        #expect(missing.status == 64)
    }

    @Test("export --format csv follows the -o rules for each table: a hard-linked table is refused, nothing written")
    func csvExportRefusesAHardLinkedTable() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let kept = folder.appendingPathComponent("kept.csv")
        try "not a table\n".write(to: kept, atomically: true, encoding: .utf8)
        #expect(link(kept.path, out.appendingPathComponent("claims.csv").path) == 0)
        let refused = try LineageBinary.run(["export", Self.benesse, "--format", "csv", "-o", "out"], in: folder)
        #expect(refused.status == 64, "\(refused.standardError)")
        #expect(try String(contentsOf: kept, encoding: .utf8) == "not a table\n")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("sources.csv").path))
    }
}
