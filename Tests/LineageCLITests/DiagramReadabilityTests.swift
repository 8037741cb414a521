import Foundation
import Testing

/// What a reader with only the picture needs, checked on every diagram shipped in Graphs/: each drawn claim's
/// count and dates are on its own edge (or row), written in full; an exhibit cuts nothing; and every line style
/// and mark the picture uses is explained in its legend.
@Suite("Shipped diagrams a reader can use")
struct DiagramReadabilityTests {
    typealias Diagram = ShippedDiagramsTests.Diagram

    /// The claims of the shipped case as the XML states them: kind, `when`, and the count with its unit.
    struct StatedClaim {
        var kind: String
        var when: String
        var count: String?
    }

    /// The claims of every shipped case (ids are unique within a case, and the cases share none).
    static let claims: [String: StatedClaim] = {
        let folders = ["benesse", "kcb"].map { ShippedDiagramsTests.graphs.appendingPathComponent($0) }
        let files = folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".xml") }
                .map { folder.appendingPathComponent($0) }
        }
        let element = try! NSRegularExpression(
            pattern: #"<(extraction|transfer|derivation|use|holding|deletion|delegation|containment)\s([^>]*)>"#)
        var claims: [String: StatedClaim] = [:]
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for match in element.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let kind = String(text[Range(match.range(at: 1), in: text)!])
                let attributes = String(text[Range(match.range(at: 2), in: text)!])
                guard let id = attribute("id", in: attributes), let when = attribute("when", in: attributes) else {
                    continue
                }
                let count = attribute("records", in: attributes).flatMap(UInt64.init).map {
                    grouped($0) + " " + (attribute("unit", in: attributes) ?? "records")
                }
                claims[id] = StatedClaim(kind: kind, when: when, count: count)
            }
        }
        return claims
    }()

    @Test func theCaseHasClaimsToCheck() {
        #expect(Self.claims.count > 50)
        #expect(Self.claims["x-repeated"]?.when == "2013-07~/2014-06")
    }

    @Test("every drawn claim's count and dates are on its own edge or row, in full", arguments: ShippedDiagramsTests.diagrams)
    func countsAndDatesAreDrawnInFull(_ diagram: Diagram) throws {
        let dot = try Self.dot(of: diagram)
        var checked = 0
        for (drawn, ids) in Self.labelledClaims(in: dot) {
            let text = drawn.replacingOccurrences(of: "\u{00A0}", with: " ")
            for id in ids {
                let claim = try #require(Self.claims[id], "\(id) drawn in \(diagram.name) is not in the evidence")
                checked += 1
                if let count = claim.count {
                    #expect(text.contains(count), "\(diagram.name): \(id) drawn without its count \(count)")
                }
                for date in claim.when.split(separator: "/") where !date.isEmpty && date != ".." {
                    #expect(text.contains(date), "\(diagram.name): \(id) drawn without its date \(date)")
                }
            }
            #expect(!text.contains("../") && !text.contains("/.."), "\(diagram.name): bare EDTF interval in \(text)")
        }
        #expect(checked > 0, "no claim found drawn in \(diagram.name)")
    }

    @Test(
        "an exhibit cuts no label",
        arguments: ShippedDiagramsTests.diagrams.filter { $0.arguments.contains("--exhibit") })
    func anExhibitCutsNothing(_ diagram: Diagram) throws {
        let dot = try Self.dot(of: diagram)
        for (text, _) in Self.labelledClaims(in: dot) {
            #expect(!text.contains("…"), "\(diagram.name) cuts a label: \(text)")
        }
        // Every node's full name, from its tooltip, is in its label.
        for line in dot.split(separator: "\n") where !line.contains("->") {
            guard let tooltip = Self.value("tooltip", in: line), let label = Self.value("label", in: line),
                let colon = tooltip.range(of: ": ")
            else { continue }
            let name = String(tooltip[colon.upperBound...])
            #expect(Self.squeezed(label).contains(Self.squeezed(name)), "\(diagram.name): \(name) cut to \(label)")
        }
    }

    @Test(
        "the shipped exhibits include the JustSystems trace and the 17 June copy",
        arguments: [["--trace", "justsystems"], ["--batch", "batch-2014-06-17"]])
    func theExhibitsAreShipped(_ selection: [String]) {
        #expect(
            ShippedDiagramsTests.diagrams.contains {
                $0.arguments.contains("--exhibit") && $0.arguments.joined(separator: " ").contains(selection.joined(separator: " "))
            })
    }

    @Test("every line style and mark drawn is in the legend", arguments: ShippedDiagramsTests.diagrams)
    func everyMarkIsInTheLegend(_ diagram: Diagram) throws {
        let dot = try Self.dot(of: diagram)
        let legend = try #require(Self.legend(of: dot), "\(diagram.name) has no legend")
            .replacingOccurrences(of: "<BR/>", with: " ")
        let lines = dot.split(separator: "\n").map(String.init)
        let edges = lines.filter { $0.contains(" -> ") }
        let nodes = lines.filter { !$0.contains(" -> ") && $0.hasPrefix("    ") && $0.contains(" [label=") }
        let labels = (edges + nodes).compactMap { Self.value("label", in: $0) }.joined(separator: "\n")
        var required: [(used: Bool, phrase: String)] = [
            (edges.contains { $0.contains(#"style="dashed""#) }, #"FIXEDSIZE="TRUE" STYLE="dashed""#),
            (
                edges.contains { $0.contains(#"style="dotted""#) && !$0.contains(##"color="#595959""##) },
                ##"COLOR="#333333" WIDTH="100" HEIGHT="12" FIXEDSIZE="TRUE" STYLE="dotted""##
            ),
            (
                edges.contains { $0.contains(#"style="dotted""#) && $0.contains(##"color="#595959""##) },
                ##"COLOR="#595959" WIDTH="100" HEIGHT="12" FIXEDSIZE="TRUE" STYLE="dotted""##
            ),
            (edges.contains { $0.contains(#"style="solid""#) }, "solid"),
            (edges.contains { $0.contains(##"color="#C00000""##) }, ##"COLOR="#C00000""##),
            (labels.contains("disputed by"), "disputed by"),
            (labels.contains("presumed by"), "presumed by"),
            (labels.range(of: #"\b[A-F][1-6] \["#, options: .regularExpression) != nil, "B2 [1, 3]"),
        ]
        if labels.range(of: #"\b[A-F][1-6] \["#, options: .regularExpression) != nil {
            for meaning in [
                "A completely reliable", "B usually reliable", "C fairly reliable", "D not usually reliable",
                "E unreliable", "F reliability cannot be judged", "1 confirmed by independent sources", "2 probably true",
                "3 possibly true", "4 doubtful", "5 improbable", "6 cannot be judged",
            ] {
                required.append((true, meaning))
            }
        }
        if !diagram.arguments.contains("prov") {
            required += [
                (edges.contains { $0.contains(#"penwidth="3""#) || $0.contains(#"penwidth="2""#) }, #"BORDER="3""#),
                (labels.contains("• "), "•"),
                (nodes.contains { $0.contains(#"shape="cylinder""#) }, "cylinder"),
                (nodes.contains { $0.contains(#"shape="note""#) }, "folded note"),
                (nodes.contains { $0.contains(#"shape="ellipse""#) }, "oval"),
                (nodes.contains { $0.contains(#"shape="box", style="rounded""#) }, "rounded box"),
                (nodes.contains { $0.contains("unidentified") }, "unidentified"),
                (nodes.contains { $0.hasPrefix(#"    "gap:"#) }, "not known"),
                (nodes.contains { $0.hasPrefix(#"    "made:"#) }, "made (list)"),
                (nodes.contains { $0.hasPrefix(#"    "held:"#) }, "still held"),
                (nodes.contains { $0.hasPrefix(#"    "deletion:"#) }, "deleted"),
                (dot.contains("subgraph \"cluster:"), "shaded box"),
                (labels.range(of: #"\d~"#, options: .regularExpression) != nil, "~ about"),
                (labels.range(of: #"\d\?"#, options: .regularExpression) != nil, "? uncertain"),
                (labels.contains("by 1") || labels.contains("by 2"), "by 2014-08-31"),
                (labels.contains("onwards"), "onwards"),
                (labels.contains("claim "), "claim t-1"),
            ]
        }
        for (used, phrase) in required where used {
            #expect(legend.contains(phrase), "\(diagram.name) uses what its legend does not explain: \(phrase)")
        }
    }

    // MARK: Reading DOT

    static func dot(of diagram: Diagram) throws -> String {
        // The case is the name up to its first hyphen, as for ShippedDiagramsTests.
        let shippedCase = String(diagram.name.prefix { $0 != "-" })
        return try GraphCommandTests.graph([ShippedDiagramsTests.graphs.appendingPathComponent(shippedCase).path] + diagram.arguments)
    }

    /// Each edge's (or prov activity's) label with the claims its tooltip names, and each row of the delegation
    /// table with its claim.
    static func labelledClaims(in dot: String) -> [(text: String, ids: [String])] {
        let mention = try! NSRegularExpression(
            pattern: #"(?:^|\\n|\n)(?:extraction|transfer|derivation|use|holding|deletion|delegation) ([A-Za-z0-9_.-]+)"#)
        var result: [(String, [String])] = []
        for line in dot.split(separator: "\n") {
            guard let tooltip = value("tooltip", in: line), let label = value("label", in: line) ?? value("xlabel", in: line)
            else { continue }
            let ids = mention.matches(in: tooltip, range: NSRange(tooltip.startIndex..., in: tooltip)).map {
                String(tooltip[Range($0.range(at: 1), in: tooltip)!])
            }
            result.append((label, ids))
        }
        for row in dot.components(separatedBy: "<TR>") {
            guard let start = row.range(of: #"TOOLTIP="delegation "#) else { continue }
            let id = row[start.upperBound...].prefix { $0 != "\"" }
            result.append((row, [String(id)]))
        }
        return result
    }

    /// The legend part of the graph label.
    static func legend(of dot: String) -> String? {
        guard let start = dot.range(of: "<B>Legend</B>") else { return nil }
        let end = dot.range(of: "<B>Sources</B>", range: start.upperBound..<dot.endIndex)?.lowerBound ?? dot.endIndex
        return String(dot[start.upperBound..<end])
    }

    /// The value of `name="..."` in a DOT statement, unescaped enough to compare text; of an HTML-like
    /// `name=<...>`, its text with the markup dropped and line breaks as newlines.
    static func value(_ name: String, in line: some StringProtocol) -> String? {
        guard let start = line.range(of: " \(name)=") ?? line.range(of: "[\(name)=") else { return nil }
        let rest = line[start.upperBound...]
        if rest.first == "<" { return html(rest) }
        guard rest.first == "\"" else { return nil }
        var value = ""
        var escaped = false
        for character in rest.dropFirst() {
            if escaped {
                value.append(character == "n" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return value
            } else {
                value.append(character)
            }
        }
        return nil
    }

    /// The text of the HTML-like value at the start of `text` (`<...>`, nested), tags dropped, `<BR/>` and the
    /// end of each row a newline.
    static func html(_ text: some StringProtocol) -> String? {
        var depth = 0
        var value = ""
        var tag = ""
        for character in text {
            if character == "<" {
                depth += 1
                tag = ""
                continue
            }
            if character == ">" {
                depth -= 1
                if tag == "BR/" || tag == "/TR" { value.append("\n") }
                if depth == 0 { return value.replacingOccurrences(of: "&amp;", with: "&") }
                continue
            }
            if depth == 1 { value.append(character) } else { tag.append(character) }
        }
        return nil
    }

    /// Text without any white space, so a wrapped label compares with the name it wraps.
    static func squeezed(_ text: String) -> String {
        text.filter { !$0.isWhitespace }
    }

    static func attribute(_ name: String, in attributes: String) -> String? {
        guard let range = attributes.range(of: #"(^|\s)\#(name)="([^"]*)""#, options: .regularExpression) else {
            return nil
        }
        let match = attributes[range]
        guard let open = match.firstIndex(of: "\"") else { return nil }
        return String(match[match.index(after: open)..<match.index(before: match.endIndex)])
    }

    static func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return grouped
    }
}
