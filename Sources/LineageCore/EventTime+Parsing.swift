/// Why a piece of text is not an EDTF date or interval this format accepts.
public struct EDTFError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text that was read.
    public let text: String
    /// What is wrong with it, in words.
    public let reason: String

    public var description: String { "'\(text)' is not an EDTF date or interval: \(reason)" }
}

extension EventTime {
    /// Parses the EDTF subset of the evidence format: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, each optionally followed
    /// by `~`, `?` or `%`; and intervals `A/B` where either side may also be `..` (open) or empty (unknown).
    public init(parsing text: String) throws(EDTFError) {
        if let time = Self.parsingWellFormedASCII(text) {
            self = time
        } else {
            self = try Self.parsedByCharacters(text)
        }
    }

    /// The general parse, character by character, which words every error.
    static func parsedByCharacters(_ text: String) throws(EDTFError) -> EventTime {
        guard let slash = text.firstIndex(of: "/") else {
            return .date(try Self.parseDate(Substring(text), in: text))
        }
        let from = try Self.parseBound(text[..<slash], in: text)
        let to = try Self.parseBound(text[text.index(after: slash)...], in: text)
        if case .unknown = from, case .unknown = to {
            throw EDTFError(text: text, reason: "an interval needs at least one end")
        }
        if case .date(let start) = from, case .date(let end) = to, end.lastDay < start.firstDay {
            throw EDTFError(text: text, reason: "the interval ends before it starts")
        }
        return .interval(from: from, to: to)
    }

    /// The same parse, by bytes, for the text nearly every claim has: all ASCII, and accepted. Walking it by
    /// characters took 4% of `lineage check` at 100,000 claims. Nil for anything else, which the general parse
    /// then reads, and words the error for, as before.
    static func parsingWellFormedASCII(_ text: String) -> EventTime? {
        let parsed = text.utf8.withContiguousStorageIfAvailable { bytes -> EventTime? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")) else {
                return asciiDate(bytes[...]).map { .date($0) }
            }
            guard let from = asciiBound(bytes[..<slash]), let to = asciiBound(bytes[(slash + 1)...]) else { return nil }
            if case .unknown = from, case .unknown = to { return nil }
            if case .date(let start) = from, case .date(let end) = to, end.lastDay < start.firstDay { return nil }
            return .interval(from: from, to: to)
        }
        return parsed ?? nil
    }

    private static func asciiBound(_ part: Slice<UnsafeBufferPointer<UInt8>>) -> Bound? {
        if part.isEmpty { return .unknown }
        if part.elementsEqual("..".utf8) { return .open }
        return asciiDate(part).map { .date($0) }
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, then `~`, `?` or `%` if qualified, when the month and day exist.
    private static func asciiDate(_ part: Slice<UnsafeBufferPointer<UInt8>>) -> EDTFDate? {
        var body = part
        var qualifier: EDTFDate.Qualifier = []
        switch body.last {
        case UInt8(ascii: "~"): qualifier = .approximate
        case UInt8(ascii: "?"): qualifier = .uncertain
        case UInt8(ascii: "%"): qualifier = [.approximate, .uncertain]
        default: break
        }
        if !qualifier.isEmpty { body = body.dropLast() }
        guard [4, 7, 10].contains(body.count) else { return nil }
        let start = body.startIndex
        func number(at offset: Int, digits: Int) -> Int? {
            var value = 0
            for byte in body[(start + offset)..<(start + offset + digits)] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        func isHyphen(at offset: Int) -> Bool { body.count <= offset || body[start + offset] == UInt8(ascii: "-") }
        guard let year = number(at: 0, digits: 4), isHyphen(at: 4), isHyphen(at: 7) else { return nil }
        var month: Int?
        var day: Int?
        if body.count >= 7 {
            guard let value = number(at: 5, digits: 2), (1...12).contains(value) else { return nil }
            month = value
        }
        if body.count == 10 {
            guard let value = number(at: 8, digits: 2), CalendarDay.isValid(year: year, month: month ?? 0, day: value)
            else { return nil }
            day = value
        }
        return EDTFDate(year: year, month: month, day: day, qualifier: qualifier)
    }

    private static func parseBound(_ part: Substring, in text: String) throws(EDTFError) -> Bound {
        if part.isEmpty { return .unknown }
        if part == ".." { return .open }
        return .date(try parseDate(part, in: text))
    }

    private static func parseDate(_ part: Substring, in text: String) throws(EDTFError) -> EDTFDate {
        var body = part
        var qualifier: EDTFDate.Qualifier = []
        switch body.last {
        case "~": qualifier = .approximate
        case "?": qualifier = .uncertain
        case "%": qualifier = [.approximate, .uncertain]
        default: break
        }
        if !qualifier.isEmpty { body = body.dropLast() }

        let fields = body.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count), fields[0].count == 4, fields.dropFirst().allSatisfy({ $0.count == 2 }),
            fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            let year = Int(fields[0])
        else {
            let hint = japaneseDate(part).map { "; write \(part) as \($0)" } ?? ""
            throw EDTFError(
                text: text, reason: "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally with ~, ? or %\(hint)")
        }
        let month = fields.count > 1 ? Int(fields[1]) : nil
        let day = fields.count > 2 ? Int(fields[2]) : nil
        if let month, !(1...12).contains(month) {
            throw EDTFError(text: text, reason: "month \(month) does not exist")
        }
        if let month, let day, !CalendarDay.isValid(year: year, month: month, day: day) {
            throw EDTFError(text: text, reason: "day \(day) does not exist in \(year)-\(fields[1])")
        }
        return EDTFDate(year: year, month: month, day: day, qualifier: qualifier)
    }
}

extension EventTime {
    /// `2023-10` for `2023年10月`, `2014-07-09` for `2014年7月9日`: a date written the Japanese way, in EDTF.
    static func japaneseDate(_ text: Substring) -> String? {
        let markers: [Character] = ["年", "月", "日"]
        var fields: [String] = []
        var digits = ""
        for character in text {
            if character.isASCIIDigit {
                digits.append(character)
            } else if fields.count < markers.count, character == markers[fields.count], !digits.isEmpty {
                fields.append(digits)
                digits = ""
            } else {
                return nil
            }
        }
        guard digits.isEmpty, let year = fields.first, year.count == 4 else { return nil }
        return ([year] + fields.dropFirst().map { $0.count == 1 ? "0" + $0 : $0 }).joined(separator: "-")
    }
}

extension CalendarDay {
    /// Parses a plain day or a coarser date, taking the *last* day it can mean: `--as-of 2014-05` asks about
    /// everything that could have happened by the end of May.
    public init(endOf text: String) throws(EDTFError) {
        guard !text.contains("/") else {
            throw EDTFError(
                text: text,
                reason: "expected one day, month or year such as 2014-07-09, 2014-07 or 2014 (a slash makes an "
                    + "interval; dates are written year-month-day with hyphens)")
        }
        let time = try EventTime(parsing: text)
        guard case .date(let date) = time, date.qualifier.isEmpty else {
            throw EDTFError(text: text, reason: "expected a plain date such as 2014-07-09, 2014-07 or 2014")
        }
        self = date.lastDay
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
