/// What was paid for a transfer, as a number (format 1.1 `<price amount currency approx>`).
///
/// The amount is kept as written (a decimal such as `1650` or `0.5`), so that the store and exports give back
/// exactly what the evidence said; comparisons use its value. Prices in different currencies are never compared.
public struct Price: Hashable, Sendable {
    /// The amount as written: digits with at most one decimal point.
    public var amount: String
    /// An ISO 4217 code such as `KRW`, `JPY`.
    public var currency: String
    /// The figure was given as "about" (約).
    public var isApproximate: Bool

    /// - Parameters:
    ///   - amount: a decimal number, as the format writes it (`16500000`).
    ///   - currency: an ISO 4217 code (`KRW`).
    ///   - isApproximate: whether the source gives it as "about".
    public init(amount: String, currency: String, isApproximate: Bool = false) {
        self.amount = amount
        self.currency = currency
        self.isApproximate = isApproximate
    }

    /// The amount as a number, for comparison; nil when it is not a decimal.
    public var value: Double? { Double(amount) }

    /// `1650 KRW`, or `about 1650 KRW`.
    public var description: String { (isApproximate ? "about " : "") + "\(amount) \(currency)" }

    /// Whether two prices of the same thing disagree: only in the same currency, and, when either is approximate,
    /// only beyond the tolerance `Approximation` allows.
    public func conflicts(with other: Price) -> Bool {
        guard currency == other.currency, let mine = value, let theirs = other.value else { return false }
        return Approximation.differ(mine, theirs, eitherApproximate: isApproximate || other.isApproximate)
    }

    /// Whether any two of `prices` conflict (`conflicts(with:)`), in O(*n*): prices are compared only within a
    /// currency, and only those with a value (`Approximation.anyDiffer`).
    package static func anyConflict(among prices: [Price]) -> Bool {
        var byCurrency: [String: [(value: Double, isApproximate: Bool)]] = [:]
        for price in prices {
            guard let value = price.value else { continue }
            byCurrency[price.currency, default: []].append((value, price.isApproximate))
        }
        return byCurrency.values.contains { Approximation.anyDiffer($0) }
    }
}

extension Price {
    /// Whether `text` is an amount as the schema's `Amount` allows: 1 to 30 digits, then optionally a point and 1
    /// to 10 digits. For prices that do not pass through the schema (case tables, typed items).
    package static func isValidAmount(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let digits = { (part: Substring, most: Int) in (1...most).contains(part.count) && part.allSatisfy { $0.isASCII && $0.isNumber } }
        return parts.count <= 2 && digits(parts[0], 30) && (parts.count == 1 || digits(parts[1], 10))
    }

    /// Whether `text` is a currency as the schema's `Currency` allows: three capital letters (ISO 4217).
    package static func isValidCurrency(_ text: String) -> Bool {
        text.count == 3 && text.allSatisfy { $0.isASCII && $0.isUppercase }
    }
}
