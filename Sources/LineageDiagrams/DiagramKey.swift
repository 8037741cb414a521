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

    /// The graph label: title and scope, then the legend and the source table when asked for.
    static func label(for scene: DiagramScene) -> HTMLLabel {
        let claims = scene.claims.count
        var rows: [HTMLLabel] = [
            textRow(.bold(.text(title(of: scene.options.view) + " — \(claims) claim\(claims == 1 ? "" : "s")")))
        ]
        rows += scope(of: scene).map { textRow(.text($0)) }
        if scene.options.showsLegend {
            rows.append(textRow(.bold(.text("Legend"))))
            rows.append(.row([.cell([.init("ALIGN", "LEFT")], legend(for: scene))]))
        }
        if scene.options.showsSources {
            rows.append(textRow(.bold(.text("Sources"))))
            rows.append(.row([.cell([.init("ALIGN", "LEFT")], sourceTable(for: scene))]))
        }
        return .table(tableAttributes, rows)
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
        return lines
    }

    private static func claims(_ count: Int) -> String {
        count == 1 ? "1 claim" : "\(count) claims"
    }

    // MARK: Legend

    private static func legend(for scene: DiagramScene) -> HTMLLabel {
        let options = scene.options
        var entries: [(sample: HTMLLabel, meaning: String)] = [
            (.text("────"), "solid: confirmed or probably true (credibility 1–2)"),
            (.text("┄┄┄┄"), "dashed: possibly true (3)"),
            (.text("┈┈┈┈"), "dotted: doubtful, improbable or cannot be judged (4–6), or no supporting source"),
            (.text("B2 [1, 3]"), "grade (source A–F, information 1–6) and the numbers of the sources"),
        ]
        switch options.view {
        case .custody:
            entries += [
                (
                    .font(color: DiagramStyle.disputed, .text("────")),
                    "red: disputed; the sources on both sides are listed"
                ),
                (.text("□  ○"), "organisation, person; a cylinder is a database, a folded note a use"),
                (.font(color: DiagramStyle.gap, .text("┄□┄")), "dashed outline: a party not yet identified"),
                (
                    .font(color: DiagramStyle.gap, .text("not known")),
                    "a gap: a party held data and no claim says how it got it"
                ),
                (
                    .font(color: DiagramStyle.delegation, .text("employee of")),
                    "a delegation; the shaded box groups a person with the organisation they worked for, "
                        + "but their acts remain their own"
                ),
            ]
            if options.mergesParallel {
                entries.append((.text("━━━━"), "thicker: several claims between the same two nodes, merged"))
            }
            // Format 1.1 marks, listed only when drawn, so a version 1 case's legend is as it was.
            if scene.claims.contains(where: { $0.basis == .entrustment }) {
                entries.append(
                    (.text("══▷"), "double line, open arrowhead: entrusted (委託) to a processor, not sold"))
            }
            if scene.claims.contains(where: { $0.kind == .containment }) {
                entries.append((.text("◆───"), "diamond at the whole: the part's records were inside it"))
            }
            if !scene.events.isEmpty {
                entries.append(
                    (.text("┈┈ ▭"), "a folded note tied by dots: an event (arrest, ruling, …); it moves no data"))
            }
        case .prov:
            entries += [
                (
                    .font(color: "#B8A800", .text("●")),
                    "yellow ellipse, entity: a dataset (dashed: no claim says how it was made)"
                ),
                (.font(color: "#0000FF", .text("■")), "blue box, activity: a claim (outline styled by its grade)"),
                (
                    .font(color: DiagramStyle.disputed, .text("■")),
                    "thick red outline: a disputed claim; its relations list the sources on both sides"
                ),
                (.font(color: "#E0A030", .text("▲")), "orange house, agent: a party (dashed: not yet identified)"),
                (.text("used, wasGeneratedBy, …"), "PROV relations, each with the sources of its claim"),
                (
                    .font(color: DiagramStyle.gap, .text("┄□┄")),
                    "grey dashed activity: a party held data and no claim says how it got it"
                ),
            ]
            if options.mergesParallel {
                entries.append((.text("n transfers"), "parallel transfers between the same two parties, merged"))
            }
        }
        return .table(
            tableAttributes,
            entries.map {
                .row([.cell([.init("ALIGN", "LEFT")], $0.sample), .cell([.init("ALIGN", "LEFT")], .text($0.meaning))])
            })
    }

    // MARK: Sources

    /// The sources the drawn claims cite, by number: title, publisher, date and reliability.
    private static func sourceTable(for scene: DiagramScene) -> HTMLLabel {
        let cited = Set(scene.claims.flatMap { $0.cites.map(\.source) })
        let header = ["#", "Title", "Publisher", "Date", "Reliability"].map {
            HTMLLabel.cell([.init("ALIGN", "LEFT")], .bold(.text($0)))
        }
        var rows: [HTMLLabel] = [.row(header)]
        for id in cited.sorted() {
            guard let source = scene.evidence.sources[id], let number = scene.numbers.number(of: id) else { continue }
            let cells = [
                "[\(number)]", DiagramText.wrapped(source.title, width: 60), source.publisher ?? "",
                source.date.description, "\(source.reliability.rawValue): \(source.reliability.meaning)",
            ]
            rows.append(.row(cells.map { .cell([.init("ALIGN", "LEFT"), .init("BALIGN", "LEFT")], .text($0)) }))
        }
        if cited.isEmpty { rows.append(.row([.cell([.init("COLSPAN", "5")], .text("none cited"))])) }
        return .table(tableAttributes, rows)
    }

    private static let tableAttributes: [HTMLLabel.Attribute] = [
        .init("BORDER", "0"), .init("CELLBORDER", "0"), .init("CELLSPACING", "0"), .init("CELLPADDING", "2"),
    ]

    private static func textRow(_ content: HTMLLabel) -> HTMLLabel {
        .row([.cell([.init("ALIGN", "LEFT"), .init("BALIGN", "LEFT")], content)])
    }
}
