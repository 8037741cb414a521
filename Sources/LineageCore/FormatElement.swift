/// An item as the evidence format spells it: its element, its attributes in the order the format lists them, each
/// with the kind of value the schema allows, and its text or child elements.
///
/// This is the one description of which attributes each kind of item has in the format (`FormatElement+Items`):
/// the evidence writer writes it, the value rules (`FormatElement+ValueRules`) check it, so an item typed in
/// meets exactly the rules a file meets without being written to a file and read back, and a store's canonical
/// form takes a claim's attributes from it (`CanonicalForm`), so a new claim kind is described here once.
package struct FormatElement: Sendable, Hashable {
    /// What the schema allows as a value, where it allows less than any text.
    package enum ValueKind: Sendable, Hashable {
        /// An id (`ev:Identifier`: an NCName of at most 256 characters).
        case identifier
        /// Ids separated by spaces, at least one (`ev:IdentifierList`).
        case identifierList
        /// Free text of at most 4096 characters (`ev:Text`).
        case text
        /// A BCP 47 language tag (`xs:language`).
        case language
        /// A name such as `postal-code` (`xs:NCName`).
        case name
        /// A decimal number (`ev:Amount`).
        case amount
        /// An ISO 4217 code (`ev:Currency`).
        case currency
        /// A count (`ev:Count`), written in decimal.
        case count
        /// `true` or `false` (`xs:boolean`).
        case flag
        /// A value whose Swift type already allows only what the schema allows (kinds, dates, grades).
        case typed
    }

    /// One attribute: its name in the format, its value, and what the value may be.
    package struct Attribute: Sendable, Hashable {
        package let name: String
        package let value: String
        package let kind: ValueKind
    }

    /// The element's name: `source`, `transfer`, `cite`, ...
    package let name: String
    /// The attributes that are set, in the format's order; an unset optional attribute is left out.
    package private(set) var attributes: [Attribute] = []
    /// The element's text, for elements that hold text (`quote`, `note`, `alias`, `field`).
    package var text: String?
    /// What the element's text may be.
    package var textKind: ValueKind
    /// The child elements, in the order the schema wants them.
    package var children: [FormatElement] = []

    /// An element holding `text` (of kind `textKind`), in `language` (`xml:lang`) when given.
    package init(_ name: String, text: String? = nil, of textKind: ValueKind = .text, language: String? = nil) {
        self.name = name
        self.text = text
        self.textKind = textKind
        if let language { attributes.append(Attribute(name: "xml:lang", value: language, kind: .typed)) }
    }

    /// Sets attribute `name` of kind `kind` when `value` is not nil; attributes keep the order they were set in.
    package mutating func set(_ name: String, _ value: String?, _ kind: ValueKind = .typed) {
        if let value { attributes.append(Attribute(name: name, value: value, kind: kind)) }
    }

    /// `records`, and `unit` and `approx` when they are not the default (`ev:Counted`).
    mutating func setCount(_ records: RecordCount?) {
        guard let records else { return }
        set("records", String(records.value), .count)
        set("unit", records.unit == .records ? nil : records.unit.rawValue)
        set("approx", records.isApproximate ? "true" : nil, .flag)
    }
}
