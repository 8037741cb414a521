/// The look both views share: the font, the colours that carry meaning, and the attributes every diagram starts
/// from. Colours mean one thing each across views: red is a disputed claim, grey is a gap.
enum DiagramStyle {
    /// A font with Japanese glyphs (Debian's `fonts-noto-cjk`), named on graph, nodes and edges alike so that
    /// GraphViz never falls back to a font that draws party names as empty boxes.
    static let font = "Noto Sans CJK JP"

    /// Ink for ordinary lines and text.
    static let ink = "#333333"
    /// A disputed claim: its line, its text.
    static let disputed = "#C00000"
    /// A gap: unidentified parties, unexplained holdings. Dark enough to print and to read at 10 pt.
    static let gap = "#595959"
    /// A delegation: who worked for whom.
    static let delegation = "#4A6FA5"
    /// A link to a source, in the source table.
    static let link = "#1A4F9C"
    /// The box drawn around an organisation and the people who worked for it.
    static let clusterFill = "#F2F2F2"
    static let clusterLine = "#C8C8C8"
    /// The fill of an event note (`--events`): events move no data, so they stand apart from the flow.
    static let eventFill = "#FFF2CC"

    /// The smallest text any diagram writes, in points: 10 pt is the least a printed exhibit can be read at, and
    /// `lineage graph --page` warns when fitting the page would shrink text below it.
    static let smallestFontSize = 10

    /// The graph attributes every view starts from; with a page, the picture is scaled down (never up) to fit
    /// it, landscape, inside a margin of a quarter inch.
    static func graphAttributes(rankdir: String, page: DiagramOptions.Page? = nil) -> DOTAttributes {
        var attributes: DOTAttributes = [
            "rankdir": .text(rankdir), "fontname": .text(font), "fontsize": "11", "nodesep": "0.3", "ranksep": "0.6",
        ]
        if let page {
            let drawing = page.drawing
            attributes["size"] = .text("\(drawing.width),\(drawing.height)")
            attributes["margin"] = "0.25"
        }
        return attributes
    }

    static var nodeDefaults: DOTAttributes {
        ["fontname": .text(font), "fontsize": "11", "color": .text(ink), "fontcolor": .text(ink)]
    }

    static var edgeDefaults: DOTAttributes {
        [
            "fontname": .text(font), "fontsize": .text(String(smallestFontSize)), "color": .text(ink),
            "fontcolor": .text(ink), "arrowsize": "0.7",
        ]
    }

    /// Line style, colour and width for an edge that draws claims with this support; `count` claims merged into
    /// one edge draw it thicker.
    static func evidence(_ support: ClaimSupport, colour: String = ink, count: Int = 1) -> DOTAttributes {
        var attributes: DOTAttributes = ["style": .text(support.lineStyle)]
        let colour = support.isDisputed ? disputed : colour
        if colour != ink {
            attributes["color"] = .text(colour)
            attributes["fontcolor"] = .text(colour)
        }
        switch (count, support.isDisputed) {
        case (1, false): break
        case (1, true): attributes["penwidth"] = "1.6"
        case (2...4, _): attributes["penwidth"] = "2"
        default: attributes["penwidth"] = "3"
        }
        return attributes
    }
}
