import Foundation
import LineageDiagrams
import LineageGraphviz

extension Graphviz {
    /// How a diagram fits `page`: `dot` lays it out at full size (`-Tplain`, without the page bound) and reports
    /// its width and height. Nil when `dot` is missing or fails; the diagram then keeps its page bound as it is.
    static func fit(_ graph: DOTGraph, on page: DiagramOptions.Page) -> PageFit? {
        var unbounded = graph
        unbounded.attributes["size"] = nil
        // The diagram is rendered again afterwards, where dot's warnings are shown once.
        guard let layout = try? render(DOTWriter.string(unbounded), format: "plain", showsMessages: false) else {
            return nil
        }
        // The first line is `graph <scale> <width> <height>`, in inches.
        let first = String(decoding: layout.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self).split(separator: " ")
        guard first.count == 4, first[0] == "graph", let width = Double(first[2]), let height = Double(first[3]) else {
            return nil
        }
        return PageFit(page: page, width: width, height: height)
    }
}
