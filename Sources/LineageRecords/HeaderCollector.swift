/// Collects every field of the header row, to be turned into the header names.
struct HeaderCollector: FieldCollector {
    struct Field {
        let start: Int
        let end: Int
        let hasDoubledQuotes: Bool

        /// The header name, with padding and a byte-order mark trimmed, as `--columns` names are.
        func name(in bytes: UnsafeBufferPointer<UInt8>) -> String {
            var name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            if hasDoubledQuotes { name = name.replacingDoubledQuotes() }
            return HeaderName.trimmed(name[...])
        }
    }

    private(set) var fields: [Field] = []

    mutating func startRow() { fields.removeAll() }

    mutating func collect(column: Int, start: Int, end: Int, hasDoubledQuotes: Bool) {
        fields.append(Field(start: start, end: end, hasDoubledQuotes: hasDoubledQuotes))
    }

    mutating func abandonRow() { fields.removeAll() }
}

extension String {
    fileprivate func replacingDoubledQuotes() -> String {
        var result = ""
        var previousWasQuote = false
        for character in self {
            if character == "\"" && previousWasQuote {
                previousWasQuote = false
                continue
            }
            previousWasQuote = character == "\""
            result.append(character)
        }
        return result
    }
}
