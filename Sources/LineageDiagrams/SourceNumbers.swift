import LineageCore

/// The numbers that stand for sources on edges: `[1]`, `[2]`, ... in source-id order over the whole case, so a
/// number means the same source in every diagram of a case, whatever is filtered or selected.
struct SourceNumbers {
    private let numbers: [SourceID: Int]

    init(_ sources: some Sequence<SourceID>) {
        numbers = Dictionary(uniqueKeysWithValues: sources.sorted().enumerated().map { ($1, $0 + 1) })
    }

    func number(of source: SourceID) -> Int? {
        numbers[source]
    }

    /// `[1, 3–5, 8]`: the numbers in order, runs of three or more collapsed. Empty for no numbers.
    static func citation(_ numbers: some Sequence<Int>) -> String {
        let sorted = Set(numbers).sorted()
        guard !sorted.isEmpty else { return "" }
        var parts: [String] = []
        var start = sorted[0]
        var end = start
        func close() {
            switch end - start {
            case 0: parts.append("\(start)")
            case 1: parts.append("\(start), \(end)")
            default: parts.append("\(start)–\(end)")
            }
        }
        for number in sorted.dropFirst() {
            if number == end + 1 {
                end = number
            } else {
                close()
                start = number
                end = number
            }
        }
        close()
        return "[" + parts.joined(separator: ", ") + "]"
    }
}
