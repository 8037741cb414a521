extension LineageGraph {
    /// The derivation cycles in the case: datasets that, following "made from" links, lead back to
    /// themselves. Each cycle is listed once, starting from its smallest id, each dataset made from the next and the
    /// last from the first.
    ///
    /// Iterative (no recursion), so a chain of a million derivations cannot overflow the stack.
    ///
    /// - Complexity: O(*d* + *e*) for *d* datasets and *e* derivation links.
    package func derivationCycles() -> [[DatasetID]] {
        enum Mark { case visiting, done }
        var marks: [DatasetID: Mark] = [:]
        var cycles: [[DatasetID]] = []

        for root in parents.keys.sorted() where marks[root] == nil {
            // Each frame: a dataset and the index of the next parent to visit.
            var stack: [(dataset: DatasetID, next: Int)] = [(root, 0)]
            marks[root] = .visiting
            while let top = stack.last {
                let inputs = parents[top.dataset] ?? []
                guard top.next < inputs.count else {
                    marks[top.dataset] = .done
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let input = inputs[top.next]
                switch marks[input] {
                case nil:
                    marks[input] = .visiting
                    stack.append((input, 0))
                case .visiting:
                    let start = stack.firstIndex { $0.dataset == input }!
                    cycles.append(Self.rotatedToSmallest(stack[start...].map(\.dataset)))
                case .done:
                    break
                }
            }
        }
        return cycles.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The cycle starting at its smallest id, so the same cycle found from different roots reads the same.
    private static func rotatedToSmallest(_ cycle: [DatasetID]) -> [DatasetID] {
        guard let smallest = cycle.indices.min(by: { cycle[$0] < cycle[$1] }) else { return cycle }
        return Array(cycle[smallest...] + cycle[..<smallest])
    }
}
