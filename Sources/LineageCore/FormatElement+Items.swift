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
        let values = claim.fieldValues
        for attribute in claim.kind.attributes { set(attribute.name, values[attribute.field], attribute.kind) }
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
