import Foundation
import Testing

/// `lineage graph`, run for real: every view and filter gives DOT that Graphviz's own `dot` renders cleanly, the
/// DOT matches the golden files, and names full of DOT's special characters come out of `dot` exactly as written.
@Suite struct GraphCommandTests {
    /// A file whose names hold `"`, `\` (also as `\N`, `\G`, `\l`), `<`, `>`, `&`, newlines and Japanese.
    static let awkward = LineageBinary.fixtures.appendingPathComponent("graph/awkward-names.xml").path

    /// One invocation worth keeping a golden file of: a name for the file, and the arguments after the evidence.
    struct Invocation: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var testDescription: String { name }
    }

    /// Every view, every filter and every switch, alone and together.
    static let awkwardInvocations: [Invocation] = [
        .init(name: "custody", arguments: []),
        .init(name: "custody-legend-sources", arguments: ["--legend", "--sources"]),
        .init(name: "custody-merged", arguments: ["--merge-parallel", "--legend"]),
        .init(name: "prov", arguments: ["--view", "prov"]),
        .init(
            name: "prov-merged-legend-sources",
            arguments: ["--view", "prov", "--merge-parallel", "--legend", "--sources"]),
        .init(name: "batch", arguments: ["--batch", "batch-1"]),
        .init(name: "focus-party", arguments: ["--focus", "broker-c", "--depth", "1"]),
        .init(name: "focus-claim-prov", arguments: ["--focus", "t-3", "--depth", "0", "--view", "prov"]),
        .init(name: "as-of", arguments: ["--as-of", "2014-05"]),
        .init(name: "known-by", arguments: ["--known-by", "2014-07-31"]),
        .init(name: "min-grade", arguments: ["--min-grade", "B2", "--sources"]),
        .init(name: "lang-ja", arguments: ["--lang", "ja"]),
        .init(name: "lang-en-prov", arguments: ["--lang", "en", "--view", "prov"]),
        .init(
            name: "everything",
            arguments: [
                "--batch", "batch-1", "--as-of", "2014-06", "--known-by", "2014-08", "--min-grade", "D3", "--lang",
                "ja",
                "--legend", "--sources", "--merge-parallel",
            ]),
    ]

    @Test(arguments: awkwardInvocations)
    func everyViewAndFilterRendersCleanlyWithDot(_ invocation: Invocation) throws {
        let dot = try Self.graph([Self.awkward] + invocation.arguments)
        try Self.expectDotRendersCleanly(dot)
    }

    @Test(arguments: awkwardInvocations)
    func matchesItsGoldenFile(_ invocation: Invocation) throws {
        try Golden.check(try Self.graph([Self.awkward] + invocation.arguments), named: "awkward-\(invocation.name)")
    }

    @Test(arguments: [["--legend", "--sources"], ["--view", "prov", "--legend", "--sources"]])
    func namesComeOutOfDotExactlyAsWritten(_ arguments: [String]) throws {
        let svg = try Self.svg(of: try Self.graph([Self.awkward] + arguments))
        let texts = Self.svgTexts(svg)
        for name in [
            #"Broker's statement \N \l \G \"#, #"Broker "A" \ Tokyo"#, #"Holder \\ with no known source"#,
            "Acme IT <Systems> & Services", "名簿屋 C&D", #"Ruling "No. 12" \ appeal <summary> & notes"#,
            "東京地方裁判所 <Tokyo>", "Press release", "line two of the title",
        ] {
            // A party named only by a delegation is written inside its row of the table of who worked for whom:
            // `agent — employee of → Acme IT <Systems> & Services · date · grade`.
            #expect(texts.contains(name) || texts.contains { $0.contains("→ \(name) · ") }, "\(name) in \(arguments)")
        }
        #expect(!texts.contains { $0.contains("lineage") }, #"no \G became the graph's name ("lineage")"#)
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let arguments = [Self.awkward, "--legend", "--sources", "--merge-parallel"]
        #expect(try Self.graph(arguments) == Self.graph(arguments))
    }

    // MARK: The shipped case

    /// The Benesse case, when the checkout has it.
    static let benesse = LineageBinary.packageRoot.appendingPathComponent("Graphs/benesse")
    static let hasBenesse = FileManager.default.fileExists(atPath: benesse.path)

    /// The views and filters for the shipped case; the batch is the first one its datasets file defines.
    static var benesseInvocations: [Invocation] {
        var invocations: [Invocation] = [
            .init(name: "custody", arguments: []),
            .init(name: "custody-legend-sources", arguments: ["--legend", "--sources"]),
            .init(name: "custody-merged", arguments: ["--merge-parallel", "--legend", "--sources"]),
            .init(name: "prov", arguments: ["--view", "prov"]),
            .init(name: "prov-merged", arguments: ["--view", "prov", "--merge-parallel", "--legend"]),
            .init(name: "as-of", arguments: ["--as-of", "2014-05-31", "--known-by", "2014-07-09"]),
            .init(name: "min-grade", arguments: ["--min-grade", "B2", "--sources"]),
            .init(name: "lang-ja", arguments: ["--lang", "ja", "--merge-parallel"]),
        ]
        if let batch = firstBatch() {
            invocations.append(.init(name: "batch", arguments: ["--batch", batch, "--merge-parallel"]))
        }
        if let party = firstParty() {
            invocations.append(.init(name: "focus", arguments: ["--focus", party, "--depth", "2"]))
        }
        return invocations
    }

    @Test(.enabled(if: hasBenesse, "the Benesse case is not in this checkout"), arguments: benesseInvocations)
    func theShippedCaseRendersCleanlyAndMatchesItsGoldenFile(_ invocation: Invocation) throws {
        let dot = try Self.graph([Self.benesse.path] + invocation.arguments)
        try Self.expectDotRendersCleanly(dot)
        try Golden.check(dot, named: "benesse-\(invocation.name)")
    }

    private static func firstBatch() -> String? {
        firstID(matching: #"<dataset id="([^"]+)" kind="batch""#)
    }

    private static func firstParty() -> String? {
        firstID(matching: #"<party id="([^"]+)""#)
    }

    private static func firstID(matching pattern: String) -> String? {
        let files =
            (try? FileManager.default.contentsOfDirectory(atPath: benesse.path))?.filter { $0.hasSuffix(".xml") }
            .sorted() ?? []
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        for file in files {
            guard let text = try? String(contentsOf: benesse.appendingPathComponent(file), encoding: .utf8) else {
                continue
            }
            if let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                let range = Range(match.range(at: 1), in: text)
            {
                return String(text[range])
            }
        }
        return nil
    }

    // MARK: Output formats and failures

    @Test func svgPngAndPdfRunGraphvizAndWriteTheFile() throws {
        let directory = try Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (format, magic) in [
            ("svg", Data("<?xml".utf8)), ("png", Data([0x89, 0x50, 0x4E, 0x47])), ("pdf", Data("%PDF".utf8)),
        ] {
            let file = directory.appendingPathComponent("case.\(format)")
            let result = try LineageBinary.run(["graph", Self.awkward, "--format", format, "-o", file.path])
            #expect(result.status == 0, "\(format): \(result.standardError)")
            #expect(result.standardError.isEmpty)
            #expect(try Data(contentsOf: file).prefix(magic.count) == magic, "\(format)")
        }
    }

    @Test func theOutputFilesExtensionChoosesTheFormat() throws {
        let directory = try Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let svg = directory.appendingPathComponent("case.svg")
        #expect(try LineageBinary.run(["graph", Self.awkward, "-o", svg.path]).status == 0)
        #expect(try String(contentsOf: svg, encoding: .utf8).contains("<svg"))
        let dot = directory.appendingPathComponent("case.gv")
        #expect(try LineageBinary.run(["graph", Self.awkward, "-o", dot.path]).status == 0)
        #expect(try String(contentsOf: dot, encoding: .utf8) == Self.graph([Self.awkward]))
    }

    @Test func withoutGraphvizSVGFailsWithAClearMessage() throws {
        let empty = try Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: empty) }
        let withoutGraphviz = ["PATH": empty.path]
        let result = try GraphProcess.run(
            LineageBinary.url, ["graph", Self.awkward, "--format", "svg"], environment: withoutGraphviz)
        #expect(result.status == 1)
        #expect(result.standardError.contains("Graphviz's dot is not on PATH"))
        #expect(result.standardError.contains("or write DOT with --format dot and render it elsewhere."))
        #expect(result.standardOutput.isEmpty)
        // DOT itself needs no Graphviz.
        let dot = try GraphProcess.run(LineageBinary.url, ["graph", Self.awkward], environment: withoutGraphviz)
        #expect(dot.status == 0)
    }

    @Test(arguments: [
        (["--focus", "nobody"], "--focus 'nobody' names no party, dataset or claim in the case"),
        (["--batch", "broker-a"], "--batch 'broker-a' is a party; it must name a dataset"),
        (["--depth", "2"], "--depth needs --focus"),
        (["--lang", "日本"], "--lang"),
        (["--view", "sideways"], "--view"),
    ])
    func badUsageIsRefusedWithItsReason(_ arguments: [String], _ message: String) throws {
        let result = try LineageBinary.run(["graph", Self.awkward] + arguments)
        #expect(result.status == 64)
        #expect(result.standardError.contains(message))
        #expect(result.standardOutput.isEmpty)
    }

    // MARK: Helpers

    /// The DOT `lineage graph` writes for `arguments`, which must succeed without a word on standard error.
    static func graph(_ arguments: [String]) throws -> String {
        let result = try LineageBinary.run(["graph"] + arguments)
        #expect(result.status == 0, "lineage graph \(arguments): \(result.standardError)")
        #expect(
            result.standardError.isEmpty || result.standardError.hasPrefix("note: the evidence has"),
            "\(result.standardError)")
        return result.standardOutput
    }

    /// Renders with the real `dot -Tsvg`: exit 0 and nothing on standard error (no warning about a font, a
    /// label or a syntax error).
    static func expectDotRendersCleanly(_ dot: String) throws {
        let svg = try svg(of: dot)
        #expect(svg.contains("<svg"))
    }

    static func svg(of dot: String) throws -> String {
        let executable = try #require(
            GraphProcess.dot, "Graphviz's dot must be installed (scripts/install-dependencies.sh)")
        let result = try GraphProcess.run(executable, ["-Tsvg"], input: Data(dot.utf8))
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty, "dot said: \(result.standardError)")
        return result.standardOutput
    }

    /// The text of every `<text>` element of an SVG, unescaped.
    static func svgTexts(_ svg: String) -> Set<String> {
        guard let regex = try? NSRegularExpression(pattern: "<text[^>]*>([^<]*)</text>") else { return [] }
        let matches = regex.matches(in: svg, range: NSRange(svg.startIndex..., in: svg))
        return Set(
            matches.compactMap { Range($0.range(at: 1), in: svg) }.map { range in
                String(svg[range]).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(
                    of: "&gt;", with: ">"
                )
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
            })
    }

    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-graph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
