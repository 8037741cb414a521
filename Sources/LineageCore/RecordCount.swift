/// What a count counts. Sources count differently (Benesse counted households on 9 July, persons later), so
/// counts of different units are never added or compared as if they were the same.
public enum CountUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case records
    case households
    case persons
}

/// A number of records, households or persons, as a source states it.
public struct RecordCount: Hashable, Sendable, Codable, CustomStringConvertible {
    public var value: UInt64
    public var unit: CountUnit

    public init(_ value: UInt64, unit: CountUnit = .records) {
        self.value = value
        self.unit = unit
    }

    /// Whether two counts can be compared at all: only counts of the same unit can.
    public func isComparable(with other: RecordCount) -> Bool {
        unit == other.unit
    }

    /// `2,573,068 records`: digits grouped in threes, so large counts read at a glance.
    public var description: String {
        "\(groupedDigits) \(unit.rawValue)"
    }

    /// The value with thousands separators: `2,573,068`.
    public var groupedDigits: String {
        let digits = Array(String(value))
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return grouped
    }
}
