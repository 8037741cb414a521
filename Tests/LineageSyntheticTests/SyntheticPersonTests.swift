import LineageSynthetic
import Testing

@Suite struct SyntheticPersonTests {
    @Test func isAValueType() {
        #expect(MemoryLayout<SyntheticPerson>.size > 0)
    }
}
