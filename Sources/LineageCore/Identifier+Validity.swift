extension Identifier {
    /// The longest id the evidence format allows.
    public static var maximumLength: Int { 256 }

    /// Whether `text` is a valid id in the evidence format: an XML NCName (XML 1.0, fifth edition: a letter or `_`
    /// first, then letters, digits, `-`, `_`, `.` and combining marks; no colon) of at most 256 characters. Every
    /// way into a case that does not go through the XML schema (PROV import, tables) checks ids with this.
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isNameStart(first), text.unicodeScalars.count <= maximumLength else {
            return false
        }
        for scalar in text.unicodeScalars where !isNameCharacter(scalar) { return false }
        return true
    }

    /// XML 1.0 (fifth edition) NameStartChar, without the colon an NCName cannot hold.
    package static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x5F, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF,
            0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
            0x10000...0xEFFFF:
            true
        default: false
        }
    }

    /// XML 1.0 (fifth edition) NameChar, without the colon.
    package static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: true
        default: isNameStart(scalar)
        }
    }
}
