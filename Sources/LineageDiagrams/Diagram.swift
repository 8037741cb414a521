public import LineageCore

/// A provenance diagram of a case, as GraphViz DOT: the entry point of this module.
///
/// Pure: no I/O and no Foundation. The same case and options always give byte-identical DOT, since everything is
/// emitted in id order and nothing is read from a dictionary's iteration order.
public enum Diagram {
    /// The diagram of `evidence` as a graph value, for callers that add to it before writing.
    ///
    /// - Throws: `DiagramError` when `options` name a batch or focus the case does not have.
    /// - Complexity: O(*n* log *n*) for *n* claims.
    public static func graph(of evidence: EvidenceCase, options: DiagramOptions) throws(DiagramError) -> DOTGraph {
        try graph(of: LineageGraph(evidence), options: options)
    }

    /// The diagram of the case `lineage` was built over, reusing the graph when no filter changes the case (the
    /// checks that read it built it already).
    ///
    /// - Throws: `DiagramError` when `options` name a batch or focus the case does not have.
    public static func graph(of lineage: LineageGraph, options: DiagramOptions) throws(DiagramError) -> DOTGraph {
        let scene = try DiagramScene(lineage, options: options)
        switch options.view {
        case .custody: return CustodyView(scene: scene).draw()
        case .prov: return ProvView(scene: scene).draw()
        }
    }

    /// The diagram of `evidence` as DOT text.
    ///
    /// - Throws: `DiagramError` when `options` name a batch or focus the case does not have.
    public static func dot(of evidence: EvidenceCase, options: DiagramOptions) throws(DiagramError) -> String {
        DOTWriter.string(try graph(of: evidence, options: options))
    }
}
