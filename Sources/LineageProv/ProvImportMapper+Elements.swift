import LineageCore

/// Entities and agents: sources, datasets and parties.
extension ProvImportMapper {
    func attributes(of indexes: [Int]) -> [Attribute] {
        indexes.flatMap { index in
            document.records[index].attributes.enumerated().map {
                Attribute(record: index, index: $0.offset, name: $0.element.name, value: $0.element.value)
            }
        }
    }

    mutating func importEntity(_ id: QualifiedName, _ indexes: [Int]) {
        let attributes = attributes(of: indexes)
        if isLineageType(attributes, "Source") {
            importSource(id, indexes, attributes)
            return
        }
        let item = DatasetID(naming.id(for: id, as: .entity))
        var kind = Dataset.Kind.list
        if let attribute = lineage(attributes, "kind"), let known = Dataset.Kind(rawValue: attribute.value.text) {
            kind = known
            keep(attribute)
        }
        var owners: [PartyID] = []
        for attribute in attributes where isLineage(attribute.name, "owner") {
            guard case .qualifiedName(let name) = attribute.value else { continue }
            owners.append(PartyID(naming.id(for: name, as: .agent)))
            keep(attribute)
        }
        let dataset = Dataset(
            id: item, kind: kind, name: label(attributes, default: id.description), owners: owners,
            records: count(attributes),
            fields: attributes.filter { isLineage($0.name, "field") && ProvItemNaming.valid($0.value.text) == $0.value.text }
                .map { keep($0); return $0.value.text },
            aliases: aliases(attributes), notes: notes(attributes))
        keepType(attributes, lineage: "Dataset")
        for index in indexes { ledger.use(index, into: "dataset '\(item)'") }
        insert(dataset)
    }

    mutating func importSource(_ id: QualifiedName, _ indexes: [Int], _ attributes: [Attribute]) {
        guard let dateAttribute = lineage(attributes, "date"), let date = try? EventTime(parsing: dateAttribute.value.text),
            let reliabilityAttribute = lineage(attributes, "reliability"),
            let reliability = Reliability(rawValue: reliabilityAttribute.value.text)
        else {
            for index in indexes { ledger.explain(index, "an ll:Source without a valid ll:date and ll:reliability") }
            return
        }
        keep(dateAttribute)
        keep(reliabilityAttribute)
        let item = SourceID(naming.id(for: id, as: .entity))
        var title = id.description
        var language: String?
        if let label = first(attributes, prov: "label") {
            keep(label)
            title = label.value.text
            if case .string(_, let tag?) = label.value { language = tag }
        }
        if let attribute = lineage(attributes, "lang") {
            keep(attribute)
            language = attribute.value.text
        }
        var source = Source(
            id: item, title: title, date: date, publisher: take(attributes, "publisher"), reference: take(attributes, "ref"),
            reliability: reliability, language: language)
        source.notes = notes(attributes)
        keepType(attributes, lineage: "Source")
        for index in indexes { ledger.use(index, into: "source '\(item)'") }
        insert(source)
    }

    mutating func importAgent(_ id: QualifiedName, _ indexes: [Int]) {
        let attributes = attributes(of: indexes)
        let item = PartyID(naming.id(for: id, as: .agent))
        var kind = Party.Kind.organization
        for attribute in attributes where attribute.name == ProvVocabulary.type || isProv(attribute.name, "type") {
            guard case .qualifiedName(let type) = attribute.value else { continue }
            if iri(of: type) == Self.provIRI + "Person" {
                kind = .person
                keep(attribute)
            } else if iri(of: type) == Self.provIRI + "Organization" {
                keep(attribute)
            }
        }
        var identified = true
        if let attribute = lineage(attributes, "identified"), case .boolean(let flag) = attribute.value {
            identified = flag
            keep(attribute)
        }
        var whereabouts = take(attributes, "location")
        if whereabouts == nil, let location = first(attributes, prov: "location") {
            keep(location)
            whereabouts = location.value.text
        }
        var party = Party(
            id: item, kind: kind, name: label(attributes, default: id.description), isIdentified: identified,
            whereabouts: whereabouts, aliases: aliases(attributes))
        party.notes = notes(attributes)
        for index in indexes { ledger.use(index, into: "party '\(item)'") }
        insert(party)
    }

    /// The `ll:alias` attributes, with their languages, marked as kept.
    mutating func aliases(_ attributes: [Attribute]) -> [Party.Alias] {
        attributes.filter { isLineage($0.name, "alias") }.map { attribute in
            keep(attribute)
            if case .string(let text, let language) = attribute.value { return Party.Alias(text, language: language) }
            return Party.Alias(attribute.value.text)
        }
    }

    /// The `ll:note` attributes (format 1.1), in order, with their languages, marked as kept.
    mutating func notes(_ attributes: [Attribute]) -> [Note] {
        attributes.filter { isLineage($0.name, "note") }.map { attribute in
            keep(attribute)
            if case .string(let text, let language) = attribute.value { return Note(text, language: language) }
            return Note(attribute.value.text)
        }
    }
}
