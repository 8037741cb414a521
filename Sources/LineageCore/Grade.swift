/// The Admiralty grade of a source: how far it can be trusted in general.
///
/// `F` means the reliability *cannot be judged*: it is unknown, not worst. It ranks after `E` only so that a
/// known grade is preferred when choosing a claim's best support, and it never meets a threshold stricter
/// than `F`.
public enum Reliability: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case a = "A", b = "B", c = "C", d = "D", e = "E", f = "F"

    /// In words, for legends and reports.
    public var meaning: String {
        switch self {
        case .a: "completely reliable"
        case .b: "usually reliable"
        case .c: "fairly reliable"
        case .d: "not usually reliable"
        case .e: "unreliable"
        case .f: "reliability cannot be judged"
        }
    }

    var rank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// The Admiralty grade of one item of information, as one cite assesses it.
///
/// `6` means it *cannot be judged*; like `F` it is unknown rather than worst.
public enum Credibility: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case confirmed = 1, probable, possible, doubtful, improbable, cannotBeJudged

    public var meaning: String {
        switch self {
        case .confirmed: "confirmed by independent sources"
        case .probable: "probably true"
        case .possible: "possibly true"
        case .doubtful: "doubtful"
        case .improbable: "improbable"
        case .cannotBeJudged: "cannot be judged"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A source grade and an information grade together, written `B2`.
public struct Grade: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The source's reliability (A-F).
    public var reliability: Reliability
    /// The item's credibility (1-6).
    public var credibility: Credibility

    /// - Parameters:
    ///   - reliability: the source's reliability.
    ///   - credibility: the item's credibility.
    public init(_ reliability: Reliability, _ credibility: Credibility) {
        self.reliability = reliability
        self.credibility = credibility
    }

    /// Parses `B2`; nil for anything else.
    public init?(_ text: String) {
        guard text.count == 2, let letter = text.first, let digit = text.last,
            let reliability = Reliability(rawValue: String(letter).uppercased()),
            let number = digit.wholeNumberValue, let credibility = Credibility(rawValue: number)
        else { return nil }
        self.init(reliability, credibility)
    }

    public var description: String { "\(reliability.rawValue)\(credibility.rawValue)" }

    /// Whether this grade is at least as strong as `threshold` on both scales (`--min-grade`). An unknown
    /// grade (`F` or `6`) meets only a threshold that is itself unknown on that scale.
    public func meets(_ threshold: Grade) -> Bool {
        reliability <= threshold.reliability && credibility <= threshold.credibility
    }

    /// Ordering for "best": the information grade first, since it is this cite's judgement of this very claim,
    /// then the source's general reliability. `A4` (a reliable source, a doubtful item) ranks below `C2`.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.credibility, lhs.reliability) < (rhs.credibility, rhs.reliability)
    }
}

extension Grade: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let grade = Grade(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad grade \(text)"))
        }
        self = grade
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
