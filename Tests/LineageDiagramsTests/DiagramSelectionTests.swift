import LineageCore
import LineageTestSupport
import Testing

@testable import LineageDiagrams

/// `--batch`, `--focus` and the shared filters: what is drawn, and what the diagram says it left out.
@Suite struct DiagramSelectionTests {
    /// The broker chain, with a second batch the first batch's view must leave out, and the insider's employer.
    private func twoBatches() throws -> CaseBuilder {
        var builder = try brokerChain()
        try builder.dataset("batch-2", .batch, name: "Batch two", owner: "owner")
        try builder.party("employer", name: "Employer")
        try builder.party("client", name: "Client")
        try builder.claim(
            "d1", "2013", .delegation(agent: "insider", principal: "employer", relation: .employee), cites: [cite("s1")])
        try builder.claim(
            "d2", "2013", .delegation(agent: "employer", principal: "client", relation: .contractor), cites: [cite("s1")])
        try builder.claim(
            "x2", "2014-05",
            .extraction(dataset: "batch-2", from: "db", by: "insider", medium: nil, records: nil), cites: [cite("s1")])
        try builder.claim("t2", "2014-06", transfer("batch-2", "insider", "buyer"), cites: [cite("s2")])
        return builder
    }

    @Test func aBatchBringsEverythingDownstreamAndWhomItsHandlersWorkedFor() throws {
        let text = try dot(try twoBatches(), DiagramOptions(batch: "batch"))
        #expect(
            edgeEnds(in: text) == [
                "db -> insider", "insider -> broker-a", "broker-a -> broker-b", "broker-b -> made:broker-b:list",
                "broker-b -> buyer",
            ])
        // The handlers' employers come with the batch, in the table of who worked for whom.
        #expect(text.contains(#"TOOLTIP="delegation d1""#) && text.contains(#"TOOLTIP="delegation d2""#))
        #expect(text.contains("// Not drawn: 2 claims outside the batch"))
    }

    @Test func aFocusDrawsWhatLiesWithinDepthClaims() throws {
        let one = try dot(try twoBatches(), DiagramOptions(focus: "broker-a", depth: 1))
        #expect(edgeEnds(in: one) == ["insider -> broker-a", "broker-a -> broker-b"])
        let zero = try dot(try twoBatches(), DiagramOptions(focus: "broker-a", depth: 0))
        #expect(edgeEnds(in: zero).isEmpty)
        #expect(try #require(node(in: zero, "broker-a")).contains(#"penwidth="2.5""#))
    }

    @Test func aFocusOnAClaimStartsFromEverythingItNames() throws {
        let text = try dot(try twoBatches(), DiagramOptions(focus: "c3-resale", depth: 0))
        #expect(edgeEnds(in: text) == ["broker-a -> broker-b"])
    }

    @Test func batchAndFocusTogetherDrawWhatBothSelect() throws {
        let text = try dot(try twoBatches(), DiagramOptions(batch: "batch-2", focus: "buyer", depth: 1))
        #expect(edgeEnds(in: text) == ["insider -> buyer"])
    }

    @Test func theFiltersSayHowManyClaimsTheyLeftOutAndWhy() throws {
        var options = DiagramOptions()
        options.filter = CaseFilter(asOf: try CalendarDay(endOf: "2014-05"), minimumGrade: Grade("B2"))
        let text = try dot(try brokerChain(), options)
        #expect(edgeEnds(in: text) == ["db -> insider", "insider -> broker-a"])
        #expect(text.contains("// Filter: as of 2014-05-31 (event time), graded B2 or better"))
        #expect(
            text.contains("// Omitted by the filter: 3 claims (3 could only have happened after 2014-05-31)"))
        #expect(text.contains("Omitted by the filter: 3 claims"), "said in the picture too, not only in a comment")
    }

    /// The error says what is wrong in the diagram's terms and carries the data; it names no option of the CLI.
    @Test func unknownOrWrongKindsOfIdsAreErrorsThatNameThem() throws {
        let nope = try #require(diagramError(try brokerChain(), DiagramOptions(batch: "nope")))
        #expect(nope.code == .unknownBatch && nope.id == "nope" && nope.actual == nil && nope.expected == "dataset")
        #expect(nope.description == "the batch 'nope' names no dataset in the case")
        let party = try #require(diagramError(try brokerChain(), DiagramOptions(batch: "buyer")))
        #expect(party.code == .unknownBatch && party.actual == "party")
        #expect(party.description == "the batch 'buyer' is a party; it must name a dataset")
        let source = try #require(diagramError(try brokerChain(), DiagramOptions(focus: "s1")))
        #expect(source.code == .unknownFocus && source.actual == "source")
        #expect(source.description == "the focus 's1' is a source; it must name a party, dataset or claim")
        let depth = try #require(diagramError(try brokerChain(), DiagramOptions(focus: "buyer", depth: -1)))
        #expect(depth.code == .negativeDepth && depth.depth == -1)
        for error in [nope, party, source, depth] {
            #expect(!error.description.contains("--"), "a library message names a CLI option: \(error)")
        }
    }

    /// The error `Diagram.dot` throws for `options`, or nil when it draws.
    func diagramError(_ built: CaseBuilder, _ options: DiagramOptions) -> DiagramError? {
        do throws(DiagramError) {
            _ = try Diagram.dot(of: built.evidence, options: options)
            return nil
        } catch {
            return error
        }
    }

    @Test func aFocusOnAClaimTheFilterLeftOutSaysSo() throws {
        var options = DiagramOptions(focus: "c5-sale")
        options.filter = CaseFilter(asOf: try CalendarDay(endOf: "2014-05"))
        #expect(throws: DiagramError.self) { try dot(try brokerChain(), options) }
        let error = try #require(diagramError(try brokerChain(), options))
        #expect(error.leftOutByFilter && error.id == "c5-sale")
        #expect(error.description.contains("which the as-of, known-by or minimum-grade filters leave out"))
    }
}
