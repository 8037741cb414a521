import LineageTestSupport
import PropertyBased
import Testing

@testable import LineageCore

/// `unexplainedShowings` skips trying an unexplained custody again when the search that hangs every unexplained
/// custody already fails to explain it in time (taking hangings away only makes days later). The shortcut must
/// change nothing: the graph built with it, its held and shown hops and every answer's unexplained holdings, is the
/// graph built trying every custody.
@Suite struct UnexplainedShortcutTests {
    @Test func skippingHopelessTrialsChangesNoHop() async {
        await propertyCheck(count: AnswerPropertyTests.runs, input: GeneratedCase.generator(claims: 1...40)) {
            generated in
            recordingErrors {
                let evidence = generated.evidence
                try #require(!evidence.check().contains { $0.severity == .error })
                let graph = LineageGraph(evidence)
                let (shortcut, everyTrial) = (CustodyGraph(graph), CustodyGraph(graph, triesEveryCustody: true))
                #expect(shortcut.hops == everyTrial.hops)
                #expect(shortcut.shown == everyTrial.shown)
                #expect(shortcut.unexplainedHoldings() == everyTrial.unexplainedHoldings())
            }
        }
    }
}
