/// The one rule for comparing figures given as "about" (約900万件 against 928万件): two figures of the same
/// thing differ only if they are unequal when both are exact, or by more than 10% of the larger when either is
/// approximate.
package enum Approximation {
    /// The share of the larger figure an approximate figure may be off by.
    package static let tolerance = 0.10

    /// Whether `a` and `b` disagree under the rule.
    package static func differ(_ a: Double, _ b: Double, eitherApproximate: Bool) -> Bool {
        guard eitherApproximate else { return a != b }
        return abs(a - b) > tolerance * max(abs(a), abs(b))
    }

    /// Whether any two of `figures` disagree under the rule: the same answer as comparing every pair, in O(*n*)
    /// rather than O(*n*²) (a hop stated by 20,000 claims took seconds in `gaps`).
    ///
    /// Two exact figures differ only when unequal, so the exact figures disagree exactly when the smallest and the
    /// largest of them do. For an approximate figure *x*, |*x* − *y*| − 10% of the larger grows as *y* moves away
    /// from *x* on either side (for figures that are not negative, as counts and prices are), so *x* disagrees with
    /// some figure exactly when it disagrees with the smallest or the largest of all.
    package static func anyDiffer(_ figures: [(value: Double, isApproximate: Bool)]) -> Bool {
        guard let low = figures.lazy.map(\.value).min(), let high = figures.lazy.map(\.value).max() else { return false }
        let exact = figures.lazy.filter { !$0.isApproximate }.map(\.value)
        if let exactLow = exact.min(), let exactHigh = exact.max(), differ(exactLow, exactHigh, eitherApproximate: false) {
            return true
        }
        return figures.contains { figure in
            figure.isApproximate
                && (differ(figure.value, low, eitherApproximate: true) || differ(figure.value, high, eitherApproximate: true))
        }
    }
}
