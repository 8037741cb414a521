import LineageSynthetic
import Testing

@Suite struct SyntheticPersonTests {
    @Test func isAValue() {
        let person = SyntheticPerson(
            index: 0, household: 0, nameKanji: "", nameKana: "", birthDate: "", phone: "", postalCode: "",
            address: "", gender: "")
        #expect(person == person)
    }
}
