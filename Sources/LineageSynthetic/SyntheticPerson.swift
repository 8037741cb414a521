/// One made-up customer record as a list would hold it: every value is drawn from invented tables, never from
/// real data. The fields are the ones `RecordField` names, written as a Japanese customer database writes them.
package struct SyntheticPerson: Sendable, Hashable {
    /// Where the person comes from: the population, a batch's seed records, or nowhere (a stranger).
    package var origin: Origin
    /// Family and given name in kanji, separated by a full-width space: "佐藤　花子".
    package var nameKanji: String
    /// The reading in katakana, separated the same way: "サトウ　ハナコ".
    package var nameKana: String
    /// "2005-04-12".
    package var birthDate: String
    /// "090-1234-5678" or "03-5123-4567": the household's, shared by siblings.
    package var phone: String
    /// "123-4567".
    package var postalCode: String
    /// Prefecture, municipality, town and "1丁目2番3号", perhaps then a full-width space, a building and a room.
    package var address: String
    package var gender: Gender
}

extension SyntheticPerson {
    /// Where a synthetic person comes from, which is what the truth of a recovered list records.
    package enum Origin: Hashable, Sendable {
        /// Person `index` of the population, in the household whose first child is person `household`.
        case population(index: Int, household: Int)
        /// Seed record `number` (counting from 1) planted in the batch of `batch` positions.
        case seed(batch: Range<Int>, number: Int)
        /// A made-up person in no batch, numbered from 0.
        case stranger(number: Int)
    }
}

/// How lists commonly write gender; no part of any match key.
package enum Gender: String, Sendable, Hashable, CaseIterable {
    case female = "女"
    case male = "男"
}
