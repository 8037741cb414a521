extension FormatElement {
    /// A source's `<source>` element.
    package init(_ source: Source) {
        self.init("source")
        set("id", source.id.rawValue, .identifier)
        set("title", source.title, .text)
        set("date", source.date.description)
        set("publisher", source.publisher, .text)
        set("ref", source.reference, .text)
        set("reliability", source.reliability.rawValue)
        set("lang", source.language, .language)
        children = Self.notes(source.notes)
    }

    /// A party's `<party>` element.
    package init(_ party: Party) {
        self.init("party")
        set("id", party.id.rawValue, .identifier)
        set("kind", party.kind.rawValue)
        set("name", party.name, .text)
        set("identified", party.isIdentified ? nil : "false", .flag)
        set("location", party.whereabouts, .text)
        children = party.aliases.map { FormatElement("alias", text: $0.text, language: $0.language) }
            + Self.notes(party.notes)
    }

    /// A dataset's `<dataset>` element.
    package init(_ dataset: Dataset) {
        self.init("dataset")
        set("id", dataset.id.rawValue, .identifier)
        set("kind", dataset.kind.rawValue)
        set("name", dataset.name, .text)
        let owners = dataset.owners.map(\.rawValue).joined(separator: " ")
        set("owner", dataset.owners.isEmpty ? nil : owners, .identifierList)
        setCount(dataset.records)
        children = dataset.fields.map { FormatElement("field", text: $0, of: .name) }
            + dataset.aliases.map { FormatElement("alias", text: $0.text, language: $0.language) }
            + Self.notes(dataset.notes)
    }

    /// A claim's element, named by its kind (`<transfer>`, `<holding>`, ...).
    package init(_ claim: Claim) {
        self.init(claim.kind.rawValue)
        set("id", claim.id.rawValue, .identifier)
        let when = claim.when.description
        switch claim.action {
        case .extraction(let dataset, let from, let by, let medium, let records):
            set("dataset", dataset.rawValue, .identifier)
            set("from", from.rawValue, .identifier)
            set("by", by.rawValue, .identifier)
            set("when", when)
            set("medium", medium, .text)
            setCount(records)
        case .transfer(let dataset, let from, let to, let records, let price):
            set("dataset", dataset.rawValue, .identifier)
            set("from", from.rawValue, .identifier)
            set("to", to.rawValue, .identifier)
            set("when", when)
            set("basis", claim.basis?.rawValue)
            setCount(records)
            set("price", price, .text)
        case .derivation(let dataset, let from, let by, let operation, let records):
            set("dataset", dataset.rawValue, .identifier)
            set("from", from.map(\.rawValue).joined(separator: " "), .identifierList)
            set("by", by.rawValue, .identifier)
            set("when", when)
            set("operation", operation.rawValue)
            setCount(records)
        case .use(let dataset, let by, let purpose, let records):
            set("dataset", dataset.rawValue, .identifier)
            set("by", by.rawValue, .identifier)
            set("when", when)
            set("purpose", purpose, .text)
            setCount(records)
        case .holding(let dataset, let party), .deletion(let dataset, let party):
            set("dataset", dataset.rawValue, .identifier)
            set("party", party.rawValue, .identifier)
            set("when", when)
        case .delegation(let agent, let principal, let relation):
            set("agent", agent.rawValue, .identifier)
            set("principal", principal.rawValue, .identifier)
            set("when", when)
            set("relation", relation.rawValue)
        case .containment(let dataset, let within, let records):
            set("dataset", dataset.rawValue, .identifier)
            set("within", within.rawValue, .identifier)
            set("when", when)
            setCount(records)
        case .event(let kind, let parties, let datasets):
            set("kind", kind.rawValue)
            set("when", when)
            set("party", parties.isEmpty ? nil : parties.map(\.rawValue).joined(separator: " "), .identifierList)
            set("dataset", datasets.isEmpty ? nil : datasets.map(\.rawValue).joined(separator: " "), .identifierList)
        case .identity(let party, let sameAs):
            set("party", party.rawValue, .identifier)
            set("same-as", sameAs.rawValue, .identifier)
            set("when", when)
        }
        if let payment = claim.payment {
            var price = FormatElement("price")
            price.set("amount", payment.amount, .amount)
            price.set("currency", payment.currency, .currency)
            price.set("approx", payment.isApproximate ? "true" : nil, .flag)
            children.append(price)
        }
        children += claim.cites.map { cite in
            var child = FormatElement("cite")
            child.set("source", cite.source.rawValue, .identifier)
            child.set("credibility", String(cite.credibility.rawValue))
            child.set("stance", cite.stance == .supports ? nil : cite.stance.rawValue)
            child.set("page", cite.page, .text)
            child.children = cite.quotes.map { FormatElement("quote", text: $0.text, language: $0.language) }
            return child
        }
        children += Self.notes(claim.notes)
    }

    private static func notes(_ notes: [Note]) -> [FormatElement] {
        notes.map { FormatElement("note", text: $0.text, language: $0.language) }
    }
}
