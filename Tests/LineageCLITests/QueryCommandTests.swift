import Foundation
import Testing
import LineageTestSupport

/// The query commands, through the real binary, on a small case shaped like the Benesse leak.
@Suite struct QueryCommandTests {
    /// Paths relative to the fixtures folder, where `LineageBinary` runs the binary.
    static let chain = "queries/broker-chain.xml"
    static let broken = "queries/broken.xml"

    /// The JSON object the command printed.
    static func object(_ run: LineageBinary.Outcome) throws -> JSONValue {
        try #require(try JSONValue(json: run.standardOutput).object)
    }

    @Test func receivedListsRecipientsAsJSON() throws {
        let run = try LineageBinary.run(["received", "batch-0617", Self.chain, "--json"])
        #expect(run.status == 0)
        let answer = try Self.object(run)
        #expect(answer["dataset"]?.string == "batch-0617")
        let recipients = try #require(answer["recipients"]?.array)
        #expect(recipients.map { $0["party"]?.string } == ["engineer", "chiyoda"])
        for recipient in recipients {
            #expect(Set(recipient.keys).isSuperset(of: ["party", "earliest", "grade", "paths"]))
        }
        #expect(recipients.map { $0["earliest"]?.string } == ["2014-06-17", "2014-06-18"])
        #expect(recipients.map { $0["grade"]?.string } == ["A1", "A1"])
        let paths = try #require(recipients.last?["paths"]?.array)
        let steps = try #require(paths.first?["steps"]?.array)
        #expect(steps.map { $0["claim"]?.string } == ["e-0617", "t-0618"])
        let leftOut = try #require(answer["leftOut"]?.array)
        #expect(leftOut.map { $0["claim"]?.string } == ["t-safety"])
    }

    @Test func receivedReadsAsAReport() throws {
        let run = try LineageBinary.run(["received", "db", Self.chain])
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("db: 8 recipients\n"))
        #expect(
            run.standardOutput.contains(
                "\nchiyoda (Broker in Chiyoda-ku) [unidentified]: earliest 2014-06-18, grade A1\n"))
        #expect(
            run.standardOutput.contains(
                "    2014-06-18     engineer → chiyoda [unidentified], batch-0617: transfer 't-0618' (2014-06-18), A1 "
                    + "[s-court A1, s-police B2]\n"))
        #expect(run.standardOutput.contains("(order only possible)"))
        #expect(run.standardOutput.contains("[s-gendai E6, s-benesse B2 disputes] DISPUTED"))
        #expect(run.standardOutput.contains("; also claimed by 't-bk-js-wiki'"))
        #expect(run.standardOutput.contains("\n1 hop left out: it contradicts the time order\n"))
        #expect(run.standardOutput.contains("the data cannot have reached engineer before 2014-06-17"))
        // Warnings do not stop a query; they are mentioned once.
        #expect(run.standardError.contains("2 warnings"))
    }

    @Test func filtersSayWhatTheyLeftOut() throws {
        let run = try LineageBinary.run(["received", "db", Self.chain, "--min-grade", "B2", "--as-of", "2014-05"])
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("db: 2 recipients\n"))
        #expect(run.standardOutput.contains("(4 claims after --as-of 2014-05-31 left out)\n"))
        #expect(run.standardOutput.contains("(6 claims below --min-grade B2 left out)\n"))
        let json = try Self.object(
            LineageBinary.run(["received", "db", Self.chain, "--min-grade", "B2", "--as-of", "2014-05", "--json"]))
        let filter = try #require(json["filter"]?.object)
        #expect(filter["minGrade"]?.string == "B2")
        #expect(filter["omitted"] == .object(["afterAsOf": .integer(4), "belowMinimumGrade": .integer(6), "unknownByKnownBy": .integer(0)]))
    }

    @Test func traceLeadsBackThroughTheBrokersToTheUnidentifiedDealerAndTheCopy() throws {
        let run = try LineageBinary.run(["trace", "justsystems", Self.chain])
        #expect(run.status == 0)
        let expected = [
            "engineer extracts batch-early from db: extraction 'e-early'",
            "engineer → dealer [unidentified], batch-early: transfer 't-eng-dealer'",
            "dealer [unidentified] → panworld, batch-early: transfer 't-dealer-pw'",
            "panworld → bunkensha, batch-early: transfer 't-pw-bk'",
            "bunkensha makes list-js from batch-early: derivation 'd-bk'",
            "bunkensha → justsystems, list-js: transfer 't-bk-js'",
        ]
        let positions = expected.map { run.standardOutput.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil))
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(run.standardOutput.hasPrefix("justsystems (JustSystems) holds 1 dataset: list-js\n"))
    }

    @Test func traceAsJSONNamesItsSubject() throws {
        let answer = try Self.object(LineageBinary.run(["trace", "list-js", Self.chain, "--json"]))
        #expect(answer["subject"]?.string == "list-js")
        #expect(answer["kind"]?.string == "dataset")
        let holdings = try #require(answer["holdings"]?.array)
        let paths = try #require(holdings.first?["paths"]?.array)
        #expect(paths.map { $0["origin"]?.string } == ["database"])
    }

    @Test(arguments: [
        (["received", "nope"], "lineage: error: no dataset 'nope' in the case"),
        (["received", "bunkensha"], "lineage: error: 'bunkensha' is a party, not a dataset"),
        (["trace", "s-court"], "lineage: error: 's-court' is a source, not a dataset or party"),
        (["trace", "nobody"], "lineage: error: no dataset or party 'nobody' in the case"),
    ])
    func anUnknownIDIsAClearError(arguments: [String], message: String) throws {
        let run = try LineageBinary.run(arguments + [Self.chain])
        #expect(run.status == 64, "an id the case does not have is usage, as in graph --focus")
        #expect(run.standardError.contains(message))
        #expect(run.standardOutput.isEmpty)
    }

    @Test(arguments: [["received", "list-js"], ["trace", "list-js"], ["timeline"], ["gaps"]])
    func aCaseWithErrorsStopsEveryQuery(command: [String]) throws {
        let run = try LineageBinary.run(command + [Self.broken])
        #expect(run.status == 1)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.contains("'to' names unknown party 'justsystem'"))
        #expect(run.standardError.contains("queries need a case without errors"))
    }

    @Test func timelineOrdersByEventTimeAndSaysWhenEachBecameKnown() throws {
        let run = try LineageBinary.run(["timeline", Self.chain])
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("14 events\n2013/2014-06     delegation 'g-eng'"))
        #expect(
            run.standardOutput.contains(
                "2014-05          transfer 't-bk-js': list-js: bunkensha → justsystems, 2,570,000 records; B2 "
                    + "[s-tsuhan B2]; known by 2014-07-31 (s-tsuhan)\n"))
        let known = try Self.object(LineageBinary.run(["timeline", Self.chain, "--known-by", "2014-07-10", "--json"]))
        let events = try #require(known["events"]?.array)
        // The trade paper is dated only "July 2014": not certainly published by the 10th.
        #expect(events.map { $0["claim"]?.string } == ["t-pw-bk", "d-bk"])
    }

    @Test func gapsListWhatToChaseNext() throws {
        let answer = try Self.object(LineageBinary.run(["gaps", Self.chain, "--json"]))
        let disputed = try #require(answer["disputed"]?.array)
        #expect(disputed.map { $0["claim"]?.string } == ["t-bk-benesse"])
        let unidentified = try #require(answer["unidentifiedParties"]?.array)
        #expect(unidentified.map { $0["party"]?.string } == ["chiyoda", "dealer"])
        let conflicts = try #require(answer["conflicts"]?.array)
        #expect(conflicts.map { $0["kind"]?.string } == ["counts"])
        let ungraded = try #require(answer["ungradedSupport"]?.array)
        #expect(ungraded.map { $0["claim"]?.string } == ["t-bk-benesse", "t-bk-js-wiki"])
        let text = try LineageBinary.run(["gaps", Self.chain]).standardOutput
        #expect(
            text.contains(
                "claims of the same hop that disagree: 1\n  counts differ: list-js: bunkensha → justsystems\n"))
    }
}

/// Rule 7 of docs/queries.md: JSON answers carry the whole hop.
@Suite struct WholeHopJSONTests {
    static let wholeHop = "queries/whole-hop.xml"

    /// Every step of every path in a `received` or `trace` answer.
    static func steps(_ paths: JSONValue?) -> [JSONValue] {
        ((paths?.array) ?? []).flatMap { ($0["steps"]?.array) ?? [] }
    }

    @Test func receivedCarriesEveryAttributeAndEveryCiteWhole() throws {
        let run = try LineageBinary.run(["received", "db", Self.wholeHop, "--json"])
        #expect(run.status == 0)
        let answer = try QueryCommandTests.object(run)
        let recipients = try #require(answer["recipients"]?.array)
        let user = try #require(recipients.first { $0["party"]?.string == "user" })
        let steps = Self.steps(user["paths"])
        #expect(steps.map { $0["claim"]?.string } == ["e1", "t1", "d1", "t2"])
        // Every key on every step, null when the evidence says nothing.
        for step in steps {
            #expect(
                Set(step.keys).isSuperset(of: [
                    "medium", "price", "priceText", "purpose", "operation", "corroboration", "basis", "notes",
                    "cites", "sameHop",
                ]))
        }
        #expect(steps[0]["medium"]?.string == "smartphone")
        #expect(steps[0]["priceText"]?.isNull == true)
        // The version 1 free-text price is `priceText`; `price` is the format 1.1 `<price>` (none here).
        #expect(steps[1]["priceText"]?.string == "about ¥250,000")
        #expect(steps[1]["price"]?.isNull == true)
        #expect(steps[2]["operation"]?.string == "dedupe")
        let cite = try #require((steps[0]["cites"]?.array)?.first)
        #expect(cite["source"]?.string == "s-court")
        #expect(cite["reliability"]?.string == "A")
        #expect(cite["credibility"]?.int == 1)
        #expect(cite["grade"]?.string == "A1")
        #expect(cite["stance"]?.string == "supports")
        #expect(cite["page"]?.string == "p. 12")
        let quotes = try #require(cite["quotes"]?.array)
        #expect(quotes.first?["text"]?.string == "He copied the records to his phone.")
        #expect(quotes.first?["language"]?.string == "en")
        // Another claim of the same sale is corroboration, with its sources; never another way in.
        let corroboration = try #require(steps[1]["corroboration"]?.array)
        #expect(corroboration.map { $0["claim"]?.string } == ["t1-again"])
        let again = try #require((corroboration.first?["cites"]?.array)?.first)
        #expect(again["page"]?.string == "1")
        let paths = try #require(user["paths"]?.array)
        #expect(paths.first?["otherWays"]?.int == 0)
        // Both grades: the best-supported arrival is always there.
        let best = try #require(user["best"]?.object)
        #expect(Set(best.keys) == ["grade", "earliest", "paths"])
    }

    @Test func traceCarriesTheWholeHopToo() throws {
        let run = try LineageBinary.run(["trace", "user", Self.wholeHop, "--json"])
        #expect(run.status == 0)
        let answer = try QueryCommandTests.object(run)
        let holdings = try #require(answer["holdings"]?.array)
        let steps = Self.steps(holdings.first?["paths"])
        #expect(steps.map { $0["claim"]?.string } == ["e1", "t1", "d1", "t2"])
        #expect(
            steps.allSatisfy { Set($0.keys).isSuperset(of: ["medium", "price", "priceText", "purpose", "operation"]) })
        #expect(steps[2]["operation"]?.string == "dedupe")
        #expect(steps[1]["priceText"]?.string == "about ¥250,000")
    }
}

/// Rule 1 of docs/queries.md, through the binary: owners are origins.
@Suite struct OwnerOriginTests {
    static let processor = "queries/processor.xml"

    @Test func theOwnerIsNeitherARecipientNorAGap() throws {
        let received = try LineageBinary.run(["received", "db-x", Self.processor])
        #expect(received.status == 0)
        #expect(received.standardOutput.hasPrefix("db-x: 2 recipients\n"))
        #expect(!received.standardOutput.contains("\nclient"))
        #expect(!received.standardOutput.contains("not in the evidence"))
        let gaps = try LineageBinary.run(["gaps", Self.processor])
        #expect(gaps.standardOutput.contains("holdings with no known acquisition: none"))
        let trace = try LineageBinary.run(["trace", "client", Self.processor])
        #expect(trace.standardOutput.contains("path 1: db-x is its owner's own database, held from the start\n"))
    }
}
