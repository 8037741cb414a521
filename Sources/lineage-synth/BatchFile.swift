import ArgumentParser
import LineageSynthetic

extension LineageSynth {
    /// `lineage-synth batch`: writes one batch, as the engineer's copies in the Benesse case were, for
    /// `lineage fingerprint`.
    struct BatchFile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "batch",
            abstract:
                "Write a batch: the persons of a range of extract positions, with seed records planted among them.",
            discussion: """
                Writes UTF-8 CSV with the header name-kanji,name-kana,birth-date,phone,postal-code,address,gender \
                and one row per person of positions LOW..<HIGH, in extract order. With --seeds N, seed records 1 \
                to N (decoys unlike anyone in the population: rare family names, phones under 050) are planted at \
                places drawn from the seed; they depend only on --seed, the range and their number. With \
                --seed-file they are also written there, same header, seed record k on data row k.
                Example: lineage-synth batch --seed 7 --range 0:3000000 --seeds 20 --seed-file seeds-a.csv \
                -o batch-a.csv
                """
        )

        @OptionGroup var population: PopulationOptions

        @Option(help: ArgumentHelp("The extract positions of the batch, upper bound excluded.", valueName: "low:high"))
        var range: PositionRange

        @Option(help: ArgumentHelp("How many seed records to plant in the batch.", valueName: "n"))
        var seeds = 0

        @Option(help: ArgumentHelp("Where to write the seed records too.", valueName: "path"))
        var seedFile: String?

        @Option(
            name: [.short, .long],
            help: ArgumentHelp("Where to write the batch (default: standard output).", valueName: "path"))
        var output: String?

        func validate() throws {
            guard seeds >= 0 else { throw ValidationError("--seeds must be a number of seed records from 0.") }
            if seedFile != nil && seeds == 0 { throw ValidationError("--seed-file needs --seeds N with N above 0.") }
            if let seedFile, seedFile == output ?? "-" {
                throw ValidationError("The batch and its seed records cannot both go to the same place.")
            }
        }

        func run() throws {
            let batch = Batch(of: population.population, positions: range.positions, seedCount: seeds)
            if let seedFile {
                var bytes: [UInt8] = []
                RowEncoder.csv.appendRow(Columns.batch.map(\.header), to: &bytes)
                for seed in batch.seedRecords { RowEncoder.csv.append(seed, as: Columns.batch, to: &bytes) }
                let file = try OutputFile(seedFile)
                try file.write(bytes)
                try file.close()
            }
            let file = try OutputFile(output)
            var header: [UInt8] = []
            RowEncoder.csv.appendRow(Columns.batch.map(\.header), to: &header)
            try file.write(header)
            var progress = Progress(output ?? "batch", total: batch.count)
            try ParallelRendering.run(
                count: batch.count,
                render: { rows in
                    var bytes: [UInt8] = []
                    bytes.reserveCapacity(rows.count * 160)
                    for row in rows { RowEncoder.csv.append(batch[row], as: Columns.batch, to: &bytes) }
                    return [bytes]
                },
                write: { chunk throws(OutputError) in try file.write(chunk[0]) },
                progress: { progress.update(done: $0) })
            try file.close()
        }
    }
}
