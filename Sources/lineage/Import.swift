import ArgumentParser
import Foundation
import LineageCore
import LineageFiles
import LineageProv
import LineageStore
import LineageTables
import LineageXML

extension Lineage {
    /// `lineage import`: a W3C PROV document read into evidence.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a W3C PROV document (PROV-XML or PROV-JSON), or case tables, into evidence.",
            discussion: """
                Writes the evidence XML to standard output (or -o), or appends it to a case store with --into. \
                The notation is told from the content. Agents become parties, entities datasets, and activities \
                transfers, derivations or uses where the document says enough (docs/prov.md). Every record, time \
                and attribute that is not mapped is listed on standard error (and in --json), never dropped \
                silently; entities and agents that are named but not declared become placeholders, marked so in \
                their names. Claims the document gives no source for cite a placeholder source, prov-import, \
                graded F6 (cannot be judged). Exit status: 0 when everything was mapped or reported, 1 when the \
                document cannot be read as PROV. A folder or .csv file is read as case tables instead \
                (docs/tables.md): every row checked, errors at file:line:column, all or nothing. \
                \(ExitStatus.help)
                """
        )

        @Argument(help: "The PROV-XML or PROV-JSON document, or a folder (or .csv file) of case tables.", completion: .file())
        var document: String

        @Option(help: ArgumentHelp("Append to this case store instead of writing XML.", valueName: "case"))
        var into: String?

        @Option(name: .shortAndLong, help: "Write the evidence XML to this file instead of standard output.")
        var output: String?

        @Flag(help: "Print the import report as JSON on standard output (the evidence then needs -o or --into).")
        var json = false

        @OptionGroup var recorder: RecorderOption

        func validate() throws {
            if into != nil && output != nil { throw ValidationError("Give either --into or --output, not both.") }
            if json && into == nil && output == nil {
                throw ValidationError("--json prints the report on standard output: give -o or --into for the evidence.")
            }
        }

        func run() throws {
            if TableFiles.names(document) {
                try importTables()
                return
            }
            var report = ImportReport(document: document, format: nil, written: nil, errors: [], notes: [], records: [])
            let (format, provDocument, readingNotes): (ProvFormat, ProvDocument, [String])
            do {
                (format, provDocument, readingNotes) = try read()
            } catch let failure as ReadFailure {
                report.errors = [failure.message]
                if json { try JSONOutput.print(report) }
                StandardError.line(LineText.escaped(failure.message))
                throw ExitCode.failure
            }
            report.format = format.rawValue
            let imported = provDocument.importedCase(name: (document as NSString).lastPathComponent)
            let notes = readingNotes.map { ProvImport.Note(.unmapped, record: nil, $0) } + imported.notes
            report.notes = notes.map(ImportReport.NoteJSON.init)
            report.records = imported.records.map(ImportReport.RecordJSON.init)
            for note in notes { StandardError.line(LineText.escaped("\(document): note: \(note) [prov-\(note.kind.rawValue)]")) }
            try checkAsEvidence(imported.evidence)
            let problems = imported.evidence.check().filter { $0.severity == .error }
            guard problems.isEmpty || into != nil else {
                for problem in problems { StandardError.line("\(problem)") }
                StandardError.line("lineage: the imported case has \(problems.count) error(s); nothing written")
                report.errors = problems.map(\.description)
                if json { try JSONOutput.print(report) }
                throw ExitCode.failure
            }
            if let into {
                try append(imported.evidence, to: into)
            } else {
                let target = try output.map { try Output.file($0, inputs: [document]) }
                try Output.write(to: target) { stream in
                    EvidenceWriter.write(
                        imported.evidence, comment: "imported by lineage from the PROV document \(document)",
                        to: &stream)
                }
            }
            report.written = ImportReport.Written(imported.evidence)
            if json { try JSONOutput.print(report) }
        }

        /// Reads the imported case back as evidence, through the reader and schema `add` and `check` use, so an
        /// import meets exactly their rules (control characters, lengths, language tags, id syntax) and can never
        /// write a file `check` rejects or put into a store what `add` would refuse. Errors are printed, located in
        /// the evidence written for the document, and end the command.
        private func checkAsEvidence(_ evidence: EvidenceCase) throws {
            let scratch = FileManager.default.temporaryDirectory
                .appendingPathComponent("lineage-import-\(UUID().uuidString).xml").path
            try EvidenceWriter.document(evidence).write(toFile: scratch, atomically: false, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            var result = CaseLoader(schema: try EvidenceSchema()).load([scratch])
            let name = "\(document) (as evidence)"
            for index in result.diagnostics.indices where result.diagnostics[index].location?.file == scratch {
                result.diagnostics[index].location?.file = name
            }
            // The file's own rules only: the case-wide ones run below, against the store's content with --into.
            let fileRules: Set<Diagnostic.Code> = [.malformedXML, .schema, .badDate, .badGrade, .inputTooLarge]
            let errors = result.diagnostics.filter { $0.severity == .error && fileRules.contains($0.code) }
            guard !errors.isEmpty else { return }
            for error in errors { StandardError.line("\(error)") }
            StandardError.line("lineage: \(document) gives evidence that lineage check rejects; nothing written")
            throw ExitCode.failure
        }

        /// Tables in: checked whole, written or appended only when they have no error.
        private func importTables() throws {
            if json { throw ValidationError("--json reports on PROV documents; tables report errors as diagnostics.") }
            if let into {
                let (diagnostics, added) = try TableFiles.add([document], to: into, by: recorder.name)
                for diagnostic in diagnostics where diagnostic.severity == .error { StandardError.line("\(diagnostic)") }
                guard let added else {
                    StandardError.line("lineage: \(document) was not added to \(into)")
                    throw ExitCode.failure
                }
                print("added \(document) to \(into): \(added.sources) sources, \(added.parties) parties, \(added.datasets) datasets, \(added.claims) claims")
                return
            }
            let reading = try TableFiles.read([document])
            for diagnostic in reading.diagnostics { StandardError.line("\(diagnostic)") }
            guard reading.errorCount == 0 else {
                StandardError.line("lineage: the tables have \(reading.errorCount) error(s); nothing written")
                throw ExitCode.failure
            }
            let target = try output.map { try Output.file($0, inputs: [document]) }
            try Output.write(to: target) { stream in
                EvidenceWriter.write(
                    reading.evidence, comment: "imported by lineage from the tables \(document)", to: &stream)
            }
        }

        private struct ReadFailure: Error {
            var message: String
        }

        /// The document in the notation its content shows, with the reader's notes.
        private func read() throws -> (ProvFormat, ProvDocument, [String]) {
            guard let data = FileManager.default.contents(atPath: document) else {
                StandardError.line("lineage: cannot read \(document)")
                throw ExitCode(66)
            }
            let bytes = Array(data)
            let format: ProvFormat
            do {
                format = try ProvFormat.detect(bytes)
            } catch {
                throw ReadFailure(message: "\(document):1:1: error: \(error.description) [prov-format]")
            }
            switch format {
            case .json:
                do {
                    let (document, notes) = try ProvJSONReader.read(bytes)
                    return (format, document, notes)
                } catch {
                    throw ReadFailure(
                        message: "\(document):\(error.line):\(error.column): error: \(error.description) [prov-json]")
                }
            case .xml:
                do {
                    let result = try ProvXMLReader.read(path: document, displayPath: document)
                    return (format, result.document, result.notes)
                } catch {
                    throw ReadFailure(message: "\(error)")
                }
            }
        }

        /// Appends the imported case to a store as one entry, checked against the store's content.
        private func append(_ evidence: EvidenceCase, to path: String) throws {
            let store = try CaseStore(opening: path)
            let addition = try store.add(
                origin: "PROV document \(document)", digest: FileDigest.sha256(ofFileAt: document), by: recorder.name
            ) { current in
                var combined = current
                let collisions = combined.merge(evidence)
                return (combined, collisions + combined.check())
            }
            for diagnostic in addition.diagnostics where diagnostic.severity == .error { StandardError.line("\(diagnostic)") }
            guard addition.isAdded else {
                StandardError.line("lineage: \(document) was not added to \(path)")
                throw ExitCode.failure
            }
            let counts = addition.counts
            let message = "added \(document) to \(path): \(counts.sources) sources, \(counts.parties) parties, \(counts.datasets) datasets, \(counts.claims) claims"
            if json { StandardError.line(message) } else { print(message) }
        }
    }
}
