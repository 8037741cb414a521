import ArgumentParser
import Foundation
import LineageAnswers
import LineageCore
import LineageDiagrams
import LineageFiles
import LineageGraphviz
import LineageServer
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
                (unidentified parties, holdings no claim explains) are dashed and grey; who worked for whom is a \
                table beside the picture. For a report or court use --exhibit, narrowed with --trace or --batch: \
                text is never shrunk below 10 pt to fit --page, and a warning says when it does not fit. SVG, PNG \
                and PDF run Graphviz's dot, which must be on PATH. \(ExitStatus.help) Status 1 also when dot \
                fails; an id the case does not have (--batch, --focus, --trace) is bad usage.
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

        // Unconditional, so that `--depth -1` reaches the range check rather than reading as a missing value.
        @Option(parsing: .unconditional, help: "With --focus: how many claims away to draw (default 1).")
        var depth: Int?

        @Option(
            help: ArgumentHelp("Label parties with their alias in this language, e.g. ja or en.", valueName: "lang"))
        var lang: LanguageArgument?

        @Flag(help: "Merge parallel claims between the same two parties into one edge.")
        var mergeParallel = false

        @Flag(help: "Add a legend of line styles, colours and shapes.")
        var legend = false

        @Flag(help: "Draw the case's events (arrests, rulings, regulators' actions) as notes on the parties they concern.")
        var events = false

        @Flag(help: "Add a table of the cited sources: number, title, publisher, date, grade and reference.")
        var sources = false

        @Flag(help: "Name each edge's claims by id, to match the picture to the text answers.")
        var ids = false

        @Flag(
            help: """
                For a report or court: legend, source table, claim ids and every label in full, on a page \
                (--page, A4 unless given).
                """)
        var exhibit = false

        @Option(help: "Scale the picture down to fit this page, landscape: a4 or a3.")
        var page: PageArgument?

        @Option(help: "A title over the picture, such as the case's name.")
        var title: String?

        @Flag(help: "Leave out who worked for whom (delegations).")
        var noDelegations = false

        func validate() throws {
            if depth != nil, focus == nil { throw ValidationError("--depth needs --focus.") }
            if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more, not \(depth).") }
            // A target that is an input or a case store is refused first, whatever its extension: that refusal
            // is the one that protects the investigator's case.
            if let output { _ = try Output.file(output, inputs: input.evidence) }
            if format == nil, let output, OutputFormat(extensionOf: output) == nil,
                !(output as NSString).pathExtension.isEmpty
            {
                // Writing DOT text into x.jpg would leave a file no image viewer opens, and say nothing.
                throw ValidationError(
                    "lineage graph cannot write a .\((output as NSString).pathExtension) file: name the output "
                        + ".dot (or .gv), .svg, .png or .pdf, or choose the format with --format.")
            }
        }

        func run() throws {
            let result = try input.load()
            defer { KeptUntilExit.keep(result) }
            let evidence: EvidenceCase
            do throws(CaseHasErrors) {
                evidence = try result.evidenceWithoutErrors()
            } catch {
                for diagnostic in result.diagnostics { StandardError.line(diagnostic.description) }
                let errors = error.diagnostics.count
                StandardError.line(
                    "lineage graph: the evidence has \(errors) error\(errors == 1 ? "" : "s"); nothing drawn")
                throw ExitCode(result.failureStatus)
            }
            if result.warningCount > 0 {
                StandardError.line(
                    "note: the evidence has \(result.warningCount) warning\(result.warningCount == 1 ? "" : "s") "
                        + "(lineage check lists them); drawing it as it stands")
            }
            var options = DiagramOptions(
                view: view.view, filter: filters.filter, batch: batch.map { DatasetID($0) }, focus: focus, trace: trace,
                depth: depth ?? 1, language: lang?.tag, mergesParallel: mergeParallel, showsLegend: legend,
                showsSources: sources, showsIDs: ids, showsDelegations: !noDelegations, page: page?.page, title: title)
            options.showsEvents = events
            if exhibit { options.makeExhibit() }
            var graph: DOTGraph
            do throws(DiagramError) {
                if let lineage = result.lineage {
                    graph = try Diagram.graph(of: lineage, options: options)
                } else {
                    graph = try Diagram.graph(of: evidence, options: options)
                }
            } catch {
                throw ValidationError(error.optionWording)
            }
            if let page = options.page, let fit = Graphviz.fit(graph, on: page) {
                graph = fit.applied(to: graph)
                if !fit.fits {
                    StandardError.line(
                        "warning: \(fit.finding) Draw less of the case (--trace, --focus, --batch, --no-delegations, "
                            + "fewer sources) or choose a larger --page.")
                }
            }
            let dot = DOTWriter.string(graph)
            KeptUntilExit.keep(graph)
            let format = format ?? output.flatMap(OutputFormat.init(extensionOf:)) ?? .dot
            let target = try output.map { try Output.file($0, inputs: input.evidence + result.files) }
            if format == .dot {
                try Output.write(to: target) { $0.write(dot) }
            } else {
                try Graphviz.render(dot, format: format.rawValue, to: target)
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

/// `--page`.
enum PageArgument: String, CaseIterable, ExpressibleByArgument {
    case a4, a3

    var page: DiagramOptions.Page {
        switch self {
        case .a4: .a4
        case .a3: .a3
        }
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
