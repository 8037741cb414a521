extension FormatElement {
    /// The longest text the format allows in one attribute or element (`ev:Text`).
    package static var maximumTextLength: Int { 4096 }

    /// XML 1.0's `Char` production: what a document can hold at all.
    package static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// What the evidence schema refuses in this element and its children, worded as the schema validator words
    /// it when the item comes in a file, so that an item typed in is refused with the same message as the same
    /// item written in a file. Empty when the element is valid.
    ///
    /// A character no XML document can hold is what a parser stops at, so it is reported alone, as the parser
    /// reports it (`xmlParseCharRef: invalid xmlChar value 7`), and nothing else is. Messages are made one line
    /// (`LineText.folded`) as the validator's are.
    ///
    /// An id is checked with `Identifier.isValid`, the format's one id rule, which also refuses the spaces
    /// around an id that the schema's whitespace handling would strip.
    ///
    /// - Returns: each problem with its code; the caller gives them their place.
    /// - Complexity: O(*n*) in the length of the element's text.
    package func schemaProblems() -> [(code: Diagnostic.Code, message: String)] {
        if let scalar = firstScalarNotInXML() {
            return [(.malformedXML, "xmlParseCharRef: invalid xmlChar value \(scalar.value)")]
        }
        var problems: [(code: Diagnostic.Code, message: String)] = []
        collectProblems(into: &problems)
        return problems
    }

    /// The first character, in document order, that XML cannot hold.
    private func firstScalarNotInXML() -> Unicode.Scalar? {
        for attribute in attributes {
            if let scalar = attribute.value.unicodeScalars.first(where: { !Self.isAllowedInXML($0) }) { return scalar }
        }
        if let scalar = text?.unicodeScalars.first(where: { !Self.isAllowedInXML($0) }) { return scalar }
        for child in children {
            if let scalar = child.firstScalarNotInXML() { return scalar }
        }
        return nil
    }

    private func collectProblems(into problems: inout [(code: Diagnostic.Code, message: String)]) {
        for attribute in attributes {
            let place = "Element '\(name)', attribute '\(attribute.name)': "
            for message in Self.problems(with: attribute.value, of: attribute.kind, isContent: false) {
                problems.append((.schema, LineText.folded(place + message)))
            }
        }
        if let text {
            for message in Self.problems(with: text, of: textKind, isContent: true) {
                problems.append((.schema, LineText.folded("Element '\(name)': " + message)))
            }
        }
        for child in children { child.collectProblems(into: &problems) }
        if Claim.Kind(rawValue: name) != nil, !children.contains(where: { $0.name == "cite" }) {
            let id = attributes.first { $0.name == "id" }?.value
            let named = id.map { "\(name) '\($0)'" } ?? "<\(name)>"
            problems.append(
                (.missingCite, "\(named) has no <cite>: every claim needs at least one (<cite source=\"…\"/>)"))
        }
    }

    /// What is wrong with `value` as a value of `kind`, after "Element 'x', attribute 'y': ". `isContent` for an
    /// element's text, whose length message does not repeat the value.
    private static func problems(with value: String, of kind: ValueKind, isContent: Bool) -> [String] {
        switch kind {
        case .typed, .count, .flag:
            return []
        case .identifier:
            return identifierProblem(value).map { [$0] } ?? []
        case .identifierList:
            // The schema splits a list at any XML white space, and names the list as it reads it.
            let items = value.unicodeScalars.split(whereSeparator: { [" ", "\t", "\n", "\r"].contains($0) })
                .map { String(String.UnicodeScalarView($0)) }
            let list = "'\(items.joined(separator: " "))' is not a valid value of the list type 'IdentifierList'."
            guard !items.isEmpty else {
                return [
                    list,
                    "[facet 'minLength'] The value '' has a length of '0'; this underruns the allowed minimum length "
                        + "of '1'.",
                ]
            }
            guard let first = items.lazy.compactMap(identifierProblem).first else { return [] }
            return [first, list]
        case .text:
            let length = value.unicodeScalars.count
            guard length > maximumTextLength else { return [] }
            let shown = isContent ? "" : " '\(value)'"
            return [
                "[facet 'maxLength'] The value\(shown) has a length of '\(length)'; this exceeds the allowed maximum "
                    + "length of '\(maximumTextLength)'."
            ]
        case .language:
            return isLanguageTag(value) ? [] : ["'\(value)' is not a valid value of the atomic type 'xs:language'."]
        case .name:
            return isNCName(value) ? [] : ["'\(value)' is not a valid value of the atomic type 'xs:NCName'."]
        case .amount:
            return matches(value, #"\d{1,30}(\.\d{1,10})?"#, Price.isValidAmount)
        case .currency:
            return matches(value, "[A-Z]{3}", Price.isValidCurrency)
        }
    }

    /// The schema's message for an id that `Identifier.isValid` refuses, nil for a valid one.
    private static func identifierProblem(_ value: String) -> String? {
        if Identifier<SourceKind>.isValid(value) { return nil }
        let length = value.unicodeScalars.count
        if length > Identifier<SourceKind>.maximumLength, isNCName(value) {
            return "[facet 'maxLength'] The value '\(value)' has a length of '\(length)'; this exceeds the allowed "
                + "maximum length of '\(Identifier<SourceKind>.maximumLength)'."
        }
        return "'\(value)' is not a valid value of the atomic type 'Identifier'."
    }

    private static func isNCName(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, Identifier<SourceKind>.isNameStart(first) else { return false }
        return value.unicodeScalars.allSatisfy(Identifier<SourceKind>.isNameCharacter)
    }

    /// `xs:language`: `[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*`.
    private static func isLanguageTag(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        func isASCIILetter(_ c: Character) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        return parts.enumerated().allSatisfy { index, part in
            (1...8).contains(part.count)
                && part.allSatisfy { isASCIILetter($0) || (index > 0 && $0.isASCIIDigit) }
        }
    }

    private static func matches(_ value: String, _ pattern: String, _ rule: (String) -> Bool) -> [String] {
        rule(value) ? [] : ["[facet 'pattern'] The value '\(value)' is not accepted by the pattern '\(pattern)'."]
    }
}

extension Identifier {
    /// Why a piece of text cannot be an id.
    public struct Invalid: Error, Hashable, Sendable, CustomStringConvertible {
        /// The text that was given.
        public let text: String

        public var description: String {
            "'\(text)' is not a valid \(Kind.noun) id: an id starts with a letter or _ and holds letters, digits, "
                + "-, _ and . (no spaces or colons), at most \(Identifier.maximumLength) characters"
        }
    }

    /// An id made from `text`, validated as the format requires (`isValid`): the way to make an id from what a
    /// person typed.
    ///
    /// - Throws: `Invalid` when `text` is not an NCName of at most 256 characters.
    public init(validating text: String) throws(Invalid) {
        guard Self.isValid(text) else { throw Invalid(text: text) }
        self.init(text)
    }
}
