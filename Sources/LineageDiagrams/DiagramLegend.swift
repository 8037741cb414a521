import LineageCore

/// The legend: a sample of each mark the picture uses, beside what it means in words. Line samples are drawn
/// lines (a cell's bottom border, in the edge's own dash pattern, colour and width), not typed characters that
/// look alike: Graphviz draws `STYLE="dashed"` and `"dotted"` borders with the same dash arrays as dashed and
/// dotted edges. They live in the graph label rather than in a cluster of sample edges, which `dot` would rank
/// with the chain of custody and so widen or break it.
enum DiagramLegend {
    /// The custody view's legend: an entry for each of `marks`, in a fixed order.
    static func custody(_ marks: Set<DiagramMark>) -> HTMLLabel {
        var entries: [(sample: HTMLLabel, meaning: String)] = [
            (
                .text("→"),
                "an arrow runs from the party that had the data to the party that got it, or to what a party made "
                    + "or did with it; the chain of custody reads left to right"
            )
        ]
        for mark in DiagramMark.allCases where marks.contains(mark) {
            if let entry = custodyEntry(mark) { entries.append(entry) }
            if mark == .gap {
                entries.append(
                    (
                        line("dotted", colour: DiagramStyle.gap),
                        "dotted grey line, \"presumed by [n]\": the party must have held the data, since the claims of "
                            + "sources [n] have it pass the data on, use or delete it"
                    ))
            }
        }
        return table(entries)
    }

    private static func custodyEntry(_ mark: DiagramMark) -> (sample: HTMLLabel, meaning: String)? {
        switch mark {
        case .solid: (line(), "solid line: confirmed or probably true (information graded 1 or 2)")
        case .dashed: (line("dashed"), "dashed line: possibly true (graded 3)")
        case .dotted:
            (line("dotted"), "dotted line: doubtful, improbable or cannot be judged (graded 4–6), or no source supports it")
        case .disputed:
            (
                line(colour: DiagramStyle.disputed, width: 2),
                "red: disputed; \"disputed by [n]\" names the sources that say otherwise (on a merged edge, the red "
                    + "line of text is the disputed claim)"
            )
        case .merged:
            (
                line(width: 3),
                "thick line with \"•\" lines: several claims between the same two boxes, one \"•\" line each with "
                    + "its own count, date and grade (counts are never added up)"
            )
        case .grades: (.text("B2 [1, 3]"), gradeMeaning)
        case .organisation: (box("organisation", style: "rounded"), "rounded box: an organisation")
        case .person: (.text("oval"), "oval: a person (named by role, never by name)")
        case .unidentified:
            (
                box("unidentified", style: "rounded,dashed", colour: DiagramStyle.gap),
                "dashed outline, \"unidentified\": a party known to exist whom no source names"
            )
        case .database:
            (
                box("database", fill: "#FFFC87"),
                "yellow cylinder: a database, with whose customers it describes and how many records it holds"
            )
        case .made:
            (
                box("made (list)", style: "rounded", fill: "#FFFDE0"),
                "\"made (list)\": a list or copy the party made from what it held, with its count where the evidence gives one"
            )
        case .use: (box("use: (purpose)", fill: "#F7F7F7"), "folded note \"use: (purpose)\": the party used the data, for that purpose")
        case .held: (box("still held", style: "rounded", fill: "#F7F7F7"), "\"still held\": a source says the party still holds it")
        case .deleted: (box("deleted", style: "rounded", fill: "#E6E6E6"), "\"deleted\": the party says it destroyed its copy")
        case .gap:
            (
                box("not known", style: "rounded,dashed", colour: DiagramStyle.gap),
                "grey dashed box \"not known how it got there\": a gap — the party held the data and no claim says how "
                    + "it got it"
            )
        case .delegationBox:
            (
                box("  ", style: "rounded", fill: DiagramStyle.clusterFill, colour: DiagramStyle.clusterLine),
                "shaded box: a person together with the organisation they worked for (see Who worked for whom); "
                    + "their acts remain their own, never the organisation's"
            )
        case .qualifiedDate:
            (
                .text("2013-07~"),
                "dates are as the evidence writes them (year-month-day); ~ about, ? uncertain, % about and "
                    + "uncertain; in brackets, the first and last day such a date allows"
            )
        case .openStart: (.text("by 2014-08-31"), "at some time up to and including that day; no start is known")
        case .openEnd:
            (.text("2012-01 onwards"), "from then on, with no end known (\"to an unknown end\": it ended, no one says when)")
        case .claimIDs:
            (
                .text("claim t-1"),
                "the claim's id in the evidence, as lineage's text answers (trace, received, timeline) name it"
            )
        case .entrustment:
            (.text("══▷"), "double line, open arrowhead: entrusted (委託) to a processor on the sender's behalf, not sold")
        case .containment:
            (.text("◆───"), "diamond at the whole: the part's records were inside it; whoever holds the whole holds the part")
        case .event:
            (.text("┈┈ ▭"), "a folded note tied by dots: an event (an arrest, a ruling, …); it moves no data")
        }
    }

    /// The prov view's legend: its fixed shapes and colours, with drawn line samples.
    static func prov(mergesParallel: Bool) -> HTMLLabel {
        var entries: [(sample: HTMLLabel, meaning: String)] = [
            (line(), "solid: confirmed or probably true (information graded 1 or 2)"),
            (line("dashed"), "dashed: possibly true (graded 3)"),
            (line("dotted"), "dotted: doubtful, improbable or cannot be judged (graded 4–6), or no source supports it"),
            (.text("B2 [1, 3]"), gradeMeaning),
            (
                .font(color: "#B8A800", .text("●")),
                "yellow ellipse, entity: a dataset (dashed: no claim says how it was made)"
            ),
            (.font(color: "#0000FF", .text("■")), "blue box, activity: a claim (outline styled by its grade)"),
            (
                line(colour: DiagramStyle.disputed, width: 2),
                "thick red outline: a disputed claim; its relations list the sources on both sides"
            ),
            (.font(color: "#E0A030", .text("▲")), "orange house, agent: a party (dashed: not yet identified)"),
            (.text("used, wasGeneratedBy"), "PROV relations, each with the sources of its claim"),
            (
                box("not known", style: "dashed", colour: DiagramStyle.gap),
                "grey dashed activity: a party held data and no claim says how it got it"
            ),
            (
                line("dotted", colour: DiagramStyle.gap),
                "dotted grey relation, \"presumed by [n]\": the sources of the claims that take that holding for granted"
            ),
            (
                .text("by 2014-08-31"),
                "dates as the evidence writes them; ~ about, ? uncertain; \"by\": up to that day, no start known"
            ),
        ]
        if mergesParallel {
            entries.append((.text("n transfers"), "parallel transfers between the same two parties, merged"))
        }
        return table(entries)
    }

    /// What a grade such as `B2` means, letter by letter and digit by digit, from the one definition of each.
    private static var gradeMeaning: String {
        let letters = Reliability.allCases.map { "\($0.rawValue) \($0.meaning)" }.joined(separator: ", ")
        let digits = Credibility.allCases.map { "\($0.rawValue) \($0.meaning)" }.joined(separator: ", ")
        return "grade, then the numbers of its sources in the table below. The letter grades the source in general: "
            + letters + ". The digit grades this piece of information: " + digits
            + ". An edge shows the best grade its supporting sources give."
    }

    // MARK: Samples

    /// A drawn line: the bottom border of an empty cell, in the dash pattern of `style` (nil for solid).
    private static func line(_ style: String? = nil, colour: String = DiagramStyle.ink, width: Int = 1) -> HTMLLabel {
        var attributes: [HTMLLabel.Attribute] = [
            .init("SIDES", "B"), .init("BORDER", String(width)), .init("COLOR", colour), .init("WIDTH", "100"),
            .init("HEIGHT", "12"), .init("FIXEDSIZE", "TRUE"),
        ]
        if let style { attributes.append(.init("STYLE", style)) }
        return .element("TD", attributes, [])
    }

    /// A small box drawn like the node it stands for: outline style, fill and colour, around a word.
    private static func box(
        _ text: String, style: String? = nil, fill: String? = nil, colour: String = DiagramStyle.ink
    ) -> HTMLLabel {
        var attributes: [HTMLLabel.Attribute] = [
            .init("BORDER", "1"), .init("CELLBORDER", "0"), .init("CELLPADDING", "1"), .init("COLOR", colour),
            .init("WIDTH", "100"), .init("HEIGHT", "24"), .init("FIXEDSIZE", "TRUE"),
        ]
        if let style { attributes.append(.init("STYLE", style)) }
        if let fill { attributes.append(.init("BGCOLOR", fill)) }
        return .table(attributes, [.row([.cell([], .font(color: colour, .text(text)))])])
    }

    private static func table(_ entries: [(sample: HTMLLabel, meaning: String)]) -> HTMLLabel {
        .table(
            DiagramKey.tableAttributes,
            entries.map { entry in
                let sample: HTMLLabel
                if case .element("TD", _, _) = entry.sample {
                    sample = entry.sample
                } else {
                    sample = .cell([.init("ALIGN", "LEFT")], entry.sample)
                }
                return .row([
                    sample,
                    .cell([.init("ALIGN", "LEFT"), .init("BALIGN", "LEFT")], .text(DiagramText.wrapped(entry.meaning, width: 110))),
                ])
            })
    }
}
