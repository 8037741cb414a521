/// Numbers written with leading zeros, as postal codes, phone numbers and dates need.
enum Digits {
    /// `value` in decimal, zero-padded to `width` digits; `value` must be non-negative.
    static func padded(_ value: Int, width: Int) -> String {
        precondition(value >= 0, "a negative number has no zero-padded form")
        let digits = String(value)
        let count = digits.utf8.count
        return count >= width ? digits : String(repeating: "0", count: width - count) + digits
    }
}
