import Testing

@testable import LineageCore

/// The distinct index types of the custody graph cost no memory: a query's cache misses are what it costs on a
/// large case, so a hop and a search's label must stay as small as they were with bare `Int32`s.
@Suite struct CustodyIndexLayoutTests {
    @Test func anIndexIsOneInt32Wide() {
        #expect(MemoryLayout<CustodyGraph.ClaimIndex>.size == MemoryLayout<Int32>.size)
        #expect(MemoryLayout<CustodyGraph.ClaimIndex>.alignment == MemoryLayout<Int32>.alignment)
        #expect(MemoryLayout<CustodyGraph.PartyIndex>.size == MemoryLayout<Int32>.size)
        #expect(MemoryLayout<CustodyGraph.PartyIndex>.alignment == MemoryLayout<Int32>.alignment)
    }

    /// The strides the hop and the label had with bare `Int32`s (measured before the change).
    @Test func aHopAndALabelKeepTheirStrides() {
        #expect(MemoryLayout<CustodyGraph.Hop>.stride == 36)
        #expect(MemoryLayout<CustodyGraph.Way>.stride == 20)
        #expect(MemoryLayout<CustodyGraph.Reach>.stride == 8)
    }
}
