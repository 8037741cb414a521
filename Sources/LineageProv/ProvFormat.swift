/// The two PROV notations `lineage import` reads, told apart by content, never by file name: a PROV-JSON file
/// saved with a byte order mark, or named `.xml`, is still what it holds.
public enum ProvFormat: String, Sendable {
    /// PROV-JSON, the W3C member submission.
    case json = "prov-json"
    /// PROV-XML, the W3C note.
    case xml = "prov-xml"

    /// Why a file is not a PROV document this reads.
    public struct Refusal: Error, CustomStringConvertible, Sendable {
        /// What the file is instead, in a sentence.
        public let description: String
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The notation of `bytes`: a JSON object is PROV-JSON, an XML document PROV-XML; an empty file, a top-level
    /// JSON array or anything else is refused with what it is.
    public static func detect(_ bytes: [UInt8]) throws(Refusal) -> ProvFormat {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw Refusal(description: "the file is UTF-16; PROV documents are read as UTF-8 (save it as UTF-8)")
        }
        let content = bytes.starts(with: byteOrderMark) ? bytes.dropFirst(3) : bytes[...]
        guard let first = content.first(where: { !" \n\r\t".utf8.contains($0) }) else {
            throw Refusal(description: "the file is empty: there is no PROV document to import")
        }
        switch first {
        case UInt8(ascii: "{"): return .json
        case UInt8(ascii: "<"): return .xml
        case UInt8(ascii: "["):
            throw Refusal(description: "a JSON array is not a PROV-JSON document (PROV-JSON is one JSON object)")
        default:
            throw Refusal(description: "neither PROV-JSON (a JSON object) nor PROV-XML (an XML document); PROV-N is not read")
        }
    }
}
