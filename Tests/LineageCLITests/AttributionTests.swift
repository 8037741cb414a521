import Foundation
import Testing
import LineageTestSupport

/// The acceptance case for record-level attribution: a list drawn from two of three overlapping batches, with
/// strangers, typos, moves and every presentation variant, is attributed to exactly those two, with the unique-row
/// counts its truth file predicts. Records are made up by `lineage-synth`.
@Suite("Attributing a synthetic list")
struct AttributionTests {
    /// The batches, as extract positions: A and B overlap by 500 people; C is apart.
    static let batches = [("batch-a", "0:3000"), ("batch-b", "2500:5500"), ("batch-c", "8000:10000")]

    /// Runs `lineage-synth` beside the `lineage` under test.
    static func synth(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = LineageBinary.url.deletingLastPathComponent().appendingPathComponent("lineage-synth")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "lineage-synth \(arguments)")
    }

    /// The truth file's rows: the batches holding each row's person (empty for a stranger).
    static func truth(_ path: URL) throws -> [[String]] {
        try String(contentsOf: path, encoding: .utf8).split(separator: "\n").dropFirst().map { line in
            let batches = line.split(separator: "\t", omittingEmptySubsequences: false)[2]
            return batches == "-" ? [] : batches.split(separator: ",").map(String.init)
        }
    }

    @Test func findsExactlyTheTwoBatchesAListWasDrawnFrom() throws {
        let test = try RecordCommandTests.Case()
        let folder = test.folder.url
        for (dataset, range) in Self.batches {
            try Self.synth(["batch", "--seed", "11", "--range", range, "-o", "\(dataset).csv"], in: folder)
            _ = try test.succeed(["fingerprint", "case.lineage", "\(dataset).csv", "--dataset", dataset])
        }
        try Self.synth(
            [
                "list", "--seed", "11", "--from", "0:3000=0.5", "--from", "2500:5500=0.5", "--rows", "2400",
                "--batch", "0:3000", "--batch", "2500:5500", "--batch", "8000:10000", "--strangers", "0.05",
                "--variants", "0.4", "--typos", "0.05", "--moved", "0.05", "-o", "list.csv", "--truth", "truth.tsv",
            ], in: folder)
        let truth = try Self.truth(folder.appendingPathComponent("truth.tsv"))
        let columns =
            "phone=電話番号,name-kanji=氏名,name-kana=フリガナ,birth-date=生年月日,postal-code=郵便番号,address=住所"
        let outcome = try test.succeed(["match", "case.lineage", "list.csv", "--columns", columns, "--json"])
        let object = try #require(try JSONValue(json: outcome.standardOutput).object)
        #expect((object["origins"]?.strings).map(Set.init) == ["batch-a", "batch-b"], "most unique rows first")
        let datasets = try #require(object["datasets"]?.array)
        func figures(_ dataset: String) -> (matched: Int?, unique: Int?, conclusion: String?) {
            let entry = datasets.first { $0["dataset"]?.string == dataset }
            return (entry?["rowsMatched"]?.int, entry?["uniqueRows"]?.int, entry?["conclusion"]?.string)
        }
        for (dataset, range) in Self.batches.prefix(2) {
            let expectedUnique = truth.filter { $0 == [range] }.count
            let expectedMatched = truth.filter { $0.contains(range) }.count
            #expect(expectedUnique > 900, "the list draws on \(dataset) alone for many rows")
            #expect(figures(dataset).unique == expectedUnique, "\(dataset)")
            #expect(figures(dataset).matched == expectedMatched, "\(dataset)")
        }
        #expect(figures("batch-c").matched == 0 && figures("batch-c").conclusion == "none")
        #expect(object["unmatchedRows"]?.int == truth.filter(\.isEmpty).count)
    }

    @Test func findsSeedsPlantedInTheBatchAListCameFrom() throws {
        let test = try RecordCommandTests.Case()
        let folder = test.folder.url
        try Self.synth(
            ["batch", "--seed", "5", "--range", "0:1000", "--seeds", "4", "--seed-file", "seeds.csv", "-o", "a.csv"],
            in: folder)
        try Self.synth(["batch", "--seed", "5", "--range", "600:1600", "-o", "b.csv"], in: folder)
        _ = try test.succeed(["fingerprint", "case.lineage", "a.csv", "--dataset", "batch-a"])
        _ = try test.succeed(["fingerprint", "case.lineage", "b.csv", "--dataset", "batch-b"])
        _ = try test.succeed(["seed", "case.lineage", "seeds.csv", "--dataset", "batch-a"])
        try Self.synth(
            [
                "list", "--seed", "5", "--from", "600:1000=1", "--rows", "200", "--seeds", "4",
                "--include-seeds", "0:1000", "-o", "list.csv",
            ], in: folder)
        let columns = "phone=電話番号,name-kanji=氏名,name-kana=フリガナ,birth-date=生年月日,postal-code=郵便番号,address=住所"
        let outcome = try test.succeed(["match", "case.lineage", "list.csv", "--columns", columns])
        // Every drawn row is in both batches; only the seeds tell them apart.
        #expect(outcome.standardOutput.contains("batch-a (Batch A): seed-found\n  SEED RECORDS: 4 rows of the list are decoys planted in it"))
        #expect(outcome.standardOutput.contains("batch-b (Batch B): overlap-only"))
        #expect(outcome.standardOutput.contains("Conclusion: 4 rows of the list are decoys planted in batch-a"))
    }
}
