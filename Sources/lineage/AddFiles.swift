import ArgumentParser
import LineageAnswers
import LineageCore
import LineageStore
import LineageXML

extension Lineage.Add {
    /// `lineage add <case> <evidence>...`: adds evidence files, each as one entry, all or nothing.
    struct Files: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add evidence files (the default): each file one entry, added whole or not at all.",
            discussion: """
                Each file is checked like lineage check, against everything the store already holds: its ids \
                must be new, and its references may point into the store. A file with an error adds nothing and \
                its errors are printed; files that only refer to items in files not added yet are tried again \
                after those. Ends with a one-line summary. Exit status: 0 when every file was added, 1 when one \
                was rejected, 64 bad usage (the store named after the files), 66 the store or a file cannot be read. \
                Case tables (docs/tables.md: a folder holding sources.csv, parties.csv, ..., or .csv files) are \
                added together as one entry, all or nothing.
                """
        )

        @Argument(
            help: ArgumentHelp("The case store (created by lineage init).", valueName: "case"),
            completion: .file(extensions: ["lineage"]))
        var store: String

        @Argument(
            help: "Evidence files, or folders (their *.xml files); or case tables (a folder of them, or .csv files).",
            completion: .file())
        var evidence: [String] = []

        @Flag(name: .shortAndLong, help: "Add the *.xml files of folders' subfolders too.")
        var recursive = false

        @OptionGroup var recorder: RecorderOption

        @Option(help: "Refuse any evidence file larger than this many bytes.")
        var maxFileSize: Int = CaseLoader.defaultMaximumFileSize

        func validate() throws {
            guard !evidence.isEmpty else {
                throw ValidationError(
                    "Name at least one evidence file or directory, or a kind of item: "
                        + "\(Lineage.Add.kinds.joined(separator: ", ")).")
            }
            guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be a positive number of bytes.") }
        }

        func run() throws {
            try ArgumentOrder.checkStoreFirst(store: store, others: evidence)
            let tables = evidence.filter(TableFiles.names)
            if !tables.isEmpty {
                let (diagnostics, added) = try TableFiles.add(tables, to: store, by: recorder.name)
                for diagnostic in diagnostics where diagnostic.severity == .error { print(diagnostic) }
                guard let added else {
                    print("added no tables: \(tables.joined(separator: " ")) rejected")
                    throw ExitCode.failure
                }
                print("added tables \(tables.joined(separator: " ")): \(added.sources) sources, \(added.parties) parties, \(added.datasets) datasets, \(added.claims) claims")
                if tables.count == evidence.count { return }
            }
            let (files, listing) = CaseLoader.files(in: evidence.filter { !TableFiles.names($0) }, recursive: recursive)
            var adder = StoreAdder(
                store: try CaseStore(opening: store),
                loader: CaseLoader(
                    schema: try EvidenceSchema(), maximumFileSize: maxFileSize,
                    advice: EvidenceOptions.advice), recorder: recorder.name,
                emit: { print($0) })
            adder.progress = { ProgressReporter() }
            for diagnostic in listing {
                if diagnostic.severity == .error { adder.refuse(diagnostic) } else { print(diagnostic) }
            }
            try adder.add(files: files)
            print(adder.summary)
            if listing.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.unreadable) }
            if adder.rejectedFiles > 0 { throw ExitCode.failure }
        }
    }
}
