/// Encodes rows of delimited fields (CSV, TSV) as UTF-8 bytes: a field holding the delimiter, a quote or a line
/// break is quoted as RFC 4180 says, and rows end with LF (readers must take CRLF too, but shell tools prefer LF).
///
/// A value type with no I/O, so that rows can be encoded on several threads and written in order.
struct RowEncoder: Sendable {
    let delimiter: UInt8

    static let csv = RowEncoder(delimiter: UInt8(ascii: ","))
    static let tsv = RowEncoder(delimiter: UInt8(ascii: "\t"))

    /// Appends `fields` as one row.
    func appendRow(_ fields: [String], to bytes: inout [UInt8]) {
        for (index, value) in fields.enumerated() { appendField(value, first: index == 0, to: &bytes) }
        endRow(&bytes)
    }

    /// Appends one field of a row, after a delimiter unless it is the `first`.
    func appendField(_ value: String, first: Bool, to bytes: inout [UInt8]) {
        if !first { bytes.append(delimiter) }
        var value = value
        value.withUTF8 { utf8 in
            var needsQuotes = false
            for byte in utf8 where byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D {
                needsQuotes = true
                break
            }
            guard needsQuotes else { return bytes.append(contentsOf: utf8) }
            bytes.append(0x22)
            for byte in utf8 {
                if byte == 0x22 { bytes.append(0x22) }
                bytes.append(byte)
            }
            bytes.append(0x22)
        }
    }

    func endRow(_ bytes: inout [UInt8]) {
        bytes.append(0x0A)
    }
}
