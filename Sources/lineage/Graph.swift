import ArgumentParser
import Foundation
import LineageCore
import LineageDiagrams
import LineageGraphviz
import LineageXML

extension Lineage {
    /// `lineage graph`: draws a case as a provenance diagram.
    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw who passed what to whom as a GraphViz diagram (DOT, SVG, PNG or PDF).",
            discussion: """
                The custody view (default) draws parties as nodes and claims as edges labelled with the dataset, \
                date, records, grade and source numbers; the prov view draws the W3C PROV picture (datasets as \
                entities, claims as activities, parties as agents). Line style follows the grade (solid 1-2, \
                dashed 3, dotted 4-6 or ungraded), disputed claims are red and show both sides' sources, and gaps \
                (unidentified parties, holdings no claim explains) are dashed and grey. SVG, PNG and PDF run \
                Graphviz's dot, which must be on PATH. Exit status: 0 success, 1 the evidence has errors or dot \
                failed, 64 bad usage (including a --batch, --focus or --trace the case does not have).
                """
        )

        @OptionGroup var input: EvidenceOptions
        @OptionGroup var filters: FilterOptions

        @Option(help: "custody: parties as nodes, claims as edges; prov: W3C PROV entities, activities, agents.")
        var view: ViewArgument = .custody

        @Option(help: "dot (the default, or from the -o file's extension), or svg, png or pdf via Graphviz.")
        var format: OutputFormat?

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.", completion: .file())
        var output: String?

        @Option(
            help: ArgumentHelp("Draw only this dataset (a batch) and everything downstream of it.", valueName: "id"))
        var batch: String?

        @Option(help: ArgumentHelp("Draw only what lies around this party, dataset or claim.", valueName: "id"))
        var focus: String?

        @Option(
            help: ArgumentHelp(
                "Draw only the paths by which this dataset came to be, or this party got what it holds (as lineage trace).",
                valueName: "id"))
        var trace: String?

        @Option(help: "With --focus: how many claims away to draw (default 1).")
        var depth: Int?

        @Option(
            help: ArgumentHelp("Label parties with their alias in this language, e.g. ja or en.", valueName: "lang"))
        var lang: LanguageArgument?

        @Flag(help: "Merge parallel claims between the same two parties into one edge.")
        var mergeParallel = false

        @Flag(help: "Add a legend of line styles, colours and shapes.")
        var legend = false

        @Flag(help: "Add a table of the cited sources: number, title, publisher, date, reliability.")
        var sources = false

        func validate() throws {
            if depth != nil, focus == nil { throw ValidationError("--depth needs --focus.") }
            if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more.") }
        }

        func run() throws {
            let result = try input.load()
            guard result.errorCount == 0 else {
                for diagnostic in result.diagnostics { StandardError.line(diagnostic.description) }
                StandardError.line(
                    "lineage graph: the evidence has \(result.errorCount) error\(result.errorCount == 1 ? "" : "s"); "
                        + "nothing drawn")
                throw ExitCode.failure
            }
            if result.warningCount > 0 {
                StandardError.line(
                    "note: the evidence has \(result.warningCount) warning\(result.warningCount == 1 ? "" : "s") "
                        + "(lineage check lists them); drawing it as it stands")
            }
            let options = DiagramOptions(
                view: view.view, filter: filters.filter, batch: batch.map { DatasetID($0) }, focus: focus, trace: trace,
                depth: depth ?? 1, language: lang?.tag, mergesParallel: mergeParallel, showsLegend: legend,
                showsSources: sources)
            let dot: String
            do throws(DiagramError) {
                dot = try Diagram.dot(of: result.evidence, options: options)
            } catch {
                throw ValidationError(error.description)
            }
            let format = format ?? output.flatMap(OutputFormat.init(extensionOf:)) ?? .dot
            if format == .dot {
                try GraphOutput.write(Data(dot.utf8), to: output)
            } else {
                try Graphviz.render(dot, format: format.rawValue, to: output)
            }
        }
    }
}

/// `--view`.
enum ViewArgument: String, CaseIterable, ExpressibleByArgument {
    case custody, prov

    var view: DiagramOptions.View {
        switch self {
        case .custody: .custody
        case .prov: .prov
        }
    }
}

/// `--format`.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case dot, svg, png, pdf

    /// The format a file name asks for by its extension (`.gv` is DOT too), if it names one.
    init?(extensionOf path: String) {
        let pathExtension = (path as NSString).pathExtension.lowercased()
        self.init(rawValue: pathExtension == "gv" ? "dot" : pathExtension)
    }
}

/// `--lang`: a BCP 47 language tag such as `ja`, `en` or `zh-Hant`.
struct LanguageArgument: ExpressibleByArgument {
    let tag: String

    init?(argument: String) {
        guard DiagramOptions.isLanguageTag(argument) else { return nil }
        tag = argument
    }
}
