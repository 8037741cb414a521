import LineageRecords
import Testing

@Suite struct RecordFieldTests {
    @Test func ordinalsFollowTheDeclarationOrder() {
        #expect(RecordField.allCases.map(\.ordinal) == Array(0..<RecordField.allCases.count))
        #expect(RecordField(rawValue: "name-kana") == .nameKana)
    }
}
