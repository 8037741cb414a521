import Foundation
import Testing
import LineageTestSupport

/// The questions an investigator asks of the KCB case (`Graphs/kcb`, format 1.1), put through the real binary:
/// which company's customers each buyer received and when, what was known on the day of the first announcement,
/// and which figures conflict.
@Suite("The KCB case's key answers")
struct KCBAnswersTests {
    static let kcb = LineageBinary.packageRoot.appendingPathComponent("Graphs/kcb").path

    static func json(_ arguments: [String]) throws -> JSONValue {
        let outcome = try LineageBinary.run(arguments + [kcb, "--json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return try #require(try JSONValue(json: outcome.standardOutput).object)
    }

    /// Each recipient of `dataset` with its earliest day ("undated" when no date bounds it).
    static func earliest(_ dataset: String, _ options: [String] = []) throws -> [String: String] {
        let recipients = try #require(json(["received", dataset] + options)["recipients"]?.array)
        return Dictionary(uniqueKeysWithValues: recipients.compactMap { recipient in
            (recipient["party"]?.string).map { ($0, recipient["earliest"]?.string ?? "undated") }
        })
    }

    @Test func theCaseChecksWithoutErrors() throws {
        let outcome = try LineageBinary.run(["check", Self.kcb])
        #expect(outcome.status == 0, "\(outcome.standardOutput)")
        #expect(outcome.standardOutput.contains("; 0 errors, "))
    }

    @Test func eachCompanysCustomersReachedTheBuyersOnTheirOwnDays() throws {
        // Lotte's customers reached the ad agent from January 2011 (the 2010 copy's 250만), and no broker.
        let lotte = try Self.earliest("db-lotte")
        #expect(lotte["ad-agent-jo"] == "2011-01-01")
        for broker in ["recruiter-lee", "broker-kim-39", "broker-kim-34", "broker-han-34"] { #expect(lotte[broker] == nil) }
        // NH's from June 2012, passed on to the recruiter and his partner.
        let nh = try Self.earliest("db-nh")
        #expect(nh["ad-agent-jo"] == "2012-06-01")
        #expect(nh["recruiter-lee"] == "2012-06-01")
        #expect(nh["broker-kim-39"] == "2012-08-01")
        // KB's from February 2013.
        let kb = try Self.earliest("db-kb")
        #expect(kb["ad-agent-jo"] == "2013-02-01")
        #expect(kb["recruiter-lee"] == "2013-02-01")
    }

    @Test func kcbIsAnEntrustedRecipientOfEachCompanyNotABuyer() throws {
        for database in ["db-kb", "db-lotte", "db-nh"] {
            let recipients = try #require(Self.json(["received", database])["recipients"]?.array)
            let kcb = try #require(recipients.first { $0["party"]?.string == "kcb" }, "\(database)")
            #expect(kcb["entrusted"]?.bool == true)
            let employee = try #require(recipients.first { $0["party"]?.string == "kcb-employee" })
            #expect(employee["entrusted"]?.bool == false)
        }
    }

    @Test func lottesDecember2013CopyReachedNobodyButTheEmployee() throws {
        #expect(Array(try Self.earliest("batch-lotte-2013-12").keys) == ["kcb-employee"])
    }

    @Test func theAgentsListHoldsEachPartFromItsOwnDelivery() throws {
        #expect(try Self.earliest("list-lotte-2011")["ad-agent-jo"] == "2011-01-01")
        #expect(try Self.earliest("batch-nh-2012-06")["ad-agent-jo"] == "2012-06-01")
        #expect(try Self.earliest("batch-kb-2013-02")["ad-agent-jo"] == "2013-02-01")
    }

    @Test func onTheDayOfTheFirstAnnouncementOnlyNHDataWasKnownToHaveLeftTheEmployee() throws {
        let known = ["--known-by", "2014-01-08"]
        #expect(Set(try Self.earliest("db-kb", known).keys) == ["kcb-employee"])
        #expect(Set(try Self.earliest("db-lotte", known).keys) == ["kcb-employee"])
        #expect(Set(try Self.earliest("db-nh", known).keys) == ["kcb-employee", "ad-agent-jo", "recruiter-lee"])
        let events = try #require(Self.json(["timeline"] + known)["events"]?.array)
        let kinds = events.compactMap { $0["event"]?.string }
        #expect(kinds.contains("indictment") && kinds.contains("press-release"))
        #expect(!kinds.contains("regulator-action"), "the regulator acted only from 13 January")
    }

    @Test func theFiguresThatConflictAreKeptSideBySide() throws {
        let conflicts = try #require(Self.json(["gaps"])["conflicts"]?.array)
        let counted = conflicts.filter { $0["kind"]?.string == "counts" }.map { conflict in
            ((conflict["claims"]?.array) ?? []).compactMap { $0["claim"]?.string }
        }
        // The ad agent's total: 7980만여건 against a press report of 20 million. The 16.5 million won's "part"
        // (`t-employee-jo`) gives no count, so it is not among them: a count conflict lists only the claims counting
        // in its unit (rule 6 of docs/queries.md, "units are never mixed").
        #expect(counted.contains(["t-employee-jo-0314", "t-employee-jo-20m"]))
        // The three-company totals, persons against records, never compared across units.
        #expect(conflicts.contains { $0["kind"]?.string == "units" })
        // About 1억400만 against the court's 1억326만 is within 10%: no longer a conflict on its own.
        let check = try LineageBinary.run(["check", Self.kcb]).standardOutput
        #expect(!check.contains("'d-all-court' says"))
    }

    /// The reasoning behind each item was written as XML comments, which the store, every export and `--json` drop;
    /// as `<note>`s it travels with the item. Only each file's header and the section banners stay comments.
    @Test func theInvestigatorsReasoningIsInNotesNotComments() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.kcb).filter { $0.hasSuffix(".xml") }
        #expect(files.count == 11)
        for file in files {
            let text = try String(contentsOfFile: "\(Self.kcb)/\(file)", encoding: .utf8)
            let body = text[try #require(text.range(of: "<evidence")).lowerBound...]
            let comments = body.components(separatedBy: "<!--").dropFirst()
            #expect(comments.allSatisfy { $0.hasPrefix(" =====") }, "\(file) has a comment that is not a section banner")
        }
        let exported = try LineageBinary.run(["export", Self.kcb]).standardOutput
        #expect(exported.contains(
            "<note xml:lang=\"en\">H5, as known on 8 January: part of the data, for 1650만원. PROSECUTION."))
        let steps = try #require(
            (Self.json(["trace", "ad-agent-jo"])["holdings"]?.array)?
                .flatMap { ($0["paths"]?.array) ?? [] }.flatMap { ($0["steps"]?.array) ?? [] })
        let noted = steps.filter { !((($0["notes"]?.array) ?? []).isEmpty) }
        #expect(!noted.isEmpty, "a trace's steps carry their claims' notes")
    }
}
