import LineageCore

/// The attributes of one evidence element, with typed accessors that turn text into model values.
///
/// The schema has already checked presence and lexical form; what it cannot check (an EDTF date that does not
/// exist, such as `2014-02-30`) is reported here as a diagnostic at the element.
struct ElementAttributes {
    let element: String
    let location: SourceLocation
    /// The attributes as the parser gave them. An element has a handful, so a scan finds one sooner than a
    /// dictionary built for each element would.
    private let pairs: [(name: String, value: String)]
    /// Problems found while reading typed values, for the caller to report.
    private(set) var problems: [Diagnostic] = []
    /// Whether a required attribute was missing or unreadable, so the element cannot become an item.
    private(set) var isIncomplete = false

    init(element: String, location: SourceLocation, pairs: [(name: String, value: String)]) {
        self.element = element
        self.location = location
        self.pairs = pairs
    }

    /// An optional text attribute.
    func text(_ name: String) -> String? {
        for pair in pairs where pair.name == name { return pair.value }
        return nil
    }

    /// Marks the element as one that cannot become an item: a value its description could not read.
    mutating func markIncomplete() { isIncomplete = true }

    /// A required text attribute.
    mutating func required(_ name: String) -> String {
        guard let value = text(name) else {
            isIncomplete = true
            return ""
        }
        return value
    }

    mutating func id<Kind>(_ name: String) -> Identifier<Kind> { Identifier(required(name)) }

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

    /// The optional `records` with its `unit` (default `records`) and `approx` (default false), read as a
    /// claim's count is (`Claim.FieldValues.count`).
    mutating func count() -> RecordCount? {
        var values = Claim.FieldValues()
        (values[.records], values[.unit], values[.approx]) = (text("records"), text("unit"), text("approx"))
        do {
            return try values.count()
        } catch {
            isIncomplete = true
            return nil
        }
    }

    /// An optional space-separated list of ids; empty when absent.
    func optionalIDs<Kind>(_ name: String) -> [Identifier<Kind>] {
        (text(name) ?? "").split(whereSeparator: \.isWhitespace).map { Identifier(String($0)) }
    }

    /// The optional `xs:boolean` attribute `name`, `true`/`1` or `false`/`0`.
    func flag(_ name: String, default fallback: Bool) -> Bool {
        switch text(name)?.trimmingWhitespace() {
        case "true", "1": true
        case "false", "0": false
        default: fallback
        }
    }
}
