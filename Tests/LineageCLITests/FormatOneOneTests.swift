import Foundation
import Testing
import LineageTestSupport

/// Evidence format 1.1 through the real binary, one fixture per addition (`Fixtures/v11`), each with exact answers.
@Suite("Evidence format 1.1")
struct FormatOneOneTests {
    static func json(_ arguments: [String]) throws -> JSONValue {
        let outcome = try LineageBinary.run(arguments + ["--json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return try #require(try JSONValue(json: outcome.standardOutput).object)
    }

    static func recipients(_ dataset: String, in file: String, _ options: [String] = []) throws -> [JSONValue] {
        try #require(json(["received", dataset, "v11/\(file)"] + options)["recipients"]?.array)
    }

    static func earliest(_ recipients: [JSONValue]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: recipients.compactMap { recipient in
            (recipient["party"]?.string).map { ($0, recipient["earliest"]?.string ?? "undated") }
        })
    }

    @Test func everyFixtureChecksWithOnlyItsIntendedWarnings() throws {
        for (file, warnings) in [
            ("processor.xml", 0), ("batches.xml", 0), ("events.xml", 0), ("identity.xml", 0), ("approx.xml", 1),
            ("prices.xml", 1),
        ] {
            let outcome = try LineageBinary.run(["check", "v11/\(file)"])
            #expect(outcome.status == 0, "\(file): \(outcome.standardOutput)")
            #expect(outcome.standardOutput.hasSuffix("0 errors, \(warnings) warning\(warnings == 1 ? "" : "s")\n"), "\(file)")
        }
    }

    // MARK: Basis

    @Test func anEntrustedProcessorIsARecipientMarkedEntrustedAndEachHopCarriesItsBasis() throws {
        let recipients = try Self.recipients("pool", in: "processor.xml")
        let processor = try #require(recipients.first { $0["party"]?.string == "processor" })
        #expect(processor["entrusted"]?.bool == true)
        #expect(processor["earliest"]?.string == "2012-01-01")
        let broker = try #require(recipients.first { $0["party"]?.string == "broker" })
        #expect(broker["entrusted"]?.bool == false)
        let path = try #require((broker["paths"]?.array)?.first)
        let steps = try #require(path["steps"]?.array)
        #expect(steps.map { $0["basis"]?.string } == [nil, "sale"])
        let price = try #require(steps.last?["price"]?.object)
        #expect(price["amount"]?.string == "16500000" && price["currency"]?.string == "KRW")
        let notes = try #require(steps.last?["notes"]?.array)
        #expect(notes.first?["text"]?.string == "The report gives the price the broker paid.")
        let text = try LineageBinary.run(["received", "pool", "v11/processor.xml"]).standardOutput
        #expect(text.contains("processor (Processor): earliest 2012-01-01, grade A1, entrusted\n"))
        #expect(text.contains("client-a → processor, pool (entrustment): transfer 't-a-processor'"))
    }

    // MARK: Containment

    @Test func aPartIsReceivedWithTheWholeOnlyWhileItIsInsideIt() throws {
        // Client A's batch is inside the aggregate from its first day; the broker got the aggregate in 2012.
        #expect(Self.earliest(try Self.recipients("part-a", in: "batches.xml")) == ["insider": "2011-06-01", "broker": "2012-01-01"])
        // Client B's batch is inside it only from February 2014: the broker holds it from then, not from 2012.
        #expect(Self.earliest(try Self.recipients("part-b", in: "batches.xml")) == ["insider": "2014-02-01", "broker": "2014-02-01"])
        // Client C's batch is inside a copy that never left the insider.
        #expect(Self.earliest(try Self.recipients("part-c", in: "batches.xml")) == ["insider": "2013-12-01"])
        // Never the reverse: whoever holds a part does not receive the whole.
        let whole = try Self.recipients("aggregate", in: "batches.xml")
        #expect(Set(whole.compactMap { $0["party"]?.string }) == ["insider", "broker"])
    }

    @Test func aContainedStepSaysWhereThePartWas() throws {
        let broker = try #require(try Self.recipients("part-b", in: "batches.xml").first { $0["party"]?.string == "broker" })
        let path = try #require((broker["paths"]?.array)?.first)
        let last = try #require((path["steps"]?.array)?.last)
        #expect(last["link"]?.string == "contained")
        #expect(last["claim"]?.string == "c-b")
        #expect(last["inputs"]?.strings == ["aggregate"])
        #expect(last["orderCertain"]?.bool == true)
    }

    // MARK: Events

    @Test func eventsAreOnTheTimelineAndNeverRecipients() throws {
        let events = try #require(try Self.json(["timeline", "v11/events.xml"])["events"]?.array)
        #expect(events.map { $0["claim"]?.string } == ["e-arrest", "x-copy", "e-announce"])
        let announce = try #require(events.last)
        #expect(announce["event"]?.string == "press-release")
        #expect(announce["datasets"]?.strings == ["copy"])
        #expect(announce["parties"]?.strings == ["prosecutors"])
        #expect((announce["notes"]?.array)?.first?["text"]?.string == "The first public announcement.")
        let recipients = try Self.recipients("db", in: "events.xml")
        let parties = recipients.compactMap { $0["party"]?.string }
        #expect(parties.contains("insider"))
        #expect(!parties.contains("prosecutors"))
        let graph = try LineageBinary.run(["graph", "v11/events.xml", "--events"]).standardOutput
        #expect(graph.contains(#""event:e-arrest" -> "insider""#))
        #expect(!(try LineageBinary.run(["graph", "v11/events.xml"]).standardOutput.contains("event:")))
    }

    // MARK: Identities

    @Test func answersSayPossiblyTheSameAndMergeOnRequest() throws {
        let text = try LineageBinary.run(["received", "copy", "v11/identity.xml"]).standardOutput
        #expect(text.contains("  possibly the same as broker-west (West Data), grade C3 [i-east-west]\n"))
        let east = try #require(try Self.recipients("copy", in: "identity.xml").first { $0["party"]?.string == "broker-east" })
        let same = try #require((east["possiblySameAs"]?.array)?.first)
        #expect(same["party"]?.string == "broker-west" && same["grade"]?.string == "C3")
        #expect(same["claim"]?.string == "i-east-west")
        let merged = try Self.recipients("copy", in: "identity.xml", ["--merge-identities", "C3"])
        #expect(merged.compactMap { $0["party"]?.string } == ["insider", "broker-east", "buyer"])
        let buyer = try #require(merged.last)
        let path = try #require((buyer["paths"]?.array)?.first)
        #expect((path["steps"]?.array)?.compactMap { $0["claim"]?.string } == ["x-copy", "t-east", "t-west-buyer"])
        // Below the threshold nothing merges.
        #expect(try Self.recipients("copy", in: "identity.xml", ["--merge-identities", "B2"]).count == 4)
    }

    /// Before, only `received` named identities: a trace through broker-west and the gaps of the case said nothing.
    @Test func traceAndGapsNamePossibleIdentitiesToo() throws {
        let trace = try LineageBinary.run(["trace", "buyer", "v11/identity.xml"]).standardOutput
        #expect(trace.hasSuffix(
            "\nparties possibly known under another name:\n"
                + "  broker-west (West Data): possibly the same as broker-east (East Lists), grade C3 [i-east-west]\n"))
        let traced = try #require(try Self.json(["trace", "buyer", "v11/identity.xml"])["possibleIdentities"]?.array)
        #expect(traced.map { $0["party"]?.string } == ["broker-west"])
        let same = try #require((traced.first?["possiblySameAs"]?.array)?.first)
        #expect(same["party"]?.string == "broker-east" && same["grade"]?.string == "C3" && same["claim"]?.string == "i-east-west")
        let party = try #require(try Self.json(["trace", "broker-east", "v11/identity.xml"])["possibleIdentities"]?.array)
        #expect(party.map { $0["party"]?.string } == ["broker-east"], "the party traced, though no path names it")
        // A trace naming no such party has the key, empty.
        #expect((try Self.json(["trace", "db", "v11/identity.xml"])["possibleIdentities"]?.array)?.isEmpty == true)

        let gaps = try LineageBinary.run(["gaps", "v11/identity.xml"]).standardOutput
        #expect(gaps.hasSuffix(
            "parties possibly one under two names: 1\n"
                + "  broker-east (East Lists) is possibly the same as broker-west (West Data), grade C3 [i-east-west]\n"))
        let open = try #require(try Self.json(["gaps", "v11/identity.xml"])["possibleIdentities"]?.array)
        #expect(open.count == 1)
        #expect(open.first?["party"]?.string == "broker-east" && open.first?["sameAs"]?.string == "broker-west")
        #expect(open.first?["grade"]?.string == "C3" && open.first?["claim"]?.string == "i-east-west")
        // Merged identities are settled, so no longer a gap; a case without identities has the key, empty.
        #expect((try Self.json(["gaps", "v11/identity.xml", "--merge-identities", "C3"])["possibleIdentities"]?.array)?.isEmpty == true)
        #expect(!(try LineageBinary.run(["gaps", "v11/prices.xml"]).standardOutput.contains("two names")))
    }

    // MARK: Approximate figures and prices

    @Test func aboutFiguresConflictOnlyBeyondTenPercent() throws {
        let check = try LineageBinary.run(["check", "v11/approx.xml"]).standardOutput
        // 9,280,000 against about 9,000,000 is within 10%; about 7,000,000 is not.
        #expect(check.contains("warning: conflicting counts for dataset 'copy': extraction 'x-low' says about 7,000,000 records"))
        #expect(check.hasSuffix("0 errors, 1 warning\n"))
    }

    @Test func pricesOfTheSameHopConflictInTheSameCurrencyOnly() throws {
        let check = try LineageBinary.run(["check", "v11/prices.xml"]).standardOutput
        #expect(check.hasPrefix("v11/prices.xml:18:3: warning: conflicting prices for the same hop: transfer 't-b' says 23000000 KRW"))
        #expect(!check.contains("USD"))
        let conflicts = try #require(try Self.json(["gaps", "v11/prices.xml"])["conflicts"]?.array)
        #expect(conflicts.compactMap { $0["kind"]?.string } == ["prices"])
    }

    // MARK: Round trips

    /// An exported document's items, without the comment that says where it came from.
    static func items(_ document: String) -> [Substring] {
        document.split(separator: "\n").filter { !$0.hasPrefix("<!--") }
    }

    @Test func exportWritesBackEveryAdditionAndReadsTheSame() throws {
        for file in ["processor.xml", "batches.xml", "events.xml", "identity.xml", "approx.xml", "prices.xml"] {
            let exported = try LineageBinary.run(["export", "v11/\(file)"])
            #expect(exported.status == 0, "\(file): \(exported.standardError)")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-v11-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try exported.standardOutput.write(to: folder.appendingPathComponent("case.xml"), atomically: true, encoding: .utf8)
            let again = try LineageBinary.run(["export", "case.xml"], in: folder)
            #expect(again.standardOutput == exported.standardOutput, "\(file)")
            for format in ["prov-xml", "prov-json"] {
                let written = try LineageBinary.run(["export", "case.xml", "--format", format, "-o", "case.prov"], in: folder)
                #expect(written.status == 0, "\(file) \(format): \(written.standardError)")
                let imported = try LineageBinary.run(["import", "case.prov", "-o", "back.xml"], in: folder)
                #expect(imported.status == 0 && imported.standardError.isEmpty, "\(file) \(format): \(imported.standardError)")
                let back = try String(contentsOf: folder.appendingPathComponent("back.xml"), encoding: .utf8)
                #expect(Self.items(back) == Self.items(exported.standardOutput), "\(file) through \(format)")
            }
            #expect(try LineageBinary.run(["export", "case.xml", "--format", "prov-n"], in: folder).status == 0)
        }
    }
}

/// `lineage add <case> <kind>` for the kinds and attributes format 1.1 adds.
@Suite("Adding format 1.1 items from the command line")
struct FormatOneOneAddTests {
    @Test func eachNewKindAndAttributeIsAddedCheckedAndExported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-add11-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = { (arguments: [String]) in try LineageBinary.run(arguments, in: folder) }
        #expect(try run(["init", "case.lineage"]).status == 0)
        let fixture = LineageBinary.fixtures.appendingPathComponent("v11/processor.xml").path
        #expect(try run(["add", "case.lineage", fixture]).status == 0)
        let commands: [[String]] = [
            ["dataset", "--id", "merged", "--kind", "list", "--name", "Merged list", "--owner", "client-a", "--owner",
             "client-b", "--records", "900", "--approx"],
            ["transfer", "--id", "t-gift", "--dataset", "copy", "--from", "broker", "--to", "insider", "--when", "2013-08",
             "--basis", "gift", "--price-amount", "0", "--price-currency", "KRW", "--cite", "s-report:3", "--note", "odd"],
            ["containment", "--id", "c-copy", "--dataset", "copy", "--within", "pool", "--when", "2013-06",
             "--cite", "s-report:2"],
            ["event", "--id", "e-arrest", "--kind", "arrest", "--party", "insider", "--when", "2014-01",
             "--cite", "s-report:2"],
            ["identity", "--id", "i-1", "--party", "broker", "--same-as", "processor", "--when", "2014",
             "--cite", "s-report:5"],
        ]
        for command in commands {
            let outcome = try run(["add", "case.lineage"] + command)
            #expect(outcome.status == 0, "\(command[0]): \(outcome.standardOutput)\(outcome.standardError)")
        }
        let unknownKind = try run([
            "add", "case.lineage", "event", "--id", "e-2", "--kind", "party", "--when", "2014", "--cite", "s-report:2",
        ])
        #expect(unknownKind.status == 64)
        let noCurrency = try run([
            "add", "case.lineage", "transfer", "--id", "t-2", "--dataset", "copy", "--from", "insider", "--to", "broker",
            "--when", "2013", "--price-amount", "5", "--cite", "s-report:2",
        ])
        #expect(noCurrency.status == 64)
        let exported = try run(["export", "case.lineage"]).standardOutput
        for expected in [
            #"<dataset id="merged" kind="list" name="Merged list" owner="client-a client-b" records="900" approx="true"/>"#,
            #"<transfer id="t-gift" dataset="copy" from="broker" to="insider" when="2013-08" basis="gift"><price amount="0" currency="KRW"/>"#,
            #"<note>odd</note>"#,
            #"<containment id="c-copy" dataset="copy" within="pool" when="2013-06">"#,
            #"<event id="e-arrest" kind="arrest" when="2014-01" party="insider">"#,
            #"<identity id="i-1" party="broker" same-as="processor" when="2014">"#,
        ] {
            #expect(exported.contains(expected), "\(expected)")
        }
        #expect(try run(["verify", "case.lineage"]).standardOutput.contains("6 entries, chain intact"))
    }
}
