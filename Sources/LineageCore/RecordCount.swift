/// What a count counts. Sources count differently (Benesse counted households on 9 July, persons later), so
/// counts of different units are never added or compared as if they were the same.
public enum CountUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case records
    case households
    case persons
}

/// A number of records, households or persons, as a source states it.
public struct RecordCount: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How many, in `unit`.
    public var value: UInt64
    /// What is counted: records, households or persons; counts in different units are never compared.
    public var unit: CountUnit
    /// The figure was given as "about" (約, format 1.1 `approx="true"`).
    public var isApproximate: Bool

    /// - Parameters:
    ///   - value: how many.
    ///   - unit: what is counted (records unless said).
    ///   - approx: whether the source gives it as "about".
    public init(_ value: UInt64, unit: CountUnit = .records, approx: Bool = false) {
        self.value = value
        self.unit = unit
        self.isApproximate = approx
    }

    /// Whether two counts can be compared at all: only counts of the same unit can.
    public func isComparable(with other: RecordCount) -> Bool {
        unit == other.unit
    }

    /// Whether two comparable counts of the same thing disagree: any difference when both are exact, more than
    /// `Approximation.tolerance` of the larger when either is approximate.
    public func conflicts(with other: RecordCount) -> Bool {
        Approximation.differ(
            Double(value), Double(other.value), eitherApproximate: isApproximate || other.isApproximate)
    }

    /// Whether any two of `counts` (all comparable: one unit) conflict, in O(*n*) (`Approximation.anyDiffer`).
    package static func anyConflict(among counts: [RecordCount]) -> Bool {
        Approximation.anyDiffer(counts.map { (Double($0.value), $0.isApproximate) })
    }

    /// `2,573,068 records`, or `about 9,000,000 records`: digits grouped in threes, so large counts read at a
    /// glance.
    public var description: String {
        (isApproximate ? "about " : "") + "\(groupedDigits) \(unit.rawValue)"
    }

    /// The value with thousands separators: `2,573,068`.
    package var groupedDigits: String {
        let digits = Array(String(value))
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return grouped
    }
}

extension RecordCount {
    private enum CodingKeys: String, CodingKey {
        case value, unit, approx
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            try container.decode(UInt64.self, forKey: .value), unit: try container.decode(CountUnit.self, forKey: .unit),
            approx: try container.decodeIfPresent(Bool.self, forKey: .approx) ?? false)
    }

    /// `{"value","unit"}` as in version 1, with `"approx":true` only for an approximate figure: every exact count
    /// encodes exactly as it did before format 1.1.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(unit, forKey: .unit)
        if isApproximate { try container.encode(true, forKey: .approx) }
    }
}
