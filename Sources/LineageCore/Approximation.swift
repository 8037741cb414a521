/// The one rule for comparing figures given as "about" (約900万件 against 928万件): two figures of the same
/// thing differ only if they are unequal when both are exact, or by more than 10% of the larger when either is
/// approximate.
public enum Approximation {
    /// The share of the larger figure an approximate figure may be off by.
    public static let tolerance = 0.10

    /// Whether `a` and `b` disagree under the rule.
    public static func differ(_ a: Double, _ b: Double, eitherApproximate: Bool) -> Bool {
        guard eitherApproximate else { return a != b }
        return abs(a - b) > tolerance * max(abs(a), abs(b))
    }
}
