/// The script conversions that presentation variants need, and the kana a typo may use. No Foundation: the tables
/// are small and explicit.
enum Kana {
    /// The forty-six plain katakana: no voicing marks, no small forms. A typo replaces one of these with another,
    /// so that no normaliser (which may fold voicing or size) can undo it.
    static let plain = Array("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン")

    /// Katakana written in hiragana: "サトウ" → "さとう". Other characters are kept.
    static func hiragana(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0x30A1...0x30F6).contains(scalar.value), let shifted = Unicode.Scalar(scalar.value - 0x60) {
                scalars.append(shifted)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Katakana in half width, as old systems store readings: "ガッコウ" → "ｶﾞｯｺｳ"; the full-width space becomes an
    /// ASCII one. Other characters are kept.
    static func halfWidth(_ text: String) -> String {
        var result = ""
        for character in text {
            result += halfWidthForms[character] ?? (character == "　" ? " " : String(character))
        }
        return result
    }

    private static let halfWidthForms: [Character: String] = {
        var forms: [Character: String] = [:]
        func add(_ full: String, _ half: String, mark: String = "") {
            for (fullForm, halfForm) in zip(full, half) { forms[fullForm] = String(halfForm) + mark }
        }
        add(
            "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー",
            "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ")
        add("ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ", "ｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎｳ", mark: "ﾞ")
        add("パピプペポ", "ﾊﾋﾌﾍﾎ", mark: "ﾟ")
        return forms
    }()

    /// ASCII written in full width, as lists typed on Japanese input methods often are: "1-2" → "１－２", and the
    /// ASCII space becomes the ideographic one. Other characters are kept.
    static func fullWidth(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x21...0x7E: scalars.append(Unicode.Scalar(scalar.value + 0xFEE0)!)
            case 0x20: scalars.append("\u{3000}")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
