import LineageCore
import LineageTestSupport
import Testing

/// `check(added:)` and a case store's neighbourhood of an addition both follow the claims that make a dataset from
/// others (by kind, `Claim.Kind.madeFromOthers`, which the store also selects in SQL) and every id a claim names
/// (`Claim.idsNamed`): these tie each to what a claim of every kind says.
@Suite("A claim's inputs and the ids it names")
struct ClaimInputsTests {
    @Test func theKindsMadeFromOthersAreThoseWithInputs() {
        for (id, action) in EveryClaimKind.actions {
            let claim = Claim(id: id, when: .interval(from: .open, to: .open), action: action, cites: [])
            #expect(Claim.Kind.madeFromOthers.contains(claim.kind) == !claim.inputs.isEmpty, "\(claim.kind)")
        }
    }

    @Test func theIdsNamedHoldTheDatasetItsInputsPartiesAndSources() {
        for (id, action) in EveryClaimKind.actions {
            let claim = Claim(
                id: id, when: .interval(from: .open, to: .open), action: action,
                cites: [Cite(source: "s", credibility: .probable)])
            let named = Set(claim.idsNamed)
            let expected = Set(
                (claim.dataset.map { [$0] } ?? []).map(\.rawValue) + claim.inputs.map(\.rawValue)
                    + claim.datasetsNamed.map(\.rawValue) + claim.parties.map(\.rawValue) + ["s"])
            #expect(named == expected, "\(claim.kind)")
        }
    }
}
