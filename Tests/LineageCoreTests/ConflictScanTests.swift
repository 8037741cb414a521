import LineageCore
import LineageTestSupport
import Testing

/// The linear scans `gaps` uses for a hop stated by many claims (issue 18) give the same answer as comparing
/// every pair with the one rule (`conflicts(with:)`, `canBeOnOrBefore(_:)`).
@Suite struct ConflictScanTests {
    /// A deterministic generator, so a failure names figures that can be replayed.
    private struct Numbers: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
    }

    @Test func countsAgreeWithEveryPairCompared() {
        var numbers = Numbers(state: 18)
        for _ in 0..<3_000 {
            let counts = (0..<Int.random(in: 0...6, using: &numbers)).map { _ in
                RecordCount(UInt64.random(in: 80...120, using: &numbers), approx: Bool.random(using: &numbers))
            }
            let pairwise = counts.indices.contains { first in
                counts.indices.dropFirst(first + 1).contains { counts[first].conflicts(with: counts[$0]) }
            }
            #expect(RecordCount.anyConflict(among: counts) == pairwise, "\(counts)")
        }
    }

    @Test func pricesAgreeWithEveryPairCompared() {
        var numbers = Numbers(state: 7)
        for _ in 0..<3_000 {
            let prices = (0..<Int.random(in: 0...6, using: &numbers)).map { _ in
                Price(
                    amount: String(Int.random(in: 90...110, using: &numbers)),
                    currency: ["JPY", "KRW"].randomElement(using: &numbers)!,
                    isApproximate: Bool.random(using: &numbers))
            }
            let pairwise = prices.indices.contains { first in
                prices.indices.dropFirst(first + 1).contains { prices[first].conflicts(with: prices[$0]) }
            }
            #expect(Price.anyConflict(among: prices) == pairwise, "\(prices)")
        }
    }

    @Test func datesAgreeWithEveryPairCompared() throws {
        var numbers = Numbers(state: 3)
        let texts = ["2014-06", "2014-06-17", "2014-07-01", "2014", "../2014-06-20", "2014-06-25/..", "2014-07/2014-08",
            "2013", "2014-06-30/2014-07-02", "/2014-06-01"]
        let pool = try texts.map { try EventTime(parsing: $0) }
        for _ in 0..<3_000 {
            let times = (0..<Int.random(in: 0...5, using: &numbers)).map { _ in pool.randomElement(using: &numbers)! }
            let pairwise = times.indices.contains { first in
                times.indices.dropFirst(first + 1).contains { second in
                    !times[first].canBeOnOrBefore(times[second]) || !times[second].canBeOnOrBefore(times[first])
                }
            }
            #expect(EventTime.anyDisjoint(times) == pairwise, "\(times)")
        }
    }

    /// The shape that was quadratic: thousands of claims of one hop, agreeing until the last.
    @Test func aHopStatedByManyClaimsReportsTheLastOneThatDiffers() throws {
        var builder = try CaseBuilder.withDefaultSource()
        for number in 0..<5_000 {
            try builder.transfer(
                ClaimID("t\(number)"), "batch", from: "a", to: "b", number < 4_999 ? "2014-06-17" : "2014-08-01",
                records: RecordCount(number < 4_999 ? 1000 : 2000))
        }
        let conflicts = builder.custody().gaps().conflicts
        #expect(conflicts.map(\.kind) == [.counts, .dates])
        #expect(conflicts.allSatisfy { $0.claims.count == 5_000 })
    }
}
