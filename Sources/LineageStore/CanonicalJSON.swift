/// The JSON an entry's canonical form is written in: a small value type and one serializer whose every byte is
/// ours, so a hash computed today is computed the same way by any later build, and by anyone else.
///
/// The rules are RFC 8785's (JSON Canonicalization Scheme) for the values used here: no whitespace; object keys
/// sorted (all keys are ASCII, so by byte); strings in UTF-8 exactly as stored, with only `"`, `\` and control
/// characters escaped (`\b \t \n \f \r`, others as `\u00xx`); integers in decimal. Python's
/// `json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)` writes the same bytes, which
/// lets someone check a store without this program.
indirect enum CanonicalJSON: Hashable, Sendable {
    case string(String)
    case integer(UInt64)
    case boolean(Bool)
    case array([CanonicalJSON])
    case object([String: CanonicalJSON])

    /// An object from key–value pairs, leaving out the pairs whose value is nil (absent optional attributes).
    static func members(_ pairs: KeyValuePairs<String, CanonicalJSON?>) -> CanonicalJSON {
        var members: [String: CanonicalJSON] = [:]
        for (key, value) in pairs {
            if let value { members[key] = value }
        }
        return .object(members)
    }

    /// The canonical bytes.
    var bytes: [UInt8] {
        var output: [UInt8] = []
        write(to: &output)
        return output
    }

    func write(to output: inout [UInt8]) {
        switch self {
        case .string(let text):
            Self.write(string: text, to: &output)
        case .integer(let value):
            output += Array(String(value).utf8)
        case .boolean(let value):
            output += Array((value ? "true" : "false").utf8)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                element.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.write(string: key, to: &output)
                output.append(UInt8(ascii: ":"))
                members[key]!.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func write(string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x08: output += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x09: output += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x0A: output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0C: output += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0D: output += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
