/// Numbers written with leading zeros, as postal codes, phone numbers and dates need.
enum Digits {
    /// `value` in decimal, zero-padded to `width` digits; `value` must be non-negative.
    ///
    /// Written into a small buffer rather than by string concatenation: a batch of 30 million rows writes about
    /// 150 million of these.
    static func padded(_ value: Int, width: Int) -> String {
        precondition(value >= 0, "a negative number has no zero-padded form")
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var rest = value
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0 || buffer.count - start < width
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }
}
