import Foundation
import Testing

/// `lineage graph --exhibit`, run for real: it combines with every selection and filter, its PDF embeds every
/// font it uses (Japanese and Korean included) and links its sources, and a page never shrinks text below 10 pt.
@Suite struct ExhibitCommandTests {
    static let benesse = GraphCommandTests.benesse.path

    @Test(
        .enabled(if: GraphCommandTests.hasBenesse, "the Benesse case is not in this checkout"),
        arguments: [
            ["--trace", "justsystems"], ["--batch", "batch-2014-06-17"], ["--focus", "bunkensha", "--depth", "1"],
            ["--as-of", "2014-05-31", "--known-by", "2014-07-09"], ["--min-grade", "B2", "--merge-parallel"],
            ["--view", "prov"],
        ])
    func anExhibitWorksWithEverySelectionAndFilter(_ arguments: [String]) throws {
        let dot = try GraphCommandTests.graph([Self.benesse, "--exhibit"] + arguments)
        try GraphCommandTests.expectDotRendersCleanly(dot)
        #expect(dot.contains("<B>Legend</B>") && dot.contains("<B>Sources</B>"))
        #expect(dot.contains("<B>Reference</B>"))
        #expect(dot.contains("Evidence: 50 sources, the earliest dated 2014-07-10~ (2014-07-03 to 2014-07-17), the latest 2022-10-19"))
        #expect(!dot.contains("…"), "an exhibit cuts a label")
        if !arguments.contains("prov") { #expect(dot.contains("claim ")) }
    }

    @Test func idsNameTheClaimsInAnyView() throws {
        let dot = try GraphCommandTests.graph([GraphCommandTests.awkward, "--ids", "--trace", "buyer"])
        #expect(dot.contains(#"label="claim t-4\n"#))
        #expect(!dot.contains("<B>Legend</B>"))
    }

    @Test func aPictureLargerThanThePageIsNotShrunkBelowTenPointsAndSaysSo() throws {
        let result = try LineageBinary.run(["graph", GraphCommandTests.awkward, "--exhibit", "--page", "a4"])
        #expect(result.status == 0)
        #expect(result.standardError.contains("more than one A4 page (landscape) holds"))
        #expect(
            result.standardError.contains(
                "sheets printed tiled. Draw less of the case (--trace, --focus, --batch, --no-delegations, fewer "
                    + "sources) or choose a larger --page.\n"), "the CLI names its options")
        #expect(!result.standardOutput.contains(#", size=""#), "the page bound would shrink text below 10 pt")
        let small = try LineageBinary.run(["graph", GraphCommandTests.awkward, "--focus", "t-4", "--depth", "0", "--page", "a3"])
        #expect(small.status == 0)
        #expect(small.standardError.isEmpty, "\(small.standardError)")
        #expect(small.standardOutput.contains(#"size="16.04,11.19""#))
    }

    @Test func anExhibitPDFEmbedsItsJapaneseAndKoreanFontsAndLinksItsSources() throws {
        let pdffonts = try #require(
            Self.executable("pdffonts"), "poppler-utils' pdffonts must be installed (scripts/install-dependencies.sh)")
        let directory = try GraphCommandTests.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("exhibit.pdf")
        let drawn = try LineageBinary.run([
            "graph", Self.benesse, "--exhibit", "--batch", "batch-2014-06-17", "--title", "사건 기록: ベネッセ 2014",
            "-o", pdf.path,
        ])
        #expect(drawn.status == 0, "\(drawn.standardError)")
        let fonts = try GraphProcess.run(pdffonts, [pdf.path])
        #expect(fonts.status == 0)
        let rows = fonts.standardOutput.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty, "no fonts in the PDF")
        for row in rows {
            // name type encoding emb sub uni object ID: the fourth column from the end is `emb`.
            let columns = row.split(separator: " ")
            #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "not embedded: \(row)")
        }
        #expect(fonts.standardOutput.contains("NotoSansCJK"), "the CJK font is not the one drawn")
        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.range(of: Data("/URI (https://".utf8)) != nil, "the source references are not links")
    }

    static func executable(_ name: String) -> URL? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
