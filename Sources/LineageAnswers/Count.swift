package import LineageRecords

/// Counts as people read them: `3,000,000 rows`.
package enum Count {
    package static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return (value < 0 ? "-" : "") + text
    }

    package static func rows(_ value: Int) -> String { "\(grouped(value)) row\(value == 1 ? "" : "s")" }

    package static func percent(_ share: Double) -> String {
        let tenths = (share * 1000).rounded()
        return "\(Int(tenths) / 10).\(Int(tenths) % 10)%"
    }

    /// `  unusable values: birth-date 130, phone 4` — a line only when there are some.
    package static func unusable(_ counts: [RecordField: Int]) -> String {
        let parts = counts.filter { $0.value > 0 }.sorted { $0.key < $1.key }
            .map { "\($0.key.rawValue) \(grouped($0.value))" }
        return parts.isEmpty ? "" : "  unusable values (left out of the keys that need them): \(parts.joined(separator: ", "))\n"
    }
}
