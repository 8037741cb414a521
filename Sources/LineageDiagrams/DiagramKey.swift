import LineageCore

/// What is written around the picture: a title, what the batch, focus and filters left out (always, so a
/// filtered diagram never passes for the whole case), and on request a legend and a table of the sources behind
/// the edge numbers. It goes in the graph's label, below the drawing, where it cannot disturb the layout.
enum DiagramKey {
    /// `//` comments for readers of the DOT text: the view, and what was left out and why.
    static func comments(for scene: DiagramScene, drawn edges: Int) -> [DOTStatement] {
        var lines = [
            "lineage graph --view \(scene.options.view.rawValue): \(scene.claims.count) claims drawn as \(edges) edges"
        ]
        lines += scope(of: scene)
        return lines.map { .comment($0) }
    }

    /// The graph label: title, what the evidence is and what the picture covers, then who worked for whom
    /// (`panel`), the legend (of `marks`, the marks the picture uses; nil for the view's fixed legend) and the
    /// source table, each when asked for.
    static func label(for scene: DiagramScene, marks: Set<DiagramMark>? = nil, panel: HTMLLabel? = nil) -> HTMLLabel {
        let claims = scene.claims.count
        var rows: [HTMLLabel] = []
        if let title = scene.options.title, !title.isEmpty {
            rows.append(textRow(.font(pointSize: 16, .bold(.text(DiagramText.wrapped(title, width: 90))))))
        }
        rows.append(
            textRow(.bold(.text(title(of: scene.options.view) + " — \(claims) claim\(claims == 1 ? "" : "s")"))))
        if scene.options.showsSources || scene.options.title != nil, let dates = evidenceDates(of: scene) {
            rows.append(textRow(.text(dates)))
        }
        rows += scope(of: scene).map { textRow(.text(DiagramText.wrapped($0, width: 110))) }
        if let panel {
            rows.append(textRow(.bold(.text("Who worked for whom (delegations; these are not transfers of data)"))))
            rows.append(.row([.cell([.init("ALIGN", "LEFT")], panel)]))
        }
        if scene.options.showsLegend {
            rows.append(textRow(.bold(.text("Legend"))))
            let legend = marks.map(DiagramLegend.custody) ?? DiagramLegend.prov(mergesParallel: scene.options.mergesParallel)
            rows.append(.row([.cell([.init("ALIGN", "LEFT")], legend)]))
        }
        if scene.options.showsSources {
            rows.append(textRow(.bold(.text("Sources"))))
            rows.append(.row([.cell([.init("ALIGN", "LEFT")], sourceTable(for: scene))]))
        }
        return .table(tableAttributes, rows)
    }

    /// `Evidence: 50 sources, the earliest dated 2014-07-09, the latest 2018 to 2019`: how recent the evidence
    /// behind the picture is. A source dated with no known end counts by its start.
    private static func evidenceDates(of scene: DiagramScene) -> String? {
        let sources = scene.evidence.sources.values.sorted { $0.id < $1.id }
        let start = { (source: Source) in source.date.earliest ?? source.date.latest ?? CalendarDay(ordinal: .min) }
        let end = { (source: Source) in source.date.latest ?? source.date.earliest ?? CalendarDay(ordinal: .min) }
        guard let first = sources.min(by: { start($0) < start($1) }), let last = sources.max(by: { end($0) < end($1) })
        else { return nil }
        let count = sources.count == 1 ? "1 source" : "\(sources.count) sources"
        return "Evidence: \(count), the earliest dated \(DiagramDate.text(first.date)), the latest \(DiagramDate.text(last.date))"
    }

    private static func title(of view: DiagramOptions.View) -> String {
        switch view {
        case .custody: "Custody of the data"
        case .prov: "Provenance (W3C PROV)"
        }
    }

    /// What the diagram covers and what it leaves out, one sentence a line.
    private static func scope(of scene: DiagramScene) -> [String] {
        let options = scene.options
        var lines: [String] = []
        if let batch = options.batch {
            lines.append("Batch: \(scene.name(of: batch)) (\(batch)) and everything downstream of it")
        }
        if let focus = options.focus {
            let name =
                scene.evidence.parties[PartyID(focus)].map { _ in scene.label(of: PartyID(focus)) }
                ?? scene.evidence.datasets[DatasetID(focus)]?.name ?? focus
            let claims = options.depth == 1 ? "1 claim" : "\(options.depth) claims"
            lines.append("Around: \(name) (\(focus)), within \(claims)")
        }
        if let trace = options.trace {
            let name =
                scene.evidence.parties[PartyID(trace)].map { _ in scene.label(of: PartyID(trace)) }
                ?? scene.evidence.datasets[DatasetID(trace)]?.name ?? trace
            lines.append("Traced upstream: every path by which \(name) (\(trace)) came to be, as lineage trace gives them")
        }
        var filter: [String] = []
        if let asOf = options.filter.asOf { filter.append("as of \(asOf) (event time)") }
        if let knownBy = options.filter.knownBy { filter.append("on what was known by \(knownBy)") }
        if let grade = options.filter.minimumGrade { filter.append("graded \(grade) or better") }
        if !filter.isEmpty { lines.append("Filter: " + filter.joined(separator: ", ")) }

        let omitted = scene.omitted
        if omitted.total > 0 {
            var reasons: [String] = []
            if omitted.afterAsOf > 0, let asOf = options.filter.asOf {
                reasons.append("\(omitted.afterAsOf) could only have happened after \(asOf)")
            }
            if omitted.unknownByKnownBy > 0, let knownBy = options.filter.knownBy {
                reasons.append("\(omitted.unknownByKnownBy) no source published by \(knownBy) supports")
            }
            if omitted.belowMinimumGrade > 0, let grade = options.filter.minimumGrade {
                reasons.append("\(omitted.belowMinimumGrade) graded below \(grade)")
            }
            lines.append("Omitted by the filter: \(claims(omitted.total)) (" + reasons.joined(separator: "; ") + ")")
        }
        if scene.outsideSelection > 0 {
            let selection = [
                options.batch.map { _ in "batch" }, options.focus.map { _ in "focus" }, options.trace.map { _ in "trace" },
            ].compactMap { $0 }.joined(separator: " and ")
            lines.append("Not drawn: \(claims(scene.outsideSelection)) outside the \(selection)")
        }
        if scene.leftOutDelegations > 0 {
            let count = scene.leftOutDelegations
            lines.append("Not drawn: \(count) delegation\(count == 1 ? "" : "s") (who worked for whom), left out on request")
        }
        return lines
    }

    private static func claims(_ count: Int) -> String {
        count == 1 ? "1 claim" : "\(count) claims"
    }

    // MARK: Sources

    /// The sources the drawn claims cite, by number: title, publisher, date, grade and reference, the reference
    /// a link when it is a web address.
    private static func sourceTable(for scene: DiagramScene) -> HTMLLabel {
        let cited = Set(scene.claims.flatMap { $0.cites.map(\.source) })
        let header = ["#", "Title", "Publisher", "Date", "Grade", "Reference"].map {
            HTMLLabel.cell([.init("ALIGN", "LEFT")], .bold(.text($0)))
        }
        var rows: [HTMLLabel] = [.row(header)]
        for id in cited.sorted() {
            guard let source = scene.evidence.sources[id], let number = scene.numbers.number(of: id) else { continue }
            let cells = [
                "[\(number)]", DiagramText.wrapped(source.title, width: 60),
                DiagramText.wrapped(source.publisher ?? "", width: 30), DiagramText.wrapped(DiagramDate.text(source.date), width: 24),
                "\(source.reliability.rawValue): \(source.reliability.meaning)",
            ]
            var row = cells.map { HTMLLabel.cell([.init("ALIGN", "LEFT"), .init("BALIGN", "LEFT")], .text($0)) }
            row.append(referenceCell(source.reference))
            rows.append(.row(row))
        }
        if cited.isEmpty { rows.append(.row([.cell([.init("COLSPAN", "6")], .text("none cited"))])) }
        return .table(tableAttributes, rows)
    }

    /// A source's `ref`, wrapped; a link in SVG and PDF when it is an http or https address, and only then, so
    /// that evidence can never plant a `javascript:` or `file:` link in a picture.
    private static func referenceCell(_ reference: String?) -> HTMLLabel {
        var attributes: [HTMLLabel.Attribute] = [.init("ALIGN", "LEFT"), .init("BALIGN", "LEFT")]
        guard let reference, !reference.isEmpty else { return .cell(attributes, .text("")) }
        let lowercased = reference.lowercased()
        let isLink = lowercased.hasPrefix("https://") || lowercased.hasPrefix("http://")
        if isLink {
            attributes += [.init("HREF", reference), .init("TITLE", reference)]
        }
        let text = HTMLLabel.text(DiagramText.wrapped(reference, width: 50))
        return .cell(attributes, isLink ? .font(color: DiagramStyle.link, text) : text)
    }

    static let tableAttributes: [HTMLLabel.Attribute] = [
        .init("BORDER", "0"), .init("CELLBORDER", "0"), .init("CELLSPACING", "0"), .init("CELLPADDING", "2"),
    ]

    private static func textRow(_ content: HTMLLabel) -> HTMLLabel {
        .row([.cell([.init("ALIGN", "LEFT"), .init("BALIGN", "LEFT")], content)])
    }
}
