import LineageCore

/// Builds model values from the attributes and children of one evidence element: the format's names, mapped
/// one to one onto the model's.
enum ItemMapper {
    static func source(_ attributes: inout ElementAttributes, children: [ChildElement]) -> Source? {
        guard let reliability: Reliability = attributes.choice("reliability") else { return nil }
        var source = Source(
            id: attributes.id("id"), title: attributes.required("title"), date: attributes.time("date"),
            publisher: attributes.text("publisher"), reference: attributes.text("ref"), reliability: reliability,
            language: attributes.text("lang"), location: attributes.location)
        source.notes = notes(in: children)
        return source
    }

    static func party(_ attributes: inout ElementAttributes, children: [ChildElement]) -> Party? {
        guard let kind: Party.Kind = attributes.choice("kind") else { return nil }
        var party = Party(
            id: attributes.id("id"), kind: kind, name: attributes.required("name"),
            isIdentified: attributes.flag("identified", default: true), whereabouts: attributes.text("location"),
            aliases: aliases(in: children), location: attributes.location)
        party.notes = notes(in: children)
        return party
    }

    static func dataset(_ attributes: inout ElementAttributes, children: [ChildElement]) -> Dataset? {
        guard let kind: Dataset.Kind = attributes.choice("kind") else { return nil }
        return Dataset(
            id: attributes.id("id"), kind: kind, name: attributes.required("name"),
            owners: attributes.optionalIDs("owner"), records: attributes.count(),
            fields: children.filter { $0.name == "field" }.map { $0.text.trimmingWhitespace() },
            aliases: aliases(in: children), notes: notes(in: children), location: attributes.location)
    }

    /// A claim of kind `kind`, its attributes read through the kind's description (`Claim.Kind.attributes`), so
    /// that the reader knows no claim attribute by name.
    static func claim(_ kind: Claim.Kind, _ attributes: inout ElementAttributes, children: [ChildElement]) -> Claim? {
        var values = Claim.FieldValues()
        for attribute in kind.attributes { values[attribute.field] = attributes.text(attribute.name) }
        guard let action = try? Claim.Action(kind, values: values) else {
            attributes.markIncomplete()
            return nil
        }
        var claim = Claim(
            id: attributes.id("id"), when: attributes.time("when"), action: action, cites: cites(in: children),
            notes: notes(in: children), location: attributes.location)
        if let basis = values[.basis] {
            guard let known = Claim.Basis(rawValue: basis) else {
                attributes.markIncomplete()
                return nil
            }
            claim.basis = known
        }
        if kind.carriesPayment { claim.payment = price(in: children) }
        return claim
    }

    /// The item's own `<alias>` children (not those of a cite).
    private static func aliases(in children: [ChildElement]) -> [Party.Alias] {
        children.filter { $0.name == "alias" && $0.depth == 2 }.map { Party.Alias($0.text, language: $0.language) }
    }

    /// The item's own `<note>` children, in document order.
    private static func notes(in children: [ChildElement]) -> [Note] {
        children.filter { $0.name == "note" && $0.depth == 2 }.map { Note($0.text, language: $0.language) }
    }

    /// A transfer's `<price>`; the schema requires its amount and currency, so one without either is left out
    /// here and reported there.
    private static func price(in children: [ChildElement]) -> Price? {
        guard let child = children.first(where: { $0.name == "price" && $0.depth == 2 }) else { return nil }
        let attributes = ElementAttributes(element: "price", location: child.location, pairs: child.attributes)
        guard let amount = attributes.text("amount")?.trimmingWhitespace(),
            let currency = attributes.text("currency")?.trimmingWhitespace()
        else { return nil }
        return Price(amount: amount, currency: currency, isApproximate: attributes.flag("approx", default: false))
    }

    /// The `<cite>` children, each with the `<quote>` elements that follow it.
    private static func cites(in children: [ChildElement]) -> [Cite] {
        var cites: [Cite] = []
        for child in children {
            switch child.name {
            case "cite":
                var attributes = ElementAttributes(element: "cite", location: child.location, pairs: child.attributes)
                guard let credibilityText = attributes.text("credibility"), let number = Int(credibilityText),
                    let credibility = Credibility(rawValue: number)
                else { continue }
                let stance = attributes.text("stance").flatMap(Cite.Stance.init(rawValue:)) ?? .supports
                cites.append(
                    Cite(
                        source: attributes.id("source"), credibility: credibility, stance: stance,
                        page: attributes.text("page"), location: child.location))
            case "quote" where !cites.isEmpty:
                cites[cites.count - 1].quotes.append(Cite.Quote(child.text, language: child.language))
            default:
                continue
            }
        }
        return cites
    }
}

extension ChildElement {
    /// `xml:lang`, when the element has one.
    var language: String? {
        attributes.first { $0.name == "xml:lang" }?.value
    }
}
