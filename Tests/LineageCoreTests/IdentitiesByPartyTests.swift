import LineageCore
import LineageTestSupport
import Testing

/// `identitiesByParty()` gives every party what `identities(of:)` gives it, in one pass (issue 18: `received`
/// asked once per recipient, reading every claim each time).
@Suite struct IdentitiesByPartyTests {
    @Test func eachPartyGetsWhatItsOwnAskGives() throws {
        var builder = try CaseBuilder.withDefaultSource()
        try builder.source("s2", .e, date: "2014-07-09")
        for party in ["a", "b", "c", "d"] { try builder.party(PartyID(party)) }
        let weak = [Cite(source: "s2", credibility: .doubtful)]
        try builder.claim("i1", "2014-07", .identity(party: "a", sameAs: "b"))
        try builder.claim("i2", "2014-07", .identity(party: "c", sameAs: "a"), cites: weak)
        try builder.claim("i3", "2014-07", .identity(party: "b", sameAs: "b"))
        try builder.claim("i4", "2014-07", .identity(party: "a", sameAs: "d"))
        let evidence = builder.evidence
        let index = evidence.identitiesByParty()
        for party: PartyID in ["a", "b", "c", "d", "e"] {
            #expect((index[party] ?? []) == evidence.identities(of: party))
        }
        #expect(index["a"]?.map(\.other) == ["b", "d", "c"])
    }
}
