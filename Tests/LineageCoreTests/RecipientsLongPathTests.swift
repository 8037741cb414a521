import LineageCore
import LineageTestSupport
import Testing

/// `path(to:lastSteps:)` and `earlierHolding(of:)`: what `received` shows of a long path (issue 18) is the whole
/// path, as the path to the earlier holding plus the last hop.
@Suite struct RecipientsLongPathTests {
    /// db → batch, then passed along 100 brokers in turn, a day apart; and a list made from the batch by the last.
    static func longChain() throws -> CaseBuilder {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.extraction("e", "batch", from: "db", by: "b0", "2014-01-01")
        for number in 0..<100 {
            let day = CalendarDayText.day(number + 2)
            try builder.transfer(ClaimID("t\(number)"), "batch", from: PartyID("b\(number)"), to: PartyID("b\(number + 1)"), day)
        }
        try builder.derivation("m", "list", from: ["batch"], by: "b100", "2014-06-01")
        return builder
    }

    @Test func eachLongPathIsTheEarlierHoldingsPathAndOneHopMore() throws {
        let answer = try Self.longChain().custody().recipients(of: "batch")
        let holdings = answer.recipients.flatMap(\.holdings)
        #expect(holdings.count == 102)
        for holding in holdings {
            let path = answer.path(to: holding)
            #expect(path.steps.count == holding.hopCount)
            let last = answer.path(to: holding, lastSteps: 1)
            #expect(last.steps == Array(path.steps.suffix(1)))
            #expect(answer.path(to: holding, lastSteps: 3).steps == Array(path.steps.suffix(3)))
            guard let earlier = answer.earlierHolding(of: holding) else {
                // Only the maker of the batch starts from the asked dataset itself.
                #expect(holding.party == "b0" && holding.dataset == "batch")
                continue
            }
            #expect(holdings.contains(earlier))
            #expect(answer.path(to: earlier).steps + last.steps == path.steps)
        }
    }
}

/// ISO days from 2014-01-01 on, for generated chains.
private enum CalendarDayText {
    static func day(_ offset: Int) -> String {
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var month = 0
        var day = offset
        while day >= lengths[month] {
            day -= lengths[month]
            month += 1
        }
        return "2014-\(month < 9 ? "0" : "")\(month + 1)-\(day < 9 ? "0" : "")\(day + 1)"
    }
}
