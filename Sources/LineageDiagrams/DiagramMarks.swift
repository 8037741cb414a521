import LineageCore

/// Ids for the parts of a diagram a page lets the reader click: `party:ID`, `dataset:ID` and `claims:ID,ID`,
/// each id percent-encoded so that no id from evidence can break out of the attribute or be mistaken for a
/// separator. Graphviz copies a node's or an edge's `id` onto its SVG group. Only when
/// `DiagramOptions.marksElements` asks: the DOT of `lineage graph` carries none of them.
package enum DiagramMarks {
    /// `attributes` with the mark `id` set, when the options ask for marks and the element has one.
    static func marked(_ attributes: DOTAttributes, _ mark: String?, _ options: DiagramOptions) -> DOTAttributes {
        guard options.marksElements, let mark else { return attributes }
        var attributes = attributes
        attributes["id"] = .text(mark)
        return attributes
    }

    static func party(_ id: PartyID) -> String { "party:" + encoded(id.rawValue) }

    static func dataset(_ id: DatasetID) -> String { "dataset:" + encoded(id.rawValue) }

    /// The mark of an edge or activity standing for `claims`; none for an element no claim states.
    static func claims(_ claims: [Claim]) -> String? {
        claims.isEmpty ? nil : "claims:" + claims.map { encoded($0.id.rawValue) }.joined(separator: ",")
    }

    /// The mark of a custody node, for the nodes that are a party or a dataset.
    static func node(_ node: CustodyNode) -> String? {
        switch node {
        case .party(let id): party(id)
        case .dataset(let id): dataset(id)
        case .made(_, let id): dataset(id)
        case .use, .held, .deletion, .gap: nil
        }
    }

    /// `text` with every byte outside `A-Z a-z 0-9 - . _ ~` written `%XX`, as JavaScript's
    /// `decodeURIComponent` reads it.
    package static func encoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                result += "%"
                result.unicodeScalars.append(digits[Int(byte >> 4)])
                result.unicodeScalars.append(digits[Int(byte & 0xF)])
            }
        }
        return result
    }
}
