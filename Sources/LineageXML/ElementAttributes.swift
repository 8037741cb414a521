import LineageCore

/// The attributes of one evidence element, with typed accessors that turn text into model values.
///
/// The schema has already checked presence and lexical form; what it cannot check (an EDTF date that does not
/// exist, such as `2014-02-30`) is reported here as a diagnostic at the element.
struct ElementAttributes {
    let element: String
    let location: SourceLocation
    private var values: [String: String]
    /// Problems found while reading typed values, for the caller to report.
    private(set) var problems: [Diagnostic] = []
    /// Whether a required attribute was missing or unreadable, so the element cannot become an item.
    private(set) var isIncomplete = false

    init(element: String, location: SourceLocation, pairs: [(name: String, value: String)]) {
        self.element = element
        self.location = location
        var values: [String: String] = [:]
        for (name, value) in pairs { values[name] = value }
        self.values = values
    }

    /// An optional text attribute.
    func text(_ name: String) -> String? { values[name] }

    /// A required text attribute.
    mutating func required(_ name: String) -> String {
        guard let value = values[name] else {
            isIncomplete = true
            return ""
        }
        return value
    }

    mutating func id<Kind>(_ name: String) -> Identifier<Kind> { Identifier(required(name)) }

    mutating func ids<Kind>(_ name: String) -> [Identifier<Kind>] {
        required(name).split(whereSeparator: \.isWhitespace).map { Identifier(String($0)) }
    }

    mutating func optionalID<Kind>(_ name: String) -> Identifier<Kind>? { values[name].map { Identifier($0) } }

    /// A required closed-vocabulary attribute, such as `kind` or `relation`.
    mutating func choice<Value: RawRepresentable>(_ name: String) -> Value? where Value.RawValue == String {
        let text = required(name)
        guard let value = Value(rawValue: text) else {
            isIncomplete = true
            return nil
        }
        return value
    }

    /// A required EDTF time (`when`, `date`).
    mutating func time(_ name: String) -> EventTime {
        let text = required(name)
        do {
            return try EventTime(parsing: text)
        } catch {
            isIncomplete = true
            problems.append(.error(.badDate, "<\(element)> attribute '\(name)': \(error.description)", at: location))
            return .interval(from: .open, to: .open)
        }
    }

    /// The optional `records` with its `unit` (default `records`) and `approx` (default false).
    mutating func count() -> RecordCount? {
        guard let text = values["records"] else { return nil }
        guard let value = UInt64(text), let unit = CountUnit(rawValue: values["unit"] ?? "records") else {
            isIncomplete = true
            return nil
        }
        return RecordCount(value, unit: unit, approx: flag("approx", default: false))
    }

    /// An optional space-separated list of ids; empty when absent.
    func optionalIDs<Kind>(_ name: String) -> [Identifier<Kind>] {
        (values[name] ?? "").split(whereSeparator: \.isWhitespace).map { Identifier(String($0)) }
    }

    /// An optional closed-vocabulary attribute; nil when absent, and the element incomplete when unreadable.
    mutating func optionalChoice<Value: RawRepresentable>(_ name: String) -> Value? where Value.RawValue == String {
        guard values[name] != nil else { return nil }
        return choice(name)
    }

    /// The optional `xs:boolean` attribute `name`, `true`/`1` or `false`/`0`.
    func flag(_ name: String, default fallback: Bool) -> Bool {
        switch values[name]?.trimmingWhitespace() {
        case "true", "1": true
        case "false", "0": false
        default: fallback
        }
    }
}
