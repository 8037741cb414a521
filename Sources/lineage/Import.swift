import ArgumentParser
import Foundation
import LineageCore
import LineageFiles
import LineageProv
import LineageStore
import LineageXML

extension Lineage {
    /// `lineage import`: a W3C PROV document read into evidence.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a W3C PROV document (PROV-XML or PROV-JSON) into evidence.",
            discussion: """
                Writes the evidence XML to standard output (or -o), or appends it to a case store with --into. \\
                Agents become parties, entities datasets, and activities transfers, derivations or uses where \\
                the document says enough (docs/prov.md). Everything that cannot be mapped is listed on standard \\
                error, never dropped silently. Claims the document gives no source for cite a placeholder \\
                source, prov-import, graded F6 (cannot be judged).
                """
        )

        @Argument(help: "The PROV-XML (.xml, .provx) or PROV-JSON (.json) document.", completion: .file())
        var document: String

        @Option(help: ArgumentHelp("Append to this case store instead of writing XML.", valueName: "case"))
        var into: String?

        @Option(name: .shortAndLong, help: "Write the evidence XML to this file instead of standard output.")
        var output: String?

        @OptionGroup var recorder: RecorderOption

        func validate() throws {
            if into != nil && output != nil { throw ValidationError("Give either --into or --output, not both.") }
        }

        func run() throws {
            let (provDocument, readingNotes) = try read()
            let imported = provDocument.importedCase(name: (document as NSString).lastPathComponent)
            for note in readingNotes + imported.notes { StandardError.line(LineText.escaped("\(document): not imported or assumed: \(note)")) }
            try checkAsEvidence(imported.evidence)
            let problems = imported.evidence.check().filter { $0.severity == .error }
            guard problems.isEmpty || into != nil else {
                for problem in problems { StandardError.line("\(problem)") }
                StandardError.line("lineage: the imported case has \(problems.count) error(s); nothing written")
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

        /// The document, read as PROV-JSON when it starts with `{`, as PROV-XML otherwise.
        private func read() throws -> (ProvDocument, [String]) {
            guard let data = FileManager.default.contents(atPath: document) else {
                throw ValidationError("cannot read \(document)")
            }
            if data.first(where: { !" \n\r\t".utf8.contains($0) }) == UInt8(ascii: "{") {
                do {
                    return try ProvJSONReader.read(Array(data))
                } catch {
                    StandardError.line(LineText.escaped("\(document):\(error.description.first?.isNumber == true ? "" : " ")\(error.description)"))
                    throw ExitCode.failure
                }
            }
            do {
                let result = try ProvXMLReader.read(path: document, displayPath: document)
                return (result.document, result.notes)
            } catch {
                StandardError.line("\(error)")
                throw ExitCode.failure
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
            for diagnostic in addition.diagnostics where diagnostic.severity == .error { print(diagnostic) }
            guard addition.isAdded else {
                StandardError.line("lineage: \(document) was not added to \(path)")
                throw ExitCode.failure
            }
            let counts = addition.counts
            print("added \(document) to \(path): \(counts.sources) sources, \(counts.parties) parties, \(counts.datasets) datasets, \(counts.claims) claims")
        }
    }
}
