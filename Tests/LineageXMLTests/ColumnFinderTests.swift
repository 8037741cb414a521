import Foundation
import LineageCore
import LineageXML
import Testing

/// `ColumnFinder` gives each diagnostic the line and column of the `<` that opens its element. Issue 18 made it
/// keep lines as bytes and decode only those it searches; these cases hold it to the places it gave before, for
/// thousands of diagnostics close together (each within the others' look-behind) and far apart.
@Suite struct ColumnFinderTests {
    /// One party element written in one of several layouts, and where its start tag opens: the line, counted from
    /// the layout's first, and the column.
    static func party(_ layout: Int, indent: Int) -> (text: String, line: Int, column: Int) {
        let pad = String(repeating: " ", count: indent)
        switch layout % 5 {
        case 0: return (pad + #"<party id="p" kind="person" name="P"/>"#, 0, indent + 1)
        case 1: return (pad + #"<!-- a > b --><party id="p" kind="person" name="P"/>"#, 0, indent + 15)
        case 2: return (pad + "<party id=\"p\"\n" + pad + "  kind=\"person\" name=\"P\"/>", 0, indent + 1)
        case 3: return (pad + "<!--日本語--><party\n  id=\"p\" kind=\"person\"\n  name=\"P\"\n>\n</party>", 0, indent + 11)
        default: return (pad + "<party id=\"p\" kind=\"person\" name=\"P\">\n<alias>x</alias></party>", 0, indent + 1)
        }
    }

    @Test func everyDuplicateGetsTheColumnOfItsStartTag() throws {
        var lines = [#"<?xml version="1.0" encoding="UTF-8"?>"#, #"<evidence xmlns="urn:listlineage:evidence:1">"#]
        lines.append(#"<party id="p" kind="person" name="P"/>"#)
        var expected: [String] = []
        for index in 0..<3_000 {
            let (text, line, column) = Self.party(index, indent: index % 7)
            // Now and then a stretch longer than the look-behind of 256 lines between two diagnostics.
            if index % 400 == 399 { lines += Array(repeating: "<!-- filler -->", count: 300) }
            expected.append("\(lines.count + 1 + line):\(column)")
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        lines.append("</evidence>")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("case.xml")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = CaseLoader(schema: try EvidenceSchema()).load([file.path])
        let found = result.diagnostics.filter { $0.code == .duplicateID }.compactMap(\.location).map {
            "\($0.line):\($0.column)"
        }
        #expect(found.count == expected.count, "\(result.diagnostics.prefix(3))")
        #expect(found == expected)
    }
}
