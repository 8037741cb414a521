import LineageCore
import LineageDiagrams

/// The DOT of a built case.
func dot(_ builder: CaseBuilder, _ options: DiagramOptions = DiagramOptions()) throws -> String {
    try Diagram.dot(of: builder.evidence, options: options)
}

/// The statement lines of edges from `tail` to `head`.
func edges(in dot: String, from tail: String, to head: String) -> [String] {
    dot.split(separator: "\n").map(String.init).filter { $0.hasPrefix("    \"\(tail)\" -> \"\(head)\"") }
}

/// The statement line of node `id`, wherever it is nested.
func node(in dot: String, _ id: String) -> String? {
    dot.split(separator: "\n").map(String.init).first {
        $0.trimmingPrefix(while: { $0 == " " }).hasPrefix("\"\(id)\" [")
    }
}

/// The ids of every edge's ends, as `tail -> head`.
func edgeEnds(in dot: String) -> [String] {
    dot.split(separator: "\n").compactMap { line in
        let parts = line.split(separator: "\"")
        guard parts.count >= 4, parts[2] == " -> " else { return nil }
        return "\(parts[1]) -> \(parts[3])"
    }
}

extension String {
    fileprivate func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
        self[(firstIndex { !predicate($0) } ?? endIndex)...]
    }
}
