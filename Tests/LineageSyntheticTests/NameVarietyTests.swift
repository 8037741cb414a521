import LineageRecords
import LineageSynthetic
import Testing

/// Unrelated people must rarely share a person key, or a matching benchmark cannot tell whose record a row is.
///
/// The arithmetic: with `p` the chance that two unrelated people agree on a key, a person shares it with someone
/// else with probability about (N − 1) · p, which grows linearly with the population N. The bar is under 0.5% at
/// 30,000,000 people, so under 0.005% in the 300,000 of the sample. Pairs agreeing on a whole key are too few in
/// the sample to measure p well at 30,000,000, so it is also estimated as P(same name) · P(same birth date) from
/// the sample's pairs agreeing on each (thousands and millions of them), and (N − 1) · p checked at 30,000,000.
@Suite struct NameVarietyTests {
    static let sampleSize = 300_000
    static let target = 30_000_000

    @Test func fewUnrelatedPeopleShareANameAndABirthDate() throws {
        let population = Population(seed: 7)
        var keys = MatcherKeys()
        var readings = KeyTally()
        var kanjiNames = KeyTally()
        var birthDates = KeyTally()
        var readingKeys = KeyTally()
        var kanjiKeys = KeyTally()
        for index in 0..<Self.sampleSize {
            let person = population.person(at: index)
            let reading = try keys.name(person.nameKana, as: .nameKana)
            let kanji = try keys.name(person.nameKanji, as: .nameKanji)
            let birthDate = try keys.value(person.birthDate, as: .birthDate)
            if index.isMultiple(of: 1_000) {
                #expect(try keys.whole(person.nameKana, as: .nameKana) == reading)
                #expect(try keys.whole(person.nameKanji, as: .nameKanji) == kanji)
            }
            readings.add(reading)
            kanjiNames.add(kanji)
            birthDates.add(birthDate)
            readingKeys.add(reading + "\t" + birthDate)
            kanjiKeys.add(kanji + "\t" + birthDate)
        }
        let pairs = Double(Self.sampleSize) * Double(Self.sampleSize - 1) / 2
        let sameBirthDate = Double(birthDates.agreeingPairs) / pairs
        for (key, names, keys) in [("reading", readings, readingKeys), ("kanji name", kanjiNames, kanjiKeys)] {
            let sharing = Double(keys.sharingPeople) / Double(Self.sampleSize)
            #expect(sharing < 0.000_05, "\(keys.sharingPeople) of \(Self.sampleSize) share \(key) and birth date")
            let estimate = Double(Self.target - 1) * Double(names.agreeingPairs) / pairs * sameBirthDate
            #expect(estimate < 0.005, "\(estimate * 100)% would share \(key) and birth date in \(Self.target)")
        }
    }
}

/// Values as the matcher keys them (see `FieldNormaliser`), in Strings, which hash faster than bytes in a debug
/// build. Each distinct value is normalised once, and a name as its family and given parts, of which there are
/// thousands where there are hundreds of thousands of whole names: the normaliser drops the separator and works
/// character by character, so a name's key is its parts' keys joined (which `whole` lets the test check).
private struct MatcherKeys {
    private var known: [RecordField: [Substring: String]] = [:]

    mutating func name(_ name: String, as field: RecordField) throws -> String {
        try name.split(separator: "　").map { try value($0, as: field) }.joined()
    }

    mutating func value(_ value: some StringProtocol, as field: RecordField) throws -> String {
        if let key = known[field]?[Substring(value)] { return key }
        let key = try whole(value, as: field)
        known[field, default: [:]][Substring(value)] = key
        return key
    }

    func whole(_ value: some StringProtocol, as field: RecordField) throws -> String {
        try String(decoding: #require(FieldNormaliser.normalise(String(value), as: field)), as: UTF8.self)
    }
}

/// How many times each key occurs.
private struct KeyTally {
    private var counts: [String: Int] = [:]

    mutating func add(_ key: String) { counts[key, default: 0] += 1 }

    /// The people whose key someone else has too.
    var sharingPeople: Int { counts.values.reduce(0) { $0 + ($1 > 1 ? $1 : 0) } }

    /// The pairs of people with the same key.
    var agreeingPairs: Int { counts.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 } }
}
