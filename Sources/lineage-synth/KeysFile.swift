import ArgumentParser
import LineageRecords

/// `lineage-synth keys`: a record file's match keys as normalised text, for benchmarking `lineage match` against
/// a database engine that joins the same keys (Benchmarks/records.sh). For made-up records only: its output is
/// the personal data that lineage itself never writes anywhere.
struct KeysFile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Write a synthetic record file's normalised match keys as TSV, for benchmark comparisons.",
        discussion: """
            Reads the file as lineage reads it (same reader, same normaliser) and writes one line per row: the \
            row number from 1, then kana-birth, name-birth, address-kana and phone, each the key's normalised \
            fields joined by |, or empty where the row has no such key. The header names the columns. Never \
            run it on real records: it writes out exactly what lineage keeps out of every file.
            """
    )

    @Argument(help: "The record file (CSV or TSV with a header row).")
    var records: String

    @Option(help: "Which column holds which field, as lineage --columns (default: headers named as the fields).")
    var columns: String?

    @Option(name: [.short, .customLong("output")], help: "Where to write (default: standard output).")
    var output: String?

    func run() throws {
        let selection = try columns.map { text in try ColumnSelection(parsing: text, naming: "--columns") }
            ?? ColumnSelection.byHeaderNames.named("--columns")
        let reader = try RecordFileReader(path: records, columns: selection)
        let file = try OutputFile(output)
        try file.write(Array(("row\t" + MatchKey.all.map(\.name).joined(separator: "\t") + "\n").utf8))
        var rows = 0
        while let block = try reader.nextBlock() {
            let workers = 2
            var parts = [[UInt8]](repeating: [], count: workers)
            let first = rows
            DisjointSlots.update(&parts) { worker, part in
                let range = block.count * worker / workers..<block.count * (worker + 1) / workers
                part = Self.lines(block, range, firstRow: first)
            }
            for worker in 0..<workers { try file.write(parts[worker]) }
            rows += block.count
        }
        try file.close()
    }

    private static func lines(_ block: RecordBlock, _ range: Range<Int>, firstRow: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var row = NormalisedRow()
        for index in range {
            block.normalise(row: index, into: &row)
            bytes += Array(String(firstRow + index + 1).utf8)
            for key in MatchKey.all {
                bytes.append(0x09)
                let values = key.fields.map { row.value($0) }
                guard values.allSatisfy({ $0 != nil }) else { continue }
                for (position, value) in values.enumerated() {
                    if position > 0 { bytes.append(UInt8(ascii: "|")) }
                    bytes += value!
                }
            }
            bytes.append(0x0A)
        }
        return bytes
    }
}
