import LineageSynthetic
import Testing

/// Checks shared by the suites.
enum Expect {
    /// Every field is filled and written as a Japanese customer database writes it.
    static func looksLikeARecord(_ person: SyntheticPerson, sourceLocation: SourceLocation = #_sourceLocation) {
        let name = person.nameKanji.split(separator: "　")
        let reading = person.nameKana.split(separator: "　")
        #expect(name.count == 2, "\(person.nameKanji)", sourceLocation: sourceLocation)
        #expect(reading.count == 2, "\(person.nameKana)", sourceLocation: sourceLocation)
        #expect(
            person.nameKanji.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) },
            "\(person.nameKanji) has no kanji", sourceLocation: sourceLocation)
        #expect(
            person.nameKana.unicodeScalars.allSatisfy { (0x30A1...0x30FC).contains($0.value) || $0 == "　" },
            "\(person.nameKana) is not katakana", sourceLocation: sourceLocation)
        #expect(
            person.birthDate.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil, "\(person.birthDate)",
            sourceLocation: sourceLocation)
        #expect(
            person.phone.wholeMatch(of: /0[5-9]0-\d{4}-\d{4}|0\d-\d{4}-\d{4}|0\d\d-\d{3}-\d{4}/) != nil,
            "\(person.phone)", sourceLocation: sourceLocation)
        #expect(
            person.postalCode.wholeMatch(of: /\d{3}-\d{4}/) != nil, "\(person.postalCode)",
            sourceLocation: sourceLocation)
        #expect(
            person.address.firstMatch(of: /^\p{Han}+[都道府県]\p{Han}.*\d+丁目\d+番\d+号/) != nil, "\(person.address)",
            sourceLocation: sourceLocation)
    }
}
