import Foundation
import Testing
import LineageTestSupport

/// `lineage fingerprint`, `seed`, `match` and `lookup` as an investigator runs them, on made-up records.
@Suite("Record commands")
struct RecordCommandTests {
    static let header = "name-kanji,name-kana,birth-date,phone,postal-code,address,gender\n"
    /// Made-up people. 4 and 7 are siblings: one phone, one address.
    static let people: [Int: [String]] = [
        1: ["青山 一郎", "アオヤマ イチロウ", "2005-04-12", "03-5000-0001", "100-0001", "東京都千代田区千代田1丁目1番1号", "男"],
        2: ["石川 二郎", "イシカワ ジロウ", "2006-05-13", "03-5000-0002", "100-0002", "東京都千代田区千代田1丁目1番2号", "男"],
        3: ["上野 三子", "ウエノ ミツコ", "2007-06-14", "03-5000-0003", "100-0003", "東京都千代田区千代田1丁目1番3号", "女"],
        4: ["江口 四郎", "エグチ シロウ", "2008-07-15", "03-5000-0004", "100-0004", "東京都千代田区千代田1丁目1番4号", "男"],
        5: ["岡田 五郎", "オカダ ゴロウ", "2009-08-16", "03-5000-0005", "100-0005", "東京都千代田区千代田1丁目1番5号", "男"],
        6: ["加藤 六子", "カトウ ムツコ", "2010-09-17", "03-5000-0006", "100-0006", "東京都千代田区千代田1丁目1番6号", "女"],
        7: ["江口 七子", "エグチ ナナコ", "2010-01-01", "03-5000-0004", "100-0004", "東京都千代田区千代田1丁目1番4号", "女"],
        90: ["架空 種子", "カクウ タネコ", "2001-02-03", "03-5999-9999", "100-0099", "東京都千代田区千代田9丁目9番9号", "女"],
    ]

    /// Every value that identifies someone, raw and as normalised, which no output and no store byte may hold.
    static var personalValues: [String] {
        people.values.flatMap { person in
            [person[0], person[1], person[3], person[5], String(person[0].filter { $0 != " " }),
             person[3].filter(\.isNumber), person[2].filter(\.isNumber), person[4].filter(\.isNumber)]
        }
    }

    /// A store holding the made-up case, and a way to write record files beside it.
    struct Case {
        let folder: StoreCommandTests.Folder

        init() throws {
            folder = try StoreCommandTests.Folder()
            let added = try folder.run(["add", "case.lineage", LineageBinary.fixtures.appendingPathComponent("records/case.xml").path])
            #expect(added.status == 0, "\(added.standardOutput)\(added.standardError)")
        }

        /// Writes the people as a record file with the English header.
        func write(_ name: String, _ people: [Int]) throws -> String {
            try write(name, header + people.map { RecordCommandTests.people[$0]!.joined(separator: ",") + "\n" }.joined())
        }

        func write(_ name: String, _ text: String) throws -> String {
            try text.write(to: folder.url.appendingPathComponent(name), atomically: true, encoding: .utf8)
            return name
        }

        func run(_ arguments: [String]) throws -> LineageBinary.Outcome { try folder.run(arguments) }

        /// Runs a command that must succeed and print nothing personal.
        func succeed(_ arguments: [String]) throws -> LineageBinary.Outcome {
            let outcome = try run(arguments)
            #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
            expectNothingPersonal(in: outcome.standardOutput + outcome.standardError)
            return outcome
        }

        /// The store's bytes, its write-ahead log's included.
        var storeBytes: Data {
            get throws {
                var bytes = try Data(contentsOf: URL(fileURLWithPath: folder.store))
                if let log = try? Data(contentsOf: URL(fileURLWithPath: folder.store + "-wal")) { bytes += log }
                return bytes
            }
        }
    }

    static func expectNothingPersonal(in text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for value in personalValues {
            #expect(!text.contains(value), "printed \(value)", sourceLocation: sourceLocation)
        }
    }

    /// The list as a broker would send it: Japanese headers in another order, other notations for 1 and 4.
    static let recoveredList = """
        電話番号,氏名,フリガナ,生年月日,郵便番号,住所
        (03)5000-0001,青山　一郎,ｱｵﾔﾏ ｲﾁﾛｳ,平成17年4月12日,〒1000001,千代田区千代田1-1-1
        03-5000-0003,上野 三子,ウエノ ミツコ,2007-06-14,100-0003,東京都千代田区千代田1丁目1番3号
        ０３－５０００－０００４,江口四郎,えぐち しろう,2008/7/15,100-0004,千代田区千代田一丁目1番4号
        03-5000-0006,加藤 六子,カトウ ムツコ,2010-09-17,100-0006,東京都千代田区千代田1丁目1番6号
        03-5000-0004,江口 七子,エグチ ナナコ,2010-01-01,100-0004,東京都千代田区千代田1丁目1番4号

        """
    static let listColumns =
        "phone=電話番号,name-kanji=氏名,name-kana=フリガナ,birth-date=生年月日,postal-code=郵便番号,address=住所"

    /// Registers batch A (1, 2, 3), B (3, 4) and C (5).
    static func registered() throws -> Case {
        let test = try Case()
        for (dataset, people) in [("batch-a", [1, 2, 3]), ("batch-b", [3, 4]), ("batch-c", [5])] {
            let file = try test.write("\(dataset).csv", people)
            let outcome = try test.succeed(["fingerprint", "case.lineage", file, "--dataset", dataset])
            #expect(outcome.standardOutput.contains("registered \(file) as the records of \(dataset)"))
        }
        return test
    }

    @Test func attributesARecoveredListAndSaysWhichRowsPinIt() throws {
        let test = try Self.registered()
        let list = try test.write("found.csv", Self.recoveredList)
        let text = try test.succeed(["match", "case.lineage", list, "--columns", Self.listColumns, "--min-unique", "1"])
        #expect(text.standardOutput.contains("found.csv: 5 rows, compared on kana-birth, name-birth, address-kana, phone"))
        #expect(text.standardOutput.contains("batch-a (Batch A): origin\n  same person 2 rows (40.0% of the list); only in this dataset 1\n"))
        #expect(text.standardOutput.contains("batch-b (Batch B): origin\n  same person 2 rows (40.0% of the list); only in this dataset 1\n"
                + "  unconfirmed: name and birth date only 0; phone only 1\n"))
        #expect(text.standardOutput.contains("batch-c (Batch C): none"))
        #expect(text.standardOutput.contains("1 row (20.0%) match no registered record; 1 match only on name and birth date or on a phone"))
        #expect(text.standardOutput.contains("Conclusion: The list draws on batch-a (1 row found only there), batch-b (1 row found only there)."))

        let json = try test.succeed(["match", "case.lineage", list, "--columns", Self.listColumns, "--min-unique", "1", "--json"])
        let object = try #require(try JSONValue(json: json.standardOutput).object)
        #expect(object["origins"]?.strings == ["batch-a", "batch-b"])
        #expect(object["unmatchedRows"]?.int == 1)
        let datasets = try #require(object["datasets"]?.array)
        #expect(datasets.map { $0["uniqueRows"]?.int } == [1, 1, 0])

        let strict = try test.succeed(["match", "case.lineage", list, "--columns", Self.listColumns])
        #expect(strict.standardOutput.contains("the list is not attributed"), "10 unique rows by default")
    }

    @Test func reportsASeedHitFirst() throws {
        let test = try Self.registered()
        let seeds = try test.write("seeds-c.csv", [90])
        let seeded = try test.succeed(["seed", "case.lineage", seeds, "--dataset", "batch-c"])
        #expect(seeded.standardOutput.contains("as the seed records planted in batch-c"))
        let list = try test.write("rental.csv", [5, 90, 1])
        let outcome = try test.succeed(["match", "case.lineage", list])
        #expect(outcome.standardOutput.contains("batch-c (Batch C): seed-found\n  SEED RECORDS: 1 row of the list are decoys"))
        let firstDataset = outcome.standardOutput.split(separator: "\n").first { $0.hasPrefix("batch-") }
        #expect(firstDataset?.hasPrefix("batch-c") == true)
        #expect(outcome.standardOutput.contains("Conclusion: 1 row of the list is a decoy planted in batch-c"))
    }

    @Test func recordsTheResultAsEvidenceThatQueriesFollow() throws {
        let test = try Self.registered()
        let list = try test.write("found.csv", Self.recoveredList)
        let usage = try test.run(["match", "case.lineage", list, "--record", "--columns", Self.listColumns])
        #expect(usage.status == 64 && usage.standardError.contains("--record needs --dataset"))
        _ = try test.succeed([
            "match", "case.lineage", list, "--columns", Self.listColumns, "--min-unique", "1",
            "--record", "--dataset", "list-found", "--made-by", "dealer", "--source-id", "match-1", "--by", "tester",
        ])
        let trace = try test.succeed(["trace", "list-found", "case.lineage"])
        #expect(
            trace.standardOutput.contains(
                "dealer [unidentified] makes list-found from batch-a + batch-b: derivation 'match-1-derivation'"))
        let log = try test.succeed(["log", "case.lineage"])
        #expect(log.standardOutput.contains("lineage match"))
        let exported = try test.succeed(["export", "case.lineage"])
        #expect(exported.standardOutput.contains("<source id=\"match-1\" title=\"Record match of found.csv"))
        #expect(exported.standardOutput.contains("sha256:"))
    }

    @Test func looksUpOnePersonAndWhoReceivedThem() throws {
        let test = try Self.registered()
        let found = try test.succeed(["lookup", "case.lineage", "--name-kana", "あおやま いちろう", "--birth-date", "H17.4.12"])
        #expect(found.standardOutput.hasPrefix("Held in 1 registered dataset (looked up on kana-birth):\n  batch-a: this person, on kana-birth\n"))
        #expect(found.standardOutput.contains("broker (Broker): earliest 2014-05-01"))
        let sibling = try test.succeed(["lookup", "case.lineage", "--phone", "0350000004", "--json"])
        let object = try #require(try JSONValue(json: sibling.standardOutput).object)
        let datasets = try #require(object["datasets"]?.array)
        #expect(datasets.map { $0["holds"]?.string } == ["household"])
        let nobody = try test.succeed(["lookup", "case.lineage", "--phone", "03-5000-0099"])
        #expect(nobody.standardOutput == "No registered dataset holds this person (looked up on phone).\n")
        let bad = try test.run(["lookup", "case.lineage", "--name-kana", "アオヤマ", "--birth-date", "2005-02-30"])
        #expect(bad.status == 64 && bad.standardError.contains("--birth-date is not a usable birth-date"))
        #expect(!bad.standardError.contains("2005-02-30") && !bad.standardError.contains("アオヤマ"))
    }

    @Test func keepsNoPersonalDataInTheStore() throws {
        let test = try Self.registered()
        _ = try test.succeed(["seed", "case.lineage", try test.write("seeds.csv", [90]), "--dataset", "batch-a"])
        _ = try test.succeed([
            "match", "case.lineage", try test.write("found.csv", Self.recoveredList), "--columns", Self.listColumns,
            "--min-unique", "1", "--record", "--dataset", "list-found", "--made-by", "dealer",
        ])
        let bytes = try test.storeBytes
        for value in Self.personalValues {
            #expect(bytes.range(of: Data(value.utf8)) == nil, "the store holds \(value)")
        }
        let listed = try test.succeed(["records", "case.lineage"])
        let lines = listed.standardOutput.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.first?.hasPrefix("1  batch-a  records  batch-a.csv  3 rows  address-kana 3 · kana-birth 3") == true)
        #expect(lines.last?.hasPrefix("4  batch-a  seeds  seeds.csv  1 row") == true)
        let verified = try test.succeed(["verify", "case.lineage"])
        #expect(verified.standardOutput.contains("4 record files' fingerprints intact"))
    }

    @Test func refusesBadInputWithThePlaceAndNothingPersonal() throws {
        let test = try Case()
        let unregistered = try test.run(["match", "case.lineage", try test.write("a.csv", [1])])
        #expect(unregistered.status == 1 && unregistered.standardError.contains("no records are registered"))
        let ragged = try test.write("ragged.csv", Self.header + Self.people[1]!.joined(separator: ",") + "\n青山 一郎,03-5000-0001\n")
        let outcome = try test.run(["fingerprint", "case.lineage", ragged, "--dataset", "batch-a"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "error: ragged.csv:3: 2 fields, but the header has 7\n")
        let missing = try test.run(["fingerprint", "case.lineage", "missing.csv", "--dataset", "batch-a"])
        #expect(missing.status == 66 && missing.standardError == "error: missing.csv: no such file\n")
        let unknown = try test.run(["fingerprint", "case.lineage", try test.write("a.csv", [1]), "--dataset", "no-such"])
        #expect(unknown.status == 64 && unknown.standardError.contains("the case has no dataset no-such"))
        let typo = try test.run(["fingerprint", "case.lineage", "a.csv", "--dataset", "batch-aa"])
        #expect(
            typo.status == 64
                && typo.standardError
                    == "error: case.lineage: the case has no dataset batch-aa (did you mean 'batch-a'?) (add it first "
                    + "with lineage add)\n")
        _ = try test.succeed(["fingerprint", "case.lineage", "a.csv", "--dataset", "batch-a"])
        let twice = try test.run(["fingerprint", "case.lineage", "a.csv", "--dataset", "batch-a"])
        #expect(twice.status == 1 && twice.standardError.contains("was already registered"))
        let noKey = try test.run(["fingerprint", "case.lineage", "a.csv", "--dataset", "batch-b", "--columns", "gender=7"])
        #expect(noKey.status == 64 && noKey.standardError.contains("give no match key"))
        let columns = try test.run(["fingerprint", "case.lineage", "a.csv", "--dataset", "batch-b", "--columns", "colour=2"])
        #expect(columns.status == 64)
        Self.expectNothingPersonal(in: [outcome, unknown, twice, noKey, columns].map(\.standardError).joined())
    }

    @Test func readsCP932ListsAsTheirUTF8Twins() throws {
        let test = try Case()
        let fixtures = LineageBinary.packageRoot.appendingPathComponent("Tests/LineageRecordsTests/Fixtures")
        let columns = "name-kanji=氏名,name-kana=フリガナ,birth-date=生年月日,phone=電話番号,postal-code=郵便番号,address=住所"
        _ = try test.succeed([
            "fingerprint", "case.lineage", fixtures.appendingPathComponent("cp932.csv").path, "--dataset", "batch-a",
            "--encoding", "cp932", "--columns", columns,
        ])
        let match = try test.succeed([
            "match", "case.lineage", fixtures.appendingPathComponent("cp932-utf8.csv").path, "--columns", columns, "--json",
        ])
        let object = try #require(try JSONValue(json: match.standardOutput).object)
        let list = try #require(object["list"]?.object)
        #expect(object["unmatchedRows"]?.int == 0 && (list["rows"]?.int ?? 0) > 0)
    }
}
