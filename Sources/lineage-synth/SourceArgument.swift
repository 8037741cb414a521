import ArgumentParser
import LineageSynthetic

/// `--from LOW:HIGH=SHARE`: a range of extract positions, and the share of the list's drawn rows it gives.
struct SourceArgument: ExpressibleByArgument {
    var source: RecoveredList.Source

    init?(argument: String) {
        let parts = argument.split(separator: "=", omittingEmptySubsequences: false)
        guard parts.count == 2, let range = PositionRange(argument: String(parts[0])), let share = Double(parts[1]),
            share > 0, share.isFinite
        else { return nil }
        source = RecoveredList.Source(positions: range.positions, share: share)
    }
}
