/// Whether a laid-out picture fits its page with its text at 10 pt or more. GraphViz's `size` shrinks a picture
/// to fit a page whatever that does to its text; an exhibit whose labels come out at 4 pt is no exhibit. So the
/// picture is laid out once at full size (by `dot -Tplain`, which the caller runs), and only if it fits as it is
/// does the page bound stay on it; otherwise it is drawn at full size and the caller says how many sheets it spans.
package struct PageFit: Hashable, Sendable {
    package let page: DiagramOptions.Page
    /// The picture's size at full scale, in inches.
    package let width: Double
    package let height: Double

    package init(page: DiagramOptions.Page, width: Double, height: Double) {
        self.page = page
        self.width = width
        self.height = height
    }

    /// Whether the picture fits the page without shrinking: the smallest text GraphViz draws is 10 pt
    /// (`DiagramStyle.smallestFontSize`), so any shrinking would take it below that.
    package var fits: Bool {
        width <= page.drawing.width && height <= page.drawing.height
    }

    /// How many sheets of the page the full-size picture spans, tiled.
    package var sheets: Int {
        Int((width / page.drawing.width).rounded(.up)) * Int((height / page.drawing.height).rounded(.up))
    }

    /// The graph as it must be drawn: unchanged when the picture fits, else without the page bound, so that
    /// nothing is shrunk below 10 pt.
    package func applied(to graph: DOTGraph) -> DOTGraph {
        guard !fits else { return graph }
        var graph = graph
        graph.attributes["size"] = nil
        return graph
    }

    /// Why the picture is not on one page, in the page's terms; a front end adds what to do about it in its own
    /// terms (the CLI names its options).
    package var finding: String {
        let size = "\(Self.inches(width)) × \(Self.inches(height)) in"
        return "at 10 pt the picture is \(size), more than one \(page.rawValue.uppercased()) page (landscape) holds; "
            + "it is drawn at full size, which takes \(sheets) sheets printed tiled."
    }

    private static func inches(_ value: Double) -> String {
        String((value * 10).rounded() / 10)
    }
}
