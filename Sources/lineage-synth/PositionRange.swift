import ArgumentParser
import LineageSynthetic

/// A range of extract positions as the command line writes it, `LOW:HIGH` with HIGH excluded, such as
/// `0:3000000`; it names a batch.
struct PositionRange: ExpressibleByArgument, Hashable {
    var positions: Range<Int>

    init?(argument: String) {
        let bounds = argument.split(separator: ":", omittingEmptySubsequences: false)
        guard bounds.count == 2, let low = Int(bounds[0]), let high = Int(bounds[1]), low >= 0, low < high,
            high <= Population.capacity
        else { return nil }
        positions = low..<high
    }
}

extension Range<Int> {
    /// `0:3000000`, as `PositionRange` reads it.
    var argument: String { "\(lowerBound):\(upperBound)" }
}
