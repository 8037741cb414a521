/// Which edges shape the layout. GraphViz's `dot` ranks nodes by the longest path through the graph; in a big
/// case full of resale cycles that path runs through nearly every broker, so each edge spans hundreds of ranks
/// and `dot` spends minutes routing them (10,000 claims: over five minutes, unfinished). Past a size, the views
/// therefore rank by hops instead: only edges that lead one hop further from where the data started (breadth
/// first from the nodes nothing leads into) constrain the ranks, the rest are drawn with `constraint=false`.
/// Ranks then number the hops, a handful even for thousands of claims, and `dot` finishes in seconds.
///
/// Big diagrams also carry edge labels as `xlabel`s, placed after the layout, instead of `label`s, which `dot`
/// lays out as nodes of their own: with ten thousand labelled edges those label nodes cost most of the time, and
/// `dot` 2.43's spline router fails on some of them ("Unable to reclaim box space", exit 1).
///
/// Small diagrams keep `dot`'s own ranking, which draws a chain `A → B → C` with a shortcut `A → C` as three
/// ranks (reading in order) where hops would put `B` and `C` side by side, and keep labels on their edges.
enum Layering {
    /// Edges above which a diagram counts as big. `dot` lays out a few hundred edges of a dense, cyclic case
    /// in about a second with its own ranking; two thousand edges of the 10,000-claim benchmark case took it over
    /// three minutes.
    static let hopRankingThreshold = 300

    /// Whether a diagram of `edges` edges is laid out the big way.
    static func isBig(edges: Int) -> Bool {
        edges > hopRankingThreshold
    }

    /// An edge's attributes as a diagram of this size needs them: in a big one the label becomes an `xlabel`.
    static func edgeAttributes(_ attributes: DOTAttributes, big: Bool) -> DOTAttributes {
        guard big, let label = attributes["label"] else { return attributes }
        var adapted = attributes
        adapted["label"] = nil
        adapted["xlabel"] = label
        return adapted
    }

    /// For each edge (tail and head node ids, in drawing direction), whether it should constrain the ranks.
    /// All true for a diagram of at most `hopRankingThreshold` edges.
    ///
    /// Roots are the nodes no edge leads into, taken in `nodes` order; a cycle nothing leads into is entered at
    /// its first node in that order. Deterministic for the same input.
    ///
    /// - Complexity: O(*n* + *e*) for *n* nodes and *e* edges.
    static func constraints(nodes: [String], edges: [(tail: String, head: String)]) -> [Bool] {
        guard isBig(edges: edges.count) else { return Array(repeating: true, count: edges.count) }
        var index: [String: Int] = [:]
        func slot(_ node: String) -> Int {
            if let slot = index[node] { return slot }
            index[node] = index.count
            return index.count - 1
        }
        for node in nodes { _ = slot(node) }
        let ends = edges.map { (slot($0.tail), slot($0.head)) }
        var outgoing = Array(repeating: [Int](), count: index.count)
        var hasIncoming = Array(repeating: false, count: index.count)
        for (tail, head) in ends where tail != head {
            outgoing[tail].append(head)
            hasIncoming[head] = true
        }

        var hops = Array(repeating: -1, count: index.count)
        func spread(from roots: [Int]) {
            var queue = roots
            for root in roots { hops[root] = 0 }
            var next = 0
            while next < queue.count {
                let node = queue[next]
                next += 1
                for head in outgoing[node] where hops[head] < 0 {
                    hops[head] = hops[node] + 1
                    queue.append(head)
                }
            }
        }
        spread(from: hops.indices.filter { !hasIncoming[$0] })
        for node in hops.indices where hops[node] < 0 {
            spread(from: [node])
        }
        return ends.map { tail, head in hops[head] == hops[tail] + 1 }
    }
}
