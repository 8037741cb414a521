import Testing

/// `--columns` is parsed by the records library, which names no option; the CLI gives it its name, so the message
/// says which argument and which part of it is wrong.
@Suite struct ColumnsArgumentTests {
    @Test func aBadColumnChoiceNamesTheOptionAndThePart() throws {
        let result = try LineageBinary.run(
            ["fingerprint", "case.lineage", "records.csv", "--dataset", "d", "--columns", "phone=1,name-kana"])
        #expect(result.status == 64)
        #expect(
            result.standardError.contains(
                "--columns part 2 has no \"=\"; expected field=column, such as name-kana=3"), "\(result.standardError)")
    }
}
