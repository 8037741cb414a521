/// The one description of a claim kind's attributes: which attributes each kind of claim has in the evidence
/// format, in the format's order, what each may hold, and which value of the claim each carries.
///
/// Every form a claim takes goes through it: the evidence writer and the value rules (`FormatElement(_: Claim)`),
/// the canonical form a store hashes (which takes `FormatElement`'s attributes), the XML reader (`ItemMapper`),
/// the store's rows (each `Field` has one column) and the tables' cells. So a new claim kind is one case of
/// `Claim.Action` and one entry in each of the three switches below (`attributes`, `fieldValues`,
/// `Action.init(_:values:)`), all in this file, and the compiler asks for each.
extension Claim {
    /// A value a claim's element carries beside its id: one per role, so that each has one column in the store
    /// and one name in the format for each kind that has it. `from` is a dataset in an extraction, a party in a
    /// transfer and a list in a derivation; an event's lists (`parties`, `datasets`) are fields of their own,
    /// because the store keeps them apart from a holding's one `party`.
    package enum Field: Int, CaseIterable, Sendable {
        case dataset, from, to, by, party, agent, principal, within, sameAs
        case when, basis, medium, price, purpose, operation, relation, eventKind, parties, datasets
        /// A count's figure (`records`), its unit when not `records` (`unit`) and `approx` when `true`.
        case records, unit, approx
    }

    /// One attribute of a claim kind's element: its name in the format, what its value may be, and the field it
    /// carries.
    package struct Attribute: Sendable, Hashable {
        package let name: String
        package let kind: FormatElement.ValueKind
        package let field: Field

        init(_ name: String, _ kind: FormatElement.ValueKind, _ field: Field) {
            self.name = name
            self.kind = kind
            self.field = field
        }
    }

    /// The text of each field of one claim, as the format writes it (ids lists joined by a space, counts in
    /// decimal, `unit` and `approx` only when not the default); nil for a field the claim leaves out.
    ///
    /// A fixed table indexed by `Field`, so that a reader fills it by position, with no dictionary per claim.
    package struct FieldValues: Sendable, Hashable {
        private var storage = [String?](repeating: nil, count: Field.allCases.count)

        package init() {}

        package subscript(field: Field) -> String? {
            get { storage[field.rawValue] }
            set { storage[field.rawValue] = newValue }
        }
    }

    /// The claim's fields as the format writes them.
    package var fieldValues: FieldValues {
        var values = FieldValues()
        values[.when] = when.description
        values[.basis] = basis?.rawValue
        switch action {
        case .extraction(let dataset, let from, let by, let medium, let records):
            (values[.dataset], values[.from], values[.by]) = (dataset.rawValue, from.rawValue, by.rawValue)
            values[.medium] = medium
            values.set(records)
        case .transfer(let dataset, let from, let to, let records, let price):
            (values[.dataset], values[.from], values[.to]) = (dataset.rawValue, from.rawValue, to.rawValue)
            values[.price] = price
            values.set(records)
        case .derivation(let dataset, let from, let by, let operation, let records):
            (values[.dataset], values[.from], values[.by]) = (dataset.rawValue, Self.list(from), by.rawValue)
            values[.operation] = operation.rawValue
            values.set(records)
        case .use(let dataset, let by, let purpose, let records):
            (values[.dataset], values[.by], values[.purpose]) = (dataset.rawValue, by.rawValue, purpose)
            values.set(records)
        case .holding(let dataset, let party), .deletion(let dataset, let party):
            (values[.dataset], values[.party]) = (dataset.rawValue, party.rawValue)
        case .delegation(let agent, let principal, let relation):
            (values[.agent], values[.principal]) = (agent.rawValue, principal.rawValue)
            values[.relation] = relation.rawValue
        case .containment(let dataset, let within, let records):
            (values[.dataset], values[.within]) = (dataset.rawValue, within.rawValue)
            values.set(records)
        case .event(let kind, let parties, let datasets):
            values[.eventKind] = kind.rawValue
            values[.parties] = parties.isEmpty ? nil : Self.list(parties)
            values[.datasets] = datasets.isEmpty ? nil : Self.list(datasets)
        case .identity(let party, let sameAs):
            (values[.party], values[.sameAs]) = (party.rawValue, sameAs.rawValue)
        }
        return values
    }

    private static func list<Kind>(_ ids: [Identifier<Kind>]) -> String {
        ids.map(\.rawValue).joined(separator: " ")
    }
}

extension Claim.Kind {
    /// The attributes of this kind's element after `id`, in the order the format lists them.
    ///
    /// - Complexity: O(1): each list is built once.
    package var attributes: [Claim.Attribute] {
        switch self {
        case .extraction: Self.extractionAttributes
        case .transfer: Self.transferAttributes
        case .derivation: Self.derivationAttributes
        case .use: Self.useAttributes
        case .holding, .deletion: Self.holdingAttributes
        case .delegation: Self.delegationAttributes
        case .containment: Self.containmentAttributes
        case .event: Self.eventAttributes
        case .identity: Self.identityAttributes
        }
    }

    /// Whether this kind's element may hold a `<price>` child (`Claim.payment`): transfers alone do.
    package var carriesPayment: Bool { self == .transfer }

    private typealias A = Claim.Attribute
    private static let counted = [A("records", .count, .records), A("unit", .typed, .unit), A("approx", .flag, .approx)]
    private static let extractionAttributes =
        [
            A("dataset", .identifier, .dataset), A("from", .identifier, .from), A("by", .identifier, .by),
            A("when", .typed, .when), A("medium", .text, .medium),
        ] + counted
    private static let transferAttributes =
        [
            A("dataset", .identifier, .dataset), A("from", .identifier, .from), A("to", .identifier, .to),
            A("when", .typed, .when), A("basis", .typed, .basis),
        ] + counted + [A("price", .text, .price)]
    private static let derivationAttributes =
        [
            A("dataset", .identifier, .dataset), A("from", .identifierList, .from), A("by", .identifier, .by),
            A("when", .typed, .when), A("operation", .typed, .operation),
        ] + counted
    private static let useAttributes =
        [
            A("dataset", .identifier, .dataset), A("by", .identifier, .by), A("when", .typed, .when),
            A("purpose", .text, .purpose),
        ] + counted
    private static let holdingAttributes = [
        A("dataset", .identifier, .dataset), A("party", .identifier, .party), A("when", .typed, .when),
    ]
    private static let delegationAttributes = [
        A("agent", .identifier, .agent), A("principal", .identifier, .principal), A("when", .typed, .when),
        A("relation", .typed, .relation),
    ]
    private static let containmentAttributes =
        [A("dataset", .identifier, .dataset), A("within", .identifier, .within), A("when", .typed, .when)] + counted
    private static let eventAttributes = [
        A("kind", .typed, .eventKind), A("when", .typed, .when), A("party", .identifierList, .parties),
        A("dataset", .identifierList, .datasets),
    ]
    private static let identityAttributes = [
        A("party", .identifier, .party), A("same-as", .identifier, .sameAs), A("when", .typed, .when),
    ]
}

extension Claim {
    /// Why fields cannot make a claim's action: `field` is missing (`text` nil), or holds `text`, which is not
    /// one of its values.
    package struct FieldProblem: Error, Sendable, Hashable {
        package let field: Field
        package let text: String?

        package init(field: Field, text: String?) {
            self.field = field
            self.text = text
        }
    }
}

extension Claim.Action {
    /// The action of a claim of kind `kind` whose fields hold `values`: the inverse of `Claim.fieldValues`.
    /// `when` and `basis` belong to the claim, not its action, and are not read here.
    ///
    /// - Throws: `Claim.FieldProblem` when a field the kind requires is missing, or a value cannot be read (an
    ///   operation, relation or event kind the format does not have, a count that is not a number, an unknown
    ///   unit). The schema refuses all of these in a file; a store holds none unless a row was edited.
    package init(_ kind: Claim.Kind, values: Claim.FieldValues) throws(Claim.FieldProblem) {
        func text(_ field: Claim.Field) throws(Claim.FieldProblem) -> String {
            guard let text = values[field] else { throw Claim.FieldProblem(field: field, text: nil) }
            return text
        }
        func id<Kind>(_ field: Claim.Field) throws(Claim.FieldProblem) -> Identifier<Kind> {
            Identifier(try text(field))
        }
        func ids<Kind>(_ text: String?) -> [Identifier<Kind>] {
            (text ?? "").split(whereSeparator: \.isWhitespace).map { Identifier(String($0)) }
        }
        func choice<Value: RawRepresentable<String>>(_ field: Claim.Field) throws(Claim.FieldProblem) -> Value {
            let text = try text(field)
            guard let value = Value(rawValue: text) else { throw Claim.FieldProblem(field: field, text: text) }
            return value
        }
        let records = try values.count()
        switch kind {
        case .extraction:
            self = .extraction(
                dataset: try id(.dataset), from: try id(.from), by: try id(.by), medium: values[.medium],
                records: records)
        case .transfer:
            self = .transfer(
                dataset: try id(.dataset), from: try id(.from), to: try id(.to), records: records,
                price: values[.price])
        case .derivation:
            self = .derivation(
                dataset: try id(.dataset), from: ids(try text(.from)), by: try id(.by),
                operation: try choice(.operation), records: records)
        case .use:
            self = .use(dataset: try id(.dataset), by: try id(.by), purpose: values[.purpose], records: records)
        case .holding:
            self = .holding(dataset: try id(.dataset), party: try id(.party))
        case .deletion:
            self = .deletion(dataset: try id(.dataset), party: try id(.party))
        case .delegation:
            self = .delegation(agent: try id(.agent), principal: try id(.principal), relation: try choice(.relation))
        case .containment:
            self = .containment(dataset: try id(.dataset), within: try id(.within), records: records)
        case .event:
            self = .event(kind: try choice(.eventKind), parties: ids(values[.parties]), datasets: ids(values[.datasets]))
        case .identity:
            self = .identity(party: try id(.party), sameAs: try id(.sameAs))
        }
    }
}

extension Claim.FieldValues {
    /// `records`, and `unit` and `approx` when they are not the default (`ev:Counted`).
    package mutating func set(_ records: RecordCount?) {
        guard let records else { return }
        self[.records] = String(records.value)
        self[.unit] = records.unit == .records ? nil : records.unit.rawValue
        self[.approx] = records.isApproximate ? "true" : nil
    }

    /// The count in `records`, with its `unit` (default `records`) and `approx` (default false); nil when there
    /// is no `records`.
    ///
    /// - Throws: `Claim.FieldProblem` when `records` is not a count or `unit` is not a unit.
    package func count() throws(Claim.FieldProblem) -> RecordCount? {
        guard let figure = self[.records] else { return nil }
        guard let value = UInt64(figure) else { throw Claim.FieldProblem(field: .records, text: figure) }
        let unitText = self[.unit] ?? CountUnit.records.rawValue
        guard let unit = CountUnit(rawValue: unitText) else { throw Claim.FieldProblem(field: .unit, text: unitText) }
        return RecordCount(value, unit: unit, approx: Self.isTrue(self[.approx]))
    }

    /// An `xs:boolean`'s value, `true`/`1` or `false`/`0` around XML white space; false when absent.
    static func isTrue(_ text: String?) -> Bool {
        guard let text else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        return words.count == 1 && (words[0] == "true" || words[0] == "1")
    }
}
