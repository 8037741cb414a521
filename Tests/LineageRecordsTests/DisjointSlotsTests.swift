import LineageRecords
import Testing

@Suite("Writing disjoint slots on every core")
struct DisjointSlotsTests {
    @Test func everySlotIsWrittenOnceByItsOwnIndex() {
        var slots = [[Int]](repeating: [], count: 1000)
        DisjointSlots.update(&slots) { index, slot in slot.append(index) }
        #expect(slots == (0..<1000).map { [$0] })
    }

    @Test func anEmptyArrayCallsNothing() {
        var slots: [Int] = []
        DisjointSlots.update(&slots) { _, _ in Issue.record("no slot to write") }
        #expect(slots.isEmpty)
    }
}
