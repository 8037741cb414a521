public import LineageCore

/// Writes a case as evidence XML that `lineage check` accepts: the inverse of the reader.
///
/// Output is deterministic, byte for byte: sources, then parties, datasets and claims, each sorted by id;
/// attributes in the order the format lists them; optional attributes only when set, defaults (`unit="records"`,
/// `identified="true"`, `stance="supports"`, `approx="false"`, and a `basis` not given) left out. Children in the
/// order the schema wants: a transfer's `<price>` first, then cites, then notes; a dataset's fields, aliases,
/// notes. Pure Swift, no libxml2: writing needs no parser, and one
/// escaping routine for attributes and one for text are the whole of what can go wrong (see
/// `XMLEscaping.swift`).
///
/// Locations are not written: an exported file is a new document, with its own lines.
public enum EvidenceWriter {
    /// Writes `evidence` as one evidence document to `output`.
    ///
    /// - Parameter comment: an optional note placed in an XML comment after the declaration, such as where the
    ///   case was exported from. `--` cannot occur inside a comment, so it is written `- -`.
    /// - Complexity: O(*n* log *n*) for *n* items (the sort by id); the items are written one at a time, so
    ///   `output` can stream them to a file.
    public static func write(_ evidence: EvidenceCase, comment: String? = nil, to output: inout some TextOutputStream) {
        output.write(#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n")
        if let comment {
            output.write("<!-- \(XMLEscaping.commentText(comment)) -->\n")
        }
        output.write(#"<evidence xmlns="urn:listlineage:evidence:1">"# + "\n")
        for id in evidence.sources.keys.sorted() { write(evidence.sources[id]!, to: &output) }
        for id in evidence.parties.keys.sorted() { write(evidence.parties[id]!, to: &output) }
        for id in evidence.datasets.keys.sorted() { write(evidence.datasets[id]!, to: &output) }
        for id in evidence.sortedClaimIDs { write(evidence.claims[id]!, to: &output) }
        output.write("</evidence>\n")
    }

    /// The case as one evidence document, in memory: for small cases and tests.
    public static func document(_ evidence: EvidenceCase, comment: String? = nil) -> String {
        var text = ""
        write(evidence, comment: comment, to: &text)
        return text
    }

    // MARK: Items

    private static func write(_ source: Source, to output: inout some TextOutputStream) {
        var element = Element("source")
        element["id"] = source.id.rawValue
        element["title"] = source.title
        element["date"] = source.date.description
        element["publisher"] = source.publisher
        element["ref"] = source.reference
        element["reliability"] = source.reliability.rawValue
        element["lang"] = source.language
        element.children = notes(source.notes)
        element.write(to: &output)
    }

    private static func write(_ party: Party, to output: inout some TextOutputStream) {
        var element = Element("party")
        element["id"] = party.id.rawValue
        element["kind"] = party.kind.rawValue
        element["name"] = party.name
        element["identified"] = party.isIdentified ? nil : "false"
        element["location"] = party.whereabouts
        element.children = party.aliases.map { Element("alias", text: $0.text, language: $0.language) }
            + notes(party.notes)
        element.write(to: &output)
    }

    private static func write(_ dataset: Dataset, to output: inout some TextOutputStream) {
        var element = Element("dataset")
        element["id"] = dataset.id.rawValue
        element["kind"] = dataset.kind.rawValue
        element["name"] = dataset.name
        element["owner"] = dataset.owners.isEmpty ? nil : dataset.owners.map(\.rawValue).joined(separator: " ")
        element.count(dataset.records)
        element.children = dataset.fields.map { Element("field", text: $0) }
            + dataset.aliases.map { Element("alias", text: $0.text, language: $0.language) } + notes(dataset.notes)
        element.write(to: &output)
    }

    private static func write(_ claim: Claim, to output: inout some TextOutputStream) {
        var element = Element(claim.kind.rawValue)
        element["id"] = claim.id.rawValue
        switch claim.action {
        case .extraction(let dataset, let from, let by, let medium, let records):
            element["dataset"] = dataset.rawValue
            element["from"] = from.rawValue
            element["by"] = by.rawValue
            element["when"] = claim.when.description
            element["medium"] = medium
            element.count(records)
        case .transfer(let dataset, let from, let to, let records, let price):
            element["dataset"] = dataset.rawValue
            element["from"] = from.rawValue
            element["to"] = to.rawValue
            element["when"] = claim.when.description
            element["basis"] = claim.basis?.rawValue
            element.count(records)
            element["price"] = price
        case .derivation(let dataset, let from, let by, let operation, let records):
            element["dataset"] = dataset.rawValue
            element["from"] = from.map(\.rawValue).joined(separator: " ")
            element["by"] = by.rawValue
            element["when"] = claim.when.description
            element["operation"] = operation.rawValue
            element.count(records)
        case .use(let dataset, let by, let purpose, let records):
            element["dataset"] = dataset.rawValue
            element["by"] = by.rawValue
            element["when"] = claim.when.description
            element["purpose"] = purpose
            element.count(records)
        case .holding(let dataset, let party), .deletion(let dataset, let party):
            element["dataset"] = dataset.rawValue
            element["party"] = party.rawValue
            element["when"] = claim.when.description
        case .delegation(let agent, let principal, let relation):
            element["agent"] = agent.rawValue
            element["principal"] = principal.rawValue
            element["when"] = claim.when.description
            element["relation"] = relation.rawValue
        case .containment(let dataset, let within, let records):
            element["dataset"] = dataset.rawValue
            element["within"] = within.rawValue
            element["when"] = claim.when.description
            element.count(records)
        case .event(let kind, let parties, let datasets):
            element["kind"] = kind.rawValue
            element["when"] = claim.when.description
            element["party"] = parties.isEmpty ? nil : parties.map(\.rawValue).joined(separator: " ")
            element["dataset"] = datasets.isEmpty ? nil : datasets.map(\.rawValue).joined(separator: " ")
        case .identity(let party, let sameAs):
            element["party"] = party.rawValue
            element["same-as"] = sameAs.rawValue
            element["when"] = claim.when.description
        }
        if let payment = claim.payment {
            var price = Element("price")
            price["amount"] = payment.amount
            price["currency"] = payment.currency
            price["approx"] = payment.isApproximate ? "true" : nil
            element.children.append(price)
        }
        element.children += claim.cites.map { cite in
            var child = Element("cite")
            child["source"] = cite.source.rawValue
            child["credibility"] = String(cite.credibility.rawValue)
            child["stance"] = cite.stance == .supports ? nil : cite.stance.rawValue
            child["page"] = cite.page
            child.children = cite.quotes.map { Element("quote", text: $0.text, language: $0.language) }
            return child
        }
        element.children += notes(claim.notes)
        element.write(to: &output)
    }

    private static func notes(_ notes: [Note]) -> [Element] {
        notes.map { Element("note", text: $0.text, language: $0.language) }
    }
}

/// One element to write: attributes in insertion order, then either text or child elements.
private struct Element {
    let name: String
    private(set) var attributes: [(name: String, value: String)] = []
    var text: String?
    var children: [Element] = []

    init(_ name: String, text: String? = nil, language: String? = nil) {
        self.name = name
        self.text = text
        if let language { attributes.append(("xml:lang", language)) }
    }

    /// Sets an attribute when `value` is not nil; attributes keep the order they were set in.
    subscript(name: String) -> String? {
        get { attributes.first { $0.name == name }?.value }
        set { if let newValue { attributes.append((name, newValue)) } }
    }

    /// `records`, and `unit` and `approx` when they are not the default.
    mutating func count(_ records: RecordCount?) {
        guard let records else { return }
        self["records"] = String(records.value)
        self["unit"] = records.unit == .records ? nil : records.unit.rawValue
        self["approx"] = records.isApproximate ? "true" : nil
    }

    /// Writes the element at the top level (indented two spaces), its children on the same line: the shape the
    /// Benesse files use, and one item per line, so diffs of exports stay readable.
    func write(to output: inout some TextOutputStream) {
        output.write("  ")
        writeInline(to: &output)
        output.write("\n")
    }

    private func writeInline(to output: inout some TextOutputStream) {
        output.write("<\(name)")
        for (attribute, value) in attributes {
            output.write(" \(attribute)=\"")
            XMLEscaping.writeAttribute(value, to: &output)
            output.write("\"")
        }
        if let text {
            output.write(">")
            XMLEscaping.writeText(text, to: &output)
            output.write("</\(name)>")
        } else if children.isEmpty {
            output.write("/>")
        } else {
            output.write(">")
            for child in children { child.writeInline(to: &output) }
            output.write("</\(name)>")
        }
    }
}
