import LineageCore
import Testing

/// A claim keeps its fields in a shared copy-on-write box so that a case's dictionary of claims holds one
/// reference a slot: these pin the size that buys, and that a claim is still a value.
@Suite("A claim's storage")
struct ClaimStorageTests {
    static let claim = Claim(
        id: "t1", when: .interval(from: .open, to: .open),
        action: .transfer(dataset: "l", from: "p", to: "q", records: RecordCount(5), price: nil),
        cites: [Cite(source: "s", credibility: .probable)])

    @Test func aClaimIsOneReferenceWide() {
        #expect(MemoryLayout<Claim>.size == MemoryLayout<AnyObject>.size)
    }

    @Test func changingACopyLeavesTheOriginalAsItWas() {
        let original = Self.claim
        var copy = original
        #expect(copy == original)
        copy.cites.append(Cite(source: "s2", credibility: .doubtful))
        copy.id = "t2"
        copy.action = .holding(dataset: "l", party: "q")
        #expect(original.id == "t1")
        #expect(original.cites.count == 1)
        #expect(original.action == .transfer(dataset: "l", from: "p", to: "q", records: RecordCount(5), price: nil))
        #expect(copy != original)
    }

    @Test func equalFieldsMakeEqualClaimsWithEqualHashes() {
        var rebuilt = Self.claim
        rebuilt.id = "other"
        rebuilt.id = "t1"
        #expect(rebuilt == Self.claim)
        #expect(rebuilt.hashValue == Self.claim.hashValue)
        #expect(Set([rebuilt, Self.claim]).count == 1)
    }
}
