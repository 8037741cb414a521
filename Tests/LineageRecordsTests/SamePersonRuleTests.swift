import LineageRecords
import Testing

/// The same-person rule has one readable definition (`MatchKey.strength(of:available:)`) and one fast form
/// (`RowMasks`, 64 datasets a word); these tests tie the second to the first on every case there is.
@Suite("The same-person rule")
struct SamePersonRuleTests {
    static let bases = RowMasks.bases

    /// Every set of bases, as the subsets of the three.
    static let everySet: [Set<MatchKey.Basis>] = (0..<8).map { bits in
        Set(bases.indices.filter { bits & (1 << $0) != 0 }.map { bases[$0] })
    }

    @Test(arguments: everySet)
    func theBitFormAppliesTheSamePersonRule(available: Set<MatchKey.Basis>) {
        // Dataset d matches on the bases whose bits d has: the eight datasets cover every combination at once.
        var (birth, address, household): (UInt64, UInt64, UInt64) = (0, 0, 0)
        for dataset in 0..<8 {
            let flag = UInt64(1) << UInt64(dataset)
            if dataset & 1 != 0 { birth |= flag }
            if dataset & 2 != 0 { address |= flag }
            if dataset & 4 != 0 { household |= flag }
        }
        var masks = RowMasks(words: 1)
        masks.set(
            0, birth: birth, address: address, household: household,
            MatchKey.needsCorroboration(available: available))
        for dataset in 0..<8 {
            let flag = UInt64(1) << UInt64(dataset)
            let fast: MatchStrength =
                if masks.person[0] & flag != 0 { .person }
                else if masks.nameAndBirthDateOnly[0] & flag != 0 { .nameAndBirthDateOnly }
                else if masks.householdOnly[0] & flag != 0 { .householdOnly }
                else { .none }
            let matched = Self.everySet[dataset]
            #expect(
                fast == MatchKey.strength(of: matched, available: available),
                "matched on \(matched.map(\.rawValue).sorted()), list gives \(available.map(\.rawValue).sorted())")
        }
        #expect(masks.matchedAnything, "dataset 7 matched on every basis")
    }

    @Test func aNameAndBirthDateNeedsThePhoneOnlyWhenTheListCouldGiveIt() {
        let birth: Set<MatchKey.Basis> = [.nameAndBirthDate]
        #expect(MatchKey.strength(of: birth, available: [.nameAndBirthDate]) == .person)
        #expect(MatchKey.strength(of: birth, available: [.nameAndBirthDate, .household]) == .nameAndBirthDateOnly)
        #expect(MatchKey.strength(of: birth, available: [.nameAndBirthDate, .nameAndAddress]) == .nameAndBirthDateOnly)
        #expect(
            MatchKey.strength(of: [.nameAndBirthDate, .household], available: [.nameAndBirthDate, .household])
                == .person)
        #expect(MatchKey.strength(of: [.household], available: [.household]) == .householdOnly)
        #expect(MatchKey.strength(of: [.nameAndAddress], available: [.nameAndAddress, .household]) == .person)
        #expect(MatchKey.strength(of: [], available: Set(Self.bases)) == MatchStrength.none)
    }
}
