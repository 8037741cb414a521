import ArgumentParser
import Foundation
import LineageAnswers
import LineageCore
import LineageFiles
import LineageProv
import LineageStore
import LineageTables
import LineageXML

extension Lineage {
    /// `lineage export`: a case as one evidence file, or as W3C PROV.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a case as evidence XML (which lineage check accepts), W3C PROV, GraphML or tables.",
            discussion: """
                The case is every evidence file, directory and case store named, as it stands: a store's retracted \
                claims are left out (the evidence comment says how many, and which entry and hash were exported). \
                Items are sorted by id, so the same case always gives the same file. --format prov-n, prov-json \
                or prov-xml writes W3C PROV instead (the mapping is in docs/prov.md); --format graphml writes the \
                parties and datasets as nodes and the claims as edges, for Gephi, yEd, Cytoscape or NetworkX; \
                --format csv -o FOLDER writes the seven case tables (sources, parties, datasets, claims, events, \
                cites and notes, each a .csv; docs/tables.md), which lineage add and lineage import read back. \
                \(ExitStatus.help)
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case evidence
            case provN = "prov-n"
            case provJSON = "prov-json"
            case provXML = "prov-xml"
            case graphML = "graphml"
            case csv
        }

        @OptionGroup var input: EvidenceOptions

        @Option(help: "What to write: evidence, prov-n, prov-json, prov-xml, graphml or csv (the case tables, into -o FOLDER).")
        var format: Format = .evidence

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.", completion: .file())
        var output: String?

        func validate() throws {
            if format == .csv && output == nil {
                throw ValidationError("--format csv writes the case tables: give the folder for them with -o FOLDER.")
            }
        }

        func run() throws {
            let result = try input.load()
            let evidence: EvidenceCase
            do throws(CaseHasErrors) {
                evidence = try result.evidenceWithoutErrors()
            } catch {
                for diagnostic in error.diagnostics { StandardError.line("\(diagnostic)") }
                StandardError.line(
                    "lineage: not exported: the case has \(error.diagnostics.count) error(s) (lineage check lists them)")
                throw ExitCode(result.failureStatus)
            }
            if format == .csv, let output {
                try TableFiles.write(evidence, into: output, inputs: input.evidence)
                return
            }
            let target = try output.map { try Output.file($0, inputs: input.evidence + result.files) }
            let comment = try storeComment()
            try Output.write(to: target) { stream in
                switch format {
                case .evidence:
                    EvidenceWriter.write(evidence, comment: comment, to: &stream)
                case .provN:
                    stream.write(ProvNWriter.write(ProvDocument(exporting: evidence)))
                case .provJSON:
                    stream.write(ProvJSONWriter.write(ProvDocument(exporting: evidence)))
                case .provXML:
                    stream.write(ProvXMLWriter.write(ProvDocument(exporting: evidence)))
                case .graphML:
                    stream.write(GraphMLWriter.write(evidence))
                case .csv:
                    break
                }
            }
        }

        /// For a single case store, where the export came from: the store, its head entry and hash, and how many
        /// retracted claims were left out.
        private func storeComment() throws -> String? {
            guard input.evidence.count == 1, let store = input.evidence.first, CaseStore.isStore(at: store) else {
                return nil
            }
            let entries = try CaseStore(opening: store, readOnly: true).entries()
            let retracted = entries.count { if case .retraction = $0.change { true } else { false } }
            var comment = "exported by lineage from \(store)"
            if let head = entries.last { comment += " at entry \(head.sequence) (sha256 \(head.hash))" }
            return comment + "; \(retracted) retracted claim\(retracted == 1 ? "" : "s") left out"
        }
    }
}
