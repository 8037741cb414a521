import Foundation
import Testing

/// An investigator's first hour (issue 20): each mistake a new user makes, and the message that explains it, with
/// the exit status `../shared/design/conventions.md` gives it. Every test asserts the exact words.
@Suite("First hour: mistakes that explain themselves")
struct FirstHourTests {
    // MARK: Arguments in the wrong order

    @Test func addWithTheStoreLastGivesTheCorrectedCommand() throws {
        let scratch = try Scratch()
        try scratch.write("case/parties.xml", evidence())
        #expect(try scratch.run(["init", "store.lineage"]).status == 0)
        let outcome = try scratch.run(["add", "case/parties.xml", "store.lineage"])
        #expect(outcome.status == 64)
        #expect(
            outcome.standardError == """
                lineage: error: the arguments are in the wrong order: 'store.lineage' is the case store, and the \
                store comes first:
                    lineage add store.lineage case/parties.xml

                """)
    }

    @Test func retractWithTheClaimFirstGivesTheCorrectedCommand() throws {
        let scratch = try Scratch()
        #expect(try scratch.run(["init", "store.lineage"]).status == 0)
        let outcome = try scratch.run(["retract", "t-x1", "store.lineage", "--reason", "wrong date"])
        #expect(outcome.status == 64)
        #expect(
            outcome.standardError == """
                lineage: error: the arguments are in the wrong order: 'store.lineage' is the case store, and the \
                store comes first:
                    lineage retract store.lineage t-x1 --reason 'wrong date'

                """)
    }

    @Test func receivedWithTheCaseFirstGivesTheCorrectedCommand() throws {
        let scratch = try Scratch()
        try scratch.write("case/evidence.xml", evidence())
        let outcome = try scratch.run(["received", "case", "db-x"])
        #expect(outcome.status == 64)
        #expect(
            outcome.standardError == """
                lineage: error: the arguments are in the wrong order: 'case' is a file or folder and 'db-x' names \
                none; the dataset comes first:
                    lineage received db-x case

                """)
    }

    // MARK: A folder where a store belongs

    @Test("a folder given as a store", arguments: [["add", "case", "more.xml"], ["verify", "case"]])
    func folderGivenAsAStore(_ arguments: [String]) throws {
        let scratch = try Scratch()
        try scratch.write("case/evidence.xml", evidence())
        try scratch.write("more.xml", evidence())
        let outcome = try scratch.run(arguments)
        #expect(outcome.status == 66)
        #expect(
            outcome.standardError == """
                lineage: error: case: this is a folder, not a case store: a store is one file, such as \
                case.lineage (create one with `lineage init case.lineage`)

                """)
    }

    // MARK: Did you mean

    @Test func anUnknownDatasetSuggestsTheNearestIdAndIsUsage() throws {
        let scratch = try Scratch()
        try scratch.write("evidence.xml", evidence())
        for command in [["received", "db-custmers"], ["trace", "db-custmers"]] {
            let outcome = try scratch.run(command + ["evidence.xml"])
            #expect(outcome.status == 64, "\(command)")
            #expect(
                outcome.standardError.hasSuffix(
                    "lineage: error: no \(command[0] == "trace" ? "dataset or party" : "dataset") 'db-custmers' in "
                        + "the case (did you mean 'db-customers'?)\n"), "\(outcome.standardError)")
        }
        let graph = try scratch.run(["graph", "evidence.xml", "--focus", "brokr"])
        #expect(graph.status == 64)
        #expect(graph.standardError.contains("names no party, dataset or claim in the case (did you mean 'broker'?)"))
    }

    @Test func anUnknownReferenceSuggestsTheNearestIdOfItsKind() throws {
        let scratch = try Scratch()
        try scratch.write(
            "evidence.xml",
            evidence(
                """
                  <transfer id="t2" dataset="batch-1" from="broker" to="insidr" when="2014-07">
                    <cite source="s-police" credibility="3"/>
                  </transfer>

                """))
        let outcome = try scratch.run(["check", "--errors-only", "evidence.xml"])
        #expect(outcome.status == 1)
        #expect(
            outcome.standardOutput == """
                evidence.xml:15:3: error: transfer 't2': 'to' names unknown party 'insidr' (did you mean \
                'insider'?) [unknown-reference]
                checked 1 file: 1 sources, 3 parties, 2 datasets, 3 claims; 1 error, 0 warnings

                """)
    }

    @Test func anUnknownOptionSuggestsTheNearestOption() throws {
        let outcome = try LineageBinary.run(["check", "--error-only", "valid/split"])
        #expect(outcome.status == 64)
        #expect(
            outcome.standardError.hasPrefix("Error: Unknown option '--error-only'. Did you mean '--errors-only'?\n"))
    }

    // MARK: The format's words

    @Test func aClaimWithNoCiteIsNamedInTheFormatsWords() throws {
        let outcome = try LineageBinary.run(["check", "invalid/missing-cite.xml"])
        #expect(outcome.status == 1)
        #expect(
            outcome.standardOutput.hasPrefix(
                "invalid/missing-cite.xml:8:3: error: transfer 't1' has no <cite>: every claim needs at least one "
                    + "(<cite source=\"…\"/>) [missing-cite]\n"))
    }

    @Test func aBareAmpersandSaysToWriteAmp() throws {
        let scratch = try Scratch()
        try scratch.write(
            "evidence.xml",
            evidence(
                #"  <source id="s-web" title="A page" date="2014" reliability="C" ref="https://x.example/?a=1&b=2"/>"#
                    + "\n"))
        let outcome = try scratch.run(["check", "evidence.xml"])
        #expect(outcome.status == 1)
        #expect(
            outcome.standardOutput.hasPrefix(
                "evidence.xml:15:94: error: a bare & (in XML, write & as &amp;, also inside URLs and quotes) "
                    + "[libxml2: EntityRef: expecting ';'] [malformed-xml]\n"), "\(outcome.standardOutput)")
    }

    @Test(
        "a date the command line cannot read lists the accepted forms",
        arguments: [
            (
                "2023年10月",
                "'2023年10月' is not an EDTF date or interval: expected YYYY, YYYY-MM or YYYY-MM-DD, optionally with "
                    + "~, ? or %; write 2023年10月 as 2023-10"
            ),
            (
                "2014/13",
                "'2014/13' is not an EDTF date or interval: expected one day, month or year such as 2014-07-09, "
                    + "2014-07 or 2014 (a slash makes an interval; dates are written year-month-day with hyphens)"
            ),
        ])
    func dateErrorsListTheAcceptedForms(_ value: String, _ reason: String) throws {
        let outcome = try LineageBinary.run(["received", "list-js", "valid/example", "--as-of", value])
        #expect(outcome.status == 64)
        #expect(
            outcome.standardError.hasPrefix("Error: The value '\(value)' is invalid for '--as-of <date>': \(reason)\n"))
    }

    @Test func aNegativeNumberReachesItsRangeCheck() throws {
        let outcome = try LineageBinary.run(["graph", "valid/example", "--focus", "bunkensha", "--depth", "-1"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.hasPrefix("Error: --depth must be 0 or more, not -1.\n"))
    }

    // MARK: Files that cannot be read

    @Test func anEmptyFileAndAnEmptyStandardInputSaySo() throws {
        let scratch = try Scratch()
        try scratch.write("empty.xml", "")
        let file = try scratch.run(["check", "empty.xml"])
        #expect(file.status == 1)
        let message =
            "error: the file is empty: an evidence file holds one <evidence> element (lineage new writes a skeleton "
            + "to start from) [empty-file]"
        #expect(file.standardOutput.hasPrefix("empty.xml: \(message)\n"))
        let stdin = try scratch.run(["check", "-"], input: Data())
        #expect(stdin.status == 1)
        #expect(stdin.standardOutput.hasPrefix("<stdin>: \(message)\n"))
    }

    @Test func aMissingFileHasNoLineZeroAndExits66() throws {
        let outcome = try LineageBinary.run(["check", "valid/example", "nope.xml"])
        #expect(outcome.status == 66)
        #expect(outcome.standardOutput.hasPrefix("nope.xml: error: no such file or directory [unreadable]\n"))
        let received = try LineageBinary.run(["received", "list-js", "valid/example", "nope.xml"])
        #expect(received.status == 66)
    }

    /// Root reads every file whatever its mode, so as root the command runs as `nobody` (through setpriv).
    @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func anUnreadableFileSaysPermissionDeniedAndExits66() throws {
        let scratch = try Scratch()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.url.path)
        try scratch.write("secret.xml", evidence())
        try FileManager.default.setAttributes(
            [.posixPermissions: 0], ofItemAtPath: scratch.url.appendingPathComponent("secret.xml").path)
        let process = Process()
        if getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = [
                "--reuid=65534", "--regid=65534", "--clear-groups", LineageBinary.url.path, "check", "secret.xml",
            ]
        } else {
            process.executableURL = LineageBinary.url
            process.arguments = ["check", "secret.xml"]
        }
        process.currentDirectoryURL = scratch.url
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 66)
        #expect(
            text.hasPrefix(
                "secret.xml: error: permission denied: the file cannot be read (check its permissions) [unreadable]\n"),
            "\(text)")
    }

    @Test func utf8TextDeclaredLatin1IsWarnedAbout() throws {
        let scratch = try Scratch()
        try scratch.write(
            "evidence.xml",
            evidence(#"  <party id="bunkensha" kind="organization" name="文献社"/>"# + "\n")
                .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\""))
        let outcome = try scratch.run(["check", "evidence.xml"])
        #expect(outcome.status == 0)
        #expect(
            outcome.standardOutput.hasPrefix(
                "evidence.xml:1:1: warning: the file declares encoding=\"ISO-8859-1\" but its text is UTF-8: read as "
                    + "ISO-8859-1, every non-ASCII character (kanji, kana) turns into garbage; write "
                    + "encoding=\"UTF-8\" [encoding-mismatch]\n"))
    }

    // MARK: Stores and cases

    @Test func aFileTheStoreHoldsIsReadOnceWithItsEntryNamed() throws {
        let scratch = try Scratch()
        try scratch.write("case/evidence.xml", evidence())
        #expect(try scratch.run(["init", "case.lineage"]).status == 0)
        #expect(try scratch.run(["add", "case.lineage", "case"]).status == 0)
        let outcome = try scratch.run(["check", "case.lineage", "case"])
        #expect(outcome.status == 0)
        #expect(
            outcome.standardOutput == """
                case/evidence.xml: warning: already in the store as entry 1 (case.lineage:1); read once, from the \
                store [already-in-store]
                checked 1 file: 1 sources, 3 parties, 2 datasets, 2 claims; 0 errors, 1 warning

                """)
    }

    @Test func aDerivationCycleNamesTheClaimsThatCloseIt() throws {
        let outcome = try LineageBinary.run(["check", "--errors-only", "invalid/derivation-cycle.xml"])
        #expect(outcome.status == 1)
        #expect(
            outcome.standardOutput.hasPrefix(
                "invalid/derivation-cycle.xml:7:3: error: derivation cycle: list-1 ← list-2 ← list-1, made by "
                    + "derivation 'd2', derivation 'd1' (a dataset cannot be made from itself: correct the 'from' of "
                    + "one of them) [derivation-cycle]\n"), "\(outcome.standardOutput)")
    }

    // MARK: Commands

    @Test func graphRefusesAnOutputItCannotWriteInItsFormat() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: "valid/example/format-example.xml", to: "evidence.xml")
        let outcome = try scratch.run(["graph", "evidence.xml", "-o", "x.jpg"])
        #expect(outcome.status == 64)
        #expect(
            outcome.standardError.hasPrefix(
                "Error: lineage graph cannot write a .jpg file: name the output .dot (or .gv), .svg, .png or .pdf, or "
                    + "choose the format with --format.\n"))
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("x.jpg").path))
    }

    @Test func importHelpHasNoLiteralBackslashes() throws {
        let outcome = try LineageBinary.run(["import", "--help"])
        #expect(outcome.status == 0)
        #expect(!outcome.standardOutput.contains("\\"))
    }

    @Test("every command's help lists the exit statuses", arguments: [[], ["check"], ["new"]])
    func helpListsExitStatuses(_ command: [String]) throws {
        let outcome = try LineageBinary.run(command + ["--help"])
        let flat = outcome.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("66 an input cannot be read, 74 an output cannot be written."), "\(flat)")
    }

    @Test func errorsOnlyHidesWarningsButCountsThem() throws {
        let outcome = try LineageBinary.run(["check", "--errors-only", "invalid/conflicting-counts.xml"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasSuffix("0 errors, 1 warning\n"))
        #expect(outcome.standardOutput.split(separator: "\n").count == 1)
    }
}

extension FirstHourTests {
    /// "about July" computes as "from 1 June": the answer shows what was written beside what was computed, so a
    /// report quoting it does not say June where the source said about July.
    @Test func anApproximateDateIsShownAsWrittenBesideItsComputedDay() throws {
        let scratch = try Scratch()
        try scratch.write(
            "evidence.xml",
            evidence().replacingOccurrences(
                of: "to=\"broker\" when=\"2014-06\"", with: "to=\"broker\" when=\"2014-07~\""))
        let outcome = try scratch.run(["received", "batch-1", "evidence.xml"])
        #expect(outcome.status == 0)
        #expect(
            outcome.standardOutput.contains(
                """
                  batch-1, earliest 2014-07~ → from 2014-06-01, grade B2, order only possible
                    2014-06-01     insider extracts batch-1 from db-customers: extraction 'x1' (2014-06), B2 [s-police B2]
                    2014-07~ → from 2014-06-01 insider → broker, batch-1: transfer 't1' (2014-07~), B2 [s-police B2] \
                (order only possible)

                """), "\(outcome.standardOutput)")
    }
}
