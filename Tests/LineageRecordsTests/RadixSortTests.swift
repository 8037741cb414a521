import LineageTestSupport
import Testing

@testable import LineageRecords

/// The radix sort against the standard library's sort: the passes ping-pong between the caller's buffers and
/// spare ones, so a wrong count of passes or a payload left behind shows here as wrong order or wrong pairs.
@Suite struct RadixSortTests {
    /// Values spread over all four 16-bit digits, with repeats, from a fixed seed so a failure repeats.
    private func values(_ count: Int) -> [UInt64] {
        var generator = SplitMix(seed: 0x5EED)
        return (0..<count).map { index in index % 7 == 0 ? 42 : generator.next() }
    }

    @Test func keysAndPayloadSortTogetherAsTheStandardSortWould() {
        var keys = values(5_000)
        var payload = keys.indices.map { UInt32($0) }
        let expected = zip(keys, payload).sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        RadixSort.sort(&keys, carrying: &payload)
        // The sort is stable, so equal keys keep their payloads in their first order.
        #expect(keys == expected.map(\.0))
        #expect(payload == expected.map(\.1))
    }

    @Test func sortUniqueLeavesEachValueOnceInOrder() {
        var keys = values(5_000)
        let expected = Array(Set(keys)).sorted()
        RadixSort.sortUnique(&keys)
        #expect(keys == expected)
    }

    @Test func emptyAndSingleInputsStayAsTheyAre() {
        var empty: [UInt64] = []
        var none: [UInt32] = []
        RadixSort.sort(&empty, carrying: &none)
        #expect(empty.isEmpty && none.isEmpty)
        var one: [UInt64] = [.max]
        RadixSort.sortUnique(&one)
        #expect(one == [.max])
    }
}
