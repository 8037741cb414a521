import Testing

@testable import LineageDiagrams

@Suite struct DOTWriterTests {
    @Test func quotesAndEscapesIdsAndLabels() {
        let graph = DOTGraph(statements: [.node(id: #"a"b\c"#, ["label": .text("x \"y\" \\N\nz\r\nw\rv")])])
        let dot = DOTWriter.string(graph)
        #expect(dot.contains(#"    "a\"b\\c" [label="x \"y\" \\N\nz\nw\nv"];"#))
    }

    @Test func aTrailingBackslashCannotSwallowTheClosingQuote() {
        #expect(DOTWriter.quoted(#"ends with \"#) == #""ends with \\""#)
    }

    @Test(arguments: ["\u{0}", "\u{1}", "\u{1B}", "\u{7F}", "\u{9F}"])
    func controlCharactersBecomeSpaces(control: String) {
        #expect(DOTWriter.quoted("a\(control)b") == #""a b""#)
        #expect(DOTWriter.escapedHTML("a\(control)b") == "a b")
    }

    @Test(arguments: ["\n", "\r", "\r\n", "\u{85}", "\u{2028}"])
    func everyKindOfLineBreakBreaksTheLine(lineBreak: String) {
        #expect(DOTWriter.quoted("a\(lineBreak)b") == #""a\nb""#)
        #expect(DOTWriter.html(.text("a\(lineBreak)b")) == "a<BR/>b")
    }

    @Test func tabsAndJapaneseStayAsTheyAre() {
        #expect(DOTWriter.quoted("名簿\t業者") == "\"名簿\t業者\"")
    }

    @Test func tooltipsDoubleBackslashesTwiceSinceGraphvizUnescapesThemTwice() {
        let graph = DOTGraph(statements: [.node(id: "n", ["tooltip": .tooltip(#"a \G b"#)])])
        #expect(DOTWriter.string(graph).contains(#"[tooltip="a \\\\G b"]"#))
    }

    @Test func htmlLabelsEscapeMarkupBackslashesAndLineBreaks() {
        let label = HTMLLabel.table([.init("BORDER", "0")], [.row([.cell([], .text("A&B <x> \"q\" \\G\nnext"))])])
        #expect(
            DOTWriter.html(label)
                == #"<TABLE BORDER="0"><TR><TD>A&amp;B &lt;x&gt; &quot;q&quot; \\G<BR/>next</TD></TR></TABLE>"#)
    }

    @Test func htmlAttributeValuesAreEscaped() {
        let label = HTMLLabel.font(color: "\"><B>injected", .text("x"))
        #expect(DOTWriter.html(label) == #"<FONT COLOR="&quot;&gt;&lt;B&gt;injected">x</FONT>"#)
    }

    @Test func everyLineOfACommentIsCommentedOut() {
        let dot = DOTWriter.string(DOTGraph(statements: [.comment("one\n}\ndigraph x { \"evil\" }")]))
        #expect(dot == "digraph \"lineage\" {\n    // one\n    // }\n    // digraph x { \"evil\" }\n}\n")
    }

    @Test func attributesKeepTheOrderTheyWereSetInAndReplaceInPlace() {
        var attributes: DOTAttributes = ["label": "x", "shape": "box", "color": "red"]
        attributes["shape"] = "ellipse"
        attributes["color"] = nil
        attributes["style"] = "dashed"
        #expect(attributes.pairs.map(\.name) == ["label", "shape", "style"])
        #expect(attributes["shape"] == .text("ellipse"))
    }

    @Test func subgraphsNestAndDefaultsComeFirst() {
        let graph = DOTGraph(
            attributes: ["rankdir": "LR"], nodeDefaults: ["shape": "box"], edgeDefaults: [:],
            statements: [
                .subgraph(id: "cluster:x", ["label": ""], [.node(id: "a", [:])]), .edge(tail: "a", head: "b", [:]),
            ])
        #expect(
            DOTWriter.string(graph) == """
                digraph "lineage" {
                    graph [rankdir="LR"];
                    node [shape="box"];
                    subgraph "cluster:x" {
                        graph [label=""];
                        "a";
                    }
                    "a" -> "b";
                }

                """)
    }
}
