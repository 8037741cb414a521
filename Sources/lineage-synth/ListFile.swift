import ArgumentParser
import LineageSynthetic

extension LineageSynth {
    /// `lineage-synth list`: writes a recovered list and its truth, for scoring `lineage match`.
    struct ListFile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Write a recovered list drawn from batches, with seeds, strangers and noise, and its truth.",
            discussion: """
                Writes UTF-8 CSV with the header 電話番号,氏名,フリガナ,郵便番号,住所,生年月日,性別, rows shuffled. \
                Of --rows rows: every seed record 1 to --seeds of each --include-seeds batch; round(--strangers × \
                rows) strangers (made-up people in no batch, phones under 070); and the rest drawn from the --from \
                sources in proportion to their shares, each without replacement and never a person an earlier \
                source took. Then each row independently gets, with its rate: presentation variants (--variants: \
                one to three of full width, half-width or hiragana reading, name spacing, phone style, postal style, \
                1-2-3 blocks, no prefecture; a normaliser cancels them), a typo (--typos: one kana of the reading \
                replaced, kanji name intact; breaks the reading keys) or a move (--moved: new postal code and \
                address, phone and names intact; breaks the address key).
                The truth (--truth) is TSV with the header row, person, batches, noise: the data row number from 1; \
                the population index, seed:LOW:HIGH:N for seed record N of that batch, or -1 for a stranger; the \
                batches (--batch ranges, else the --from ranges) holding that person, comma-separated, or -; the \
                noise kinds applied, comma-separated, or -.
                Example: lineage-synth list --seed 7 --from 0:3000000=0.6 --from 2500000:5500000=0.4 \
                --rows 1000000 --strangers 0.05 --variants 0.3 --typos 0.02 --moved 0.03 --seeds 20 \
                --include-seeds 0:3000000 -o list.csv --truth truth.tsv
                """
        )

        @OptionGroup var population: PopulationOptions

        @Option(
            name: .customLong("from"),
            help: ArgumentHelp(
                "A range of extract positions to draw from, and its share of the drawn rows (repeatable).",
                valueName: "low:high=share"))
        var sources: [SourceArgument] = []

        @Option(
            name: .customLong("batch"),
            help: ArgumentHelp(
                "A batch whose membership the truth reports (repeatable; default: the --from ranges).",
                valueName: "low:high"))
        var batches: [PositionRange] = []

        @Option(help: ArgumentHelp("How many data rows the list has.", valueName: "n"))
        var rows: Int

        @Option(help: ArgumentHelp("The share of rows that are strangers, from 0 to 1.", valueName: "share"))
        var strangers = 0.0

        @Option(help: ArgumentHelp("The share of rows written with presentation variants.", valueName: "share"))
        var variants = 0.0

        @Option(help: ArgumentHelp("The share of rows with a typo in the reading.", valueName: "share"))
        var typos = 0.0

        @Option(help: ArgumentHelp("The share of rows with a new address.", valueName: "share"))
        var moved = 0.0

        @Option(
            help: ArgumentHelp(
                "How many seed records each --include-seeds batch holds, as given to `batch --seeds`.", valueName: "n"))
        var seeds = 0

        @Option(
            help: ArgumentHelp(
                "A batch, by its range, whose seed records 1 to --seeds the list includes (repeatable).",
                valueName: "low:high"))
        var includeSeeds: [PositionRange] = []

        @Option(
            name: [.short, .long],
            help: ArgumentHelp("Where to write the list (default: standard output).", valueName: "path"))
        var output: String?

        @Option(help: ArgumentHelp("Where to write the truth, as TSV.", valueName: "path"))
        var truth: String?

        func validate() throws {
            guard rows >= 0 else { throw ValidationError("--rows must be a number of rows from 0.") }
            guard seeds >= 0 else { throw ValidationError("--seeds must be a number of seed records from 0.") }
            if !includeSeeds.isEmpty && seeds == 0 {
                throw ValidationError("--include-seeds needs --seeds N: how many seed records each batch holds.")
            }
            if let truth, truth == output ?? "-" {
                throw ValidationError(
                    "The list and its truth cannot both go to \(truth == "-" ? "standard output" : truth).")
            }
        }

        func run() throws {
            let population = population.population
            let list: RecoveredList
            do {
                list = try RecoveredList(
                    population: population, sources: sources.map(\.source), rowCount: rows, strangerShare: strangers,
                    seedsOf: includeSeeds.map { Batch(of: population, positions: $0.positions, seedCount: seeds) },
                    noise: NoiseRates(variants: variants, typos: typos, moved: moved),
                    batches: batches.map(\.positions))
            } catch {
                // The numbers cannot work together: bad usage, though only drawing the list could tell.
                StandardError.line("Error: \(error.description).")
                throw ExitCode.validationFailure
            }
            let listFile = try OutputFile(output)
            let truthFile = try truth.map { path throws(OutputError) in try OutputFile(path) }
            var header: [UInt8] = []
            RowEncoder.csv.appendRow(Columns.list.map(\.header), to: &header)
            try listFile.write(header)
            header = []
            RowEncoder.tsv.appendRow(TruthColumns.headers, to: &header)
            try truthFile?.write(header)
            let writesTruth = truthFile != nil
            var progress = Progress(output ?? "list", total: list.count)
            try ParallelRendering.run(
                count: list.count,
                render: { items in
                    var rows: [UInt8] = []
                    var truths: [UInt8] = []
                    rows.reserveCapacity(items.count * 160)
                    for item in items {
                        let row = list.row(item + 1)
                        RowEncoder.csv.append(row.person, as: Columns.list, to: &rows)
                        if writesTruth { RowEncoder.tsv.append(row.truth, of: row.number, to: &truths) }
                    }
                    return [rows, truths]
                },
                write: { chunk throws(OutputError) in
                    try listFile.write(chunk[0])
                    try truthFile?.write(chunk[1])
                },
                progress: { progress.update(done: $0) })
            try listFile.close()
            try truthFile?.close()
        }
    }
}
