import Testing

@testable import LineageDiagrams

/// Wrapping and escaping now scan UTF-8 instead of walking characters (issue 18: they were a fifth of `graph` at
/// 100,000 claims). These tests hold them to what the character walk gave, kept here as the reference, on random
/// text mixing ASCII, no-break spaces, accents both precomposed and combining, Japanese and Korean (two columns),
/// emoji, flags, every kind of line break and control characters.
@Suite struct LabelTextEquivalenceTests {
    static let pieces: [String] = [
        "a", "b", "Z", "1", " ", " ", "  ", "-", ".", "\u{00A0}", "é", "e\u{0301}", "ñ", "ß", "Ω", "名", "簿", "業者",
        "ベネッセ", "ｶﾅ", "한", "국", "😀", "🇯🇵", "👍🏽", "\t", "\u{00AD}", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}",
        "\u{2028}", "\u{2029}", "\u{1}", "\u{7F}", "\u{9F}", "\u{200D}", "\\", "\"", "&", "<", ">", "\u{2026}",
        "customer", "list", "records", "2,573,068", "\u{3000}",
    ]

    /// Random strings from `pieces`, made the same way on every run.
    static func samples(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { _ in
            let length = next() % 40
            return (0..<length).map { _ in pieces[next() % pieces.count] }.joined()
        }
    }

    @Test func wrappingGivesWhatTheCharacterWalkGave() {
        for (index, text) in Self.samples(count: 4_000, seed: 18).enumerated() {
            let width = [1, 2, 3, 5, 8, 13, 34, 72][index % 8]
            #expect(DiagramText.wrapped(text, width: width) == Reference.wrapped(text, width: width), "\(text.debugDescription) at \(width)")
            for lines in 1...3 {
                #expect(
                    DiagramText.abbreviated(text, lines: lines, width: width)
                        == Reference.abbreviated(text, lines: lines, width: width), "\(text.debugDescription)")
            }
            #expect(DiagramText.columns(text) == Reference.columns(text), "\(text.debugDescription)")
        }
    }

    @Test func escapingGivesWhatTheCharacterWalkGave() {
        // A `"` or `\` followed by a combining mark is left out here: the character walk left those bare.
        for text in Self.samples(count: 4_000, seed: 20) where !Self.joinsAQuoteOrBackslash(text) {
            #expect(DOTWriter.quoted(text) == Reference.quoted(text), "\(text.debugDescription)")
            #expect(DOTWriter.quoted(text, backslash: #"\\\\"#) == Reference.quoted(text, backslash: #"\\\\"#))
            #expect(DOTWriter.html(.text(text)) == Reference.html(text), "\(text.debugDescription)")
            #expect(DOTWriter.escapedHTML(text) == Reference.escapedHTML(text), "\(text.debugDescription)")
            let comment = DOTWriter.string(DOTGraph(statements: [.comment(text)]))
            #expect(comment == Reference.comment(text), "\(text.debugDescription)")
        }
    }

    /// Whether a `"` or `\` in `text` is followed by the zero-width joiner, which makes one character of them.
    static func joinsAQuoteOrBackslash(_ text: String) -> Bool {
        zip(text.unicodeScalars, text.unicodeScalars.dropFirst()).contains { ($0 == "\"" || $0 == "\\") && $1 == "\u{200D}" }
    }

    @Test func aQuoteOrBackslashBeforeACombiningMarkIsEscaped() {
        // The character walk saw `"\u{301}` as one character that is not `"`, and wrote the quote bare, ending
        // the DOT string: `x"\u{301}, shape=box, label="y` would then have added attributes.
        #expect(DOTWriter.quoted("x\"\u{301}, shape=box") == "\"x\\\"\u{301}, shape=box\"")
        #expect(DOTWriter.quoted("x\\\u{301}") == "\"x\\\\\u{301}\"")
    }

    /// The character-walking code these replaced, as it was.
    enum Reference {
        static func wrapped(_ text: String, width: Int) -> String {
            text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
                wrappedLine(String($0), width: width)
            }.joined(separator: "\n")
        }

        static func abbreviated(_ text: String, lines: Int, width: Int) -> String {
            let wrapped = wrapped(text, width: width).split(separator: "\n", omittingEmptySubsequences: false)
            guard wrapped.count > lines else { return wrapped.joined(separator: "\n") }
            var kept = wrapped.prefix(lines).map(String.init)
            var last = kept[lines - 1]
            while columns(last) > width - 1, !last.isEmpty { last.removeLast() }
            kept[lines - 1] = last + "…"
            return kept.joined(separator: "\n")
        }

        static func wrappedLine(_ line: String, width: Int) -> String {
            var lines: [String] = []
            var current = ""
            var currentWidth = 0
            for word in line.split(separator: " ", omittingEmptySubsequences: false) {
                let wordWidth = columns(word)
                if currentWidth > 0, currentWidth + 1 + wordWidth <= width {
                    current += " " + word
                    currentWidth += 1 + wordWidth
                    continue
                }
                if currentWidth > 0 {
                    lines.append(current)
                    current = ""
                    currentWidth = 0
                }
                for character in word {
                    let characterWidth = columns(of: character)
                    if currentWidth + characterWidth > width, currentWidth > 0 {
                        lines.append(current)
                        current = ""
                        currentWidth = 0
                    }
                    current.append(character)
                    currentWidth += characterWidth
                }
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }

        static func columns(_ text: some StringProtocol) -> Int {
            text.reduce(0) { $0 + columns(of: $1) }
        }

        static func columns(of character: Character) -> Int {
            guard let value = character.unicodeScalars.first?.value else { return 0 }
            switch value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
                0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
                return 2
            default:
                return 1
            }
        }

        static func quoted(_ text: String, backslash: String = "\\\\") -> String {
            var result = "\""
            for character in text {
                switch character {
                case "\\": result += backslash
                case "\"": result += "\\\""
                case _ where character.isNewline: result += "\\n"
                default:
                    if character.unicodeScalars.contains(where: { isControl($0) && $0 != "\t" }) {
                        result += " "
                    } else {
                        result.append(character)
                    }
                }
            }
            return result + "\""
        }

        static func html(_ text: String) -> String {
            lines(of: text).map { escapedHTML($0) }.joined(separator: "<BR/>")
        }

        static func comment(_ text: String) -> String {
            "digraph \"lineage\" {\n" + lines(of: text).map { "    // " + $0 + "\n" }.joined() + "}\n"
        }

        static func escapedHTML(_ text: String) -> String {
            var result = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": result += "&amp;"
                case "<": result += "&lt;"
                case ">": result += "&gt;"
                case "\"": result += "&quot;"
                case "\\": result += "\\\\"
                default: result.unicodeScalars.append(isControl(scalar) && scalar != "\t" ? " " : scalar)
                }
            }
            return result
        }

        static func lines(of text: String) -> [String] {
            text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        }

        static func isControl(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
        }
    }
}
