import LineageRecords
import Testing

@Suite("Attributing a recovered list")
struct AttributorTests {
    private static let header = "name-kanji,name-kana,birth-date,phone,postal-code,address\n"
    /// Made-up people; 4 and 7 are siblings (same phone, postal code and address); 8 is 1's namesake, born the
    /// same day, living elsewhere.
    private static let people: [Int: String] = [
        1: "青山 一郎,アオヤマ イチロウ,2005-04-12,03-5000-0001,100-0001,千代田区千代田1-1-1",
        2: "石川 二郎,イシカワ ジロウ,2006-05-13,03-5000-0002,100-0002,千代田区千代田1-1-2",
        3: "上野 三郎,ウエノ サブロウ,2007-06-14,03-5000-0003,100-0003,千代田区千代田1-1-3",
        4: "江口 四郎,エグチ シロウ,2008-07-15,03-5000-0004,100-0004,千代田区千代田1-1-4",
        5: "岡田 五郎,オカダ ゴロウ,2009-08-16,03-5000-0005,100-0005,千代田区千代田1-1-5",
        6: "加藤 六郎,カトウ ロクロウ,2010-09-17,03-5000-0006,100-0006,千代田区千代田1-1-6",
        7: "江口 七子,エグチ ナナコ,2010-01-01,03-5000-0004,100-0004,千代田区千代田1-1-4",
        8: "青山 一郎,アオヤマ イチロウ,2005-04-12,06-6000-0008,530-0008,大阪市北区梅田8-8-8",
        90: "架空 種子,カクウ タネコ,2001-02-03,03-5999-9999,100-0099,千代田区千代田9-9-9",
    ]

    private static func file(_ people: [Int]) throws -> String {
        try RecordFiles.write(header + people.map { Self.people[$0]! + "\n" }.joined())
    }

    private let secret = [UInt8](repeating: 42, count: 32)

    private func registration(_ people: [Int]) throws -> RecordFingerprinting.Registration {
        let reader = try RecordFileReader(path: try Self.file(people), columns: .byHeaderNames)
        return try RecordFingerprinting.registration(of: reader, with: Fingerprinter(secret: secret))
    }

    /// Matches a list of people (person 1 written the other way lists write it) against batches and seeds.
    private func attribute(
        list: [Int], batches: [(String, [Int])], seeds: [(String, [Int])] = [], minimumUniqueRows: Int = 1
    ) throws -> Attribution {
        var text = Self.header
        for person in list {
            text += person == 1
                ? "青山　一郎,ｱｵﾔﾏ ｲﾁﾛｳ,平成17年4月12日,(03)5000-0001,〒1000001,東京都千代田区千代田一丁目1番1号\n"
                : Self.people[person]! + "\n"
        }
        let reader = try RecordFileReader(path: try RecordFiles.write(text), columns: .byHeaderNames)
        let listPrints = try RecordFingerprinting.list(reader, with: Fingerprinter(secret: secret))
        var files: [(RegisteredRecords, RecordFingerprinting.Registration)] = []
        for (index, (dataset, people)) in (batches + seeds).enumerated() {
            let file = RegisteredRecords(file: Int64(index), dataset: dataset, isSeeds: index >= batches.count)
            files.append((file, try registration(people)))
        }
        var attributor = Attributor(list: listPrints, registered: files.map(\.0))
        for (file, registration) in files {
            for key in registration.keys {
                // One fingerprint a chunk: the merge must carry its place in the list across chunks.
                attributor.compare(file, key: key) { body in
                    for value in registration.fingerprints[key.name]! { [value].withUnsafeBufferPointer(body) }
                }
            }
        }
        return attributor.attribution(minimumUniqueRows: minimumUniqueRows)
    }

    private func result(_ attribution: Attribution, _ dataset: String) throws -> Attribution.DatasetResult {
        try #require(attribution.results.first { $0.dataset == dataset })
    }

    @Test func countsMatchedUniqueAndHouseholdOnlyRowsPerDataset() throws {
        let attribution = try attribute(
            list: [1, 3, 4, 6, 7], batches: [("a", [1, 2, 3]), ("b", [3, 4]), ("c", [5])])
        #expect(attribution.list.rows == 5)
        let a = try result(attribution, "a")
        #expect((a.rowsMatched, a.uniqueRows, a.householdOnlyRows) == (2, 1, 0))
        #expect(a.rowsByKey == ["kana-birth": 2, "name-birth": 2, "address-kana": 2, "phone": 2])
        #expect(a.conclusion == .origin && a.containment == 0.4)
        let b = try result(attribution, "b")
        #expect((b.rowsMatched, b.uniqueRows, b.householdOnlyRows) == (2, 1, 1), "7 shares 4's phone")
        #expect(b.nameAndBirthDateOnlyRows == 0)
        #expect(b.conclusion == .origin)
        #expect(try result(attribution, "c").conclusion == .none)
        #expect(attribution.unmatchedRows == 1 && attribution.unconfirmedRows == 1)
        #expect(attribution.origins.map(\.dataset) == ["a", "b"])
    }

    @Test func callsADatasetWhoseRowsAreAllElsewhereConsistentNotShown() throws {
        let attribution = try attribute(list: [1, 2, 3], batches: [("a", [1, 2, 3]), ("b", [2, 3])])
        #expect(try result(attribution, "a").conclusion == .origin)
        let b = try result(attribution, "b")
        #expect(b.conclusion == .overlapOnly && b.rowsMatched == 2 && b.uniqueRows == 0)
    }

    @Test func needsTheMinimumOfUniqueRowsForAnOrigin() throws {
        let attribution = try attribute(
            list: [1, 2, 3], batches: [("a", [1, 2]), ("b", [3])], minimumUniqueRows: 2)
        #expect(try result(attribution, "a").conclusion == .origin)
        #expect(try result(attribution, "b").conclusion == .overlapOnly)
    }

    @Test func putsASeedHitFirst() throws {
        let attribution = try attribute(
            list: [1, 2, 4, 90], batches: [("a", [1, 2]), ("b", [4])], seeds: [("b", [90])])
        #expect(attribution.results.first?.dataset == "b")
        #expect(attribution.results.first?.conclusion == .seedFound)
        #expect(attribution.results.first?.seedRows == 1)
        #expect(attribution.seedRows == 1 && attribution.unmatchedRows == 0)
    }

    @Test func countsARowOnceWhenTwoFilesOfADatasetHoldIt() throws {
        let attribution = try attribute(list: [1, 2], batches: [("a", [1, 2]), ("a", [2])])
        let a = try result(attribution, "a")
        #expect(a.rowsMatched == 2 && a.uniqueRows == 2)
        #expect(attribution.results.count == 1)
    }

    @Test func doesNotTakeANamesakeBornTheSameDayForThePerson() throws {
        let attribution = try attribute(list: [1, 2], batches: [("a", [1, 2]), ("c", [8])])
        let a = try result(attribution, "a")
        #expect((a.rowsMatched, a.uniqueRows) == (2, 2))
        let c = try result(attribution, "c")
        #expect((c.rowsMatched, c.nameAndBirthDateOnlyRows, c.conclusion) == (0, 1, .unconfirmed))
    }

    @Test func takesNameAndBirthDateAloneWhenTheListHasNothingToCorroborateThem() throws {
        var text = "name-kana,birth-date\n"
        for person in [1, 2] { text += Self.people[person]!.split(separator: ",")[1...2].joined(separator: ",") + "\n" }
        let reader = try RecordFileReader(path: try RecordFiles.write(text), columns: .byHeaderNames)
        let list = try RecordFingerprinting.list(reader, with: Fingerprinter(secret: secret))
        let registration = try registration([1, 2])
        let file = RegisteredRecords(file: 1, dataset: "a", isSeeds: false)
        var attributor = Attributor(list: list, registered: [file])
        attributor.compare(file, key: .readingAndBirthDate) { body in
            registration.fingerprints["kana-birth"]!.withUnsafeBufferPointer(body)
        }
        let a = try result(attributor.attribution(minimumUniqueRows: 1), "a")
        #expect((a.rowsMatched, a.conclusion) == (2, .origin))
    }

    @Test func registersEachKeysFingerprintsSortedOnce() throws {
        let registration = try registration([1, 2, 3, 3, 4, 7])
        #expect(registration.summary.rows == 6)
        for key in MatchKey.all {
            let values = try #require(registration.fingerprints[key.name])
            #expect(values == Array(Set(values)).sorted())
            #expect(values.count == (key == .phone ? 4 : 5), "\(key): person 3 twice; 4 and 7 share a phone")
        }
    }
}
