import LineageCore

/// The work of `ProvDocument.importedCase(name:)`, with its indexes.
struct ProvImportMapper {
    let document: ProvDocument
    let name: String
    private var evidence = EvidenceCase()
    private var notes: [String] = []
    private var needsImportSource = false

    private var used: [QualifiedName: [QualifiedName]] = [:]
    private var generated: [QualifiedName: [QualifiedName]] = [:]
    private var associations: [QualifiedName: [(agent: QualifiedName, role: String?)]] = [:]
    private var influences: [QualifiedName: [ProvRecord]] = [:]
    private var delegations: [QualifiedName: ProvRecord] = [:]

    /// IRIs by prefix, so names are compared by what they mean, not by the prefix a document chose.
    private let iris: [String: String]
    private static let lineageIRI = ProvVocabulary.lineage.iri
    private static let caseIRI = ProvVocabulary.caseItems.iri
    private static let provIRI = ProvVocabulary.prov.iri

    init(document: ProvDocument, name: String) {
        self.document = document
        self.name = name
        var iris: [String: String] = ["prov": Self.provIRI, "xsd": ProvVocabulary.xsd.iri]
        for namespace in document.namespaces { iris[namespace.prefix] = namespace.iri }
        self.iris = iris
    }

    mutating func run() -> ProvImport {
        index()
        for record in document.records {
            switch record.kind {
            case .entity: importEntity(record)
            case .agent: importAgent(record)
            default: continue
            }
        }
        for record in document.records where record.kind == .activity { importActivity(record) }
        for record in document.records where record.kind == .actedOnBehalfOf && !isLineageDelegation(record) {
            notes.append(
                "actedOnBehalfOf(\(describe(record.arguments["delegate"])), \(describe(record.arguments["responsible"]))): "
                    + "not imported; PROV does not say whether it was employment, a contract, a subcontract or a dispatch")
        }
        if needsImportSource {
            let source = Source(
                id: ProvDocument.importSourceID, title: "PROV document \(name)",
                date: .interval(from: .open, to: .open), reliability: .f)
            if let duplicate = evidence.insert(source) { notes.append(duplicate.message) }
            notes.append(
                "claims the document gives no source for cite '\(ProvDocument.importSourceID)' (reliability F, "
                    + "credibility 6: cannot be judged)")
        }
        return ProvImport(evidence: evidence, notes: notes)
    }

    // MARK: Indexes

    private mutating func index() {
        let mapped: Set<ProvRecord.Kind> = [.entity, .agent, .activity, .used, .wasGeneratedBy, .wasAssociatedWith,
                                             .wasInfluencedBy, .actedOnBehalfOf, .wasDerivedFrom]
        for record in document.records {
            switch record.kind {
            case .used:
                if let activity = record.arguments["activity"], let entity = record.arguments["entity"] {
                    used[activity, default: []].append(entity)
                }
            case .wasGeneratedBy:
                if let activity = record.arguments["activity"], let entity = record.arguments["entity"] {
                    generated[activity, default: []].append(entity)
                }
            case .wasAssociatedWith:
                if let activity = record.arguments["activity"], let agent = record.arguments["agent"] {
                    associations[activity, default: []].append((agent, record.value(of: ProvVocabulary.role).map(roleName)))
                }
            case .wasInfluencedBy:
                if let influencee = record.arguments["influencee"] { influences[influencee, default: []].append(record) }
            case .actedOnBehalfOf:
                if case .qualifiedName(let claim)? = value(record, lineage: "claim") { delegations[claim] = record }
            case .wasDerivedFrom:
                // A derivation through an activity is read from that activity's used and generated entities;
                // one with no activity names no one who did it, which a claim needs.
                if record.arguments["activity"] == nil {
                    notes.append(
                        "wasDerivedFrom(\(describe(record.arguments["generatedEntity"])), "
                            + "\(describe(record.arguments["usedEntity"]))): not imported; no activity says who derived it")
                }
            default:
                if !mapped.contains(record.kind) {
                    notes.append("\(record.kind.rawValue)(\(record.id.map(\.description) ?? "-")): not imported; "
                        + "the model has no counterpart")
                }
            }
        }
    }

    // MARK: Elements

    private mutating func importEntity(_ record: ProvRecord) {
        guard let id = record.id else { return }
        if isType(record, lineage: "Source") {
            let title = record.value(of: ProvVocabulary.label)
            guard let date = try? EventTime(parsing: text(record, lineage: "date") ?? ""),
                let reliability = text(record, lineage: "reliability").flatMap(Reliability.init(rawValue:))
            else {
                notes.append("entity \(id): an ll:Source without a valid ll:date and ll:reliability; not imported")
                return
            }
            var source = Source(
                id: SourceID(itemID(id)), title: title?.text ?? id.local, date: date,
                publisher: text(record, lineage: "publisher"), reference: text(record, lineage: "ref"),
                reliability: reliability, language: text(record, lineage: "lang"))
            source.notes = notes(of: record)
            insert(source)
            reportUnknownAttributes(
                of: record, known: ["label", "type", "date", "reliability", "publisher", "ref", "lang", "note"])
            return
        }
        let kind = text(record, lineage: "kind").flatMap(Dataset.Kind.init(rawValue:)) ?? .list
        let owners = record.attributes.filter { isLineage($0.name, "owner") }.compactMap { attribute -> PartyID? in
            guard case .qualifiedName(let name) = attribute.value else { return nil }
            return PartyID(itemID(name))
        }
        let dataset = Dataset(
            id: DatasetID(itemID(id)), kind: kind, name: record.value(of: ProvVocabulary.label)?.text ?? id.local,
            owners: owners, records: count(of: record),
            fields: record.attributes.filter { isLineage($0.name, "field") }.map(\.value.text),
            aliases: aliases(of: record), notes: notes(of: record))
        insert(dataset)
        reportUnknownAttributes(
            of: record, known: ["label", "type", "kind", "owner", "records", "unit", "approx", "field", "alias", "note"])
    }

    private mutating func importAgent(_ record: ProvRecord) {
        guard let id = record.id else { return }
        let isPerson = record.values(of: ProvVocabulary.type).contains { value in
            if case .qualifiedName(let type) = value { return iri(of: type) == Self.provIRI + "Person" }
            return false
        }
        var identified = true
        if case .boolean(let flag)? = value(record, lineage: "identified") { identified = flag }
        var party = Party(
            id: PartyID(itemID(id)), kind: isPerson ? .person : .organization,
            name: record.value(of: ProvVocabulary.label)?.text ?? id.local, isIdentified: identified,
            whereabouts: text(record, lineage: "location"), aliases: aliases(of: record))
        party.notes = notes(of: record)
        insert(party)
        reportUnknownAttributes(of: record, known: ["label", "type", "identified", "location", "alias", "note"])
    }

    /// The `ll:alias` attributes, with their languages.
    private func aliases(of record: ProvRecord) -> [Party.Alias] {
        record.attributes.filter { isLineage($0.name, "alias") }.map { attribute in
            if case .string(let text, let language) = attribute.value { return Party.Alias(text, language: language) }
            return Party.Alias(attribute.value.text)
        }
    }

    /// The `ll:note` attributes, in order, with their languages.
    private func notes(of record: ProvRecord) -> [Note] {
        record.attributes.filter { isLineage($0.name, "note") }.map { attribute in
            if case .string(let text, let language) = attribute.value { return Note(text, language: language) }
            return Note(attribute.value.text)
        }
    }

    // MARK: Activities

    private mutating func importActivity(_ record: ProvRecord) {
        guard let id = record.id else { return }
        let inputs = (used[id] ?? []).map { DatasetID(itemID($0)) }
        let outputs = (generated[id] ?? []).map { DatasetID(itemID($0)) }
        let agents = associations[id] ?? []
        func agent(_ role: String) -> PartyID? {
            agents.first { $0.role == role }.map { PartyID(itemID($0.agent)) }
        }
        let records = count(of: record)
        let action: Claim.Action?
        switch lineageType(of: record) {
        case "Extraction":
            action = zip(outputs.first, inputs.first, agent("extractor")).map {
                .extraction(dataset: $0, from: $1, by: $2, medium: text(record, lineage: "medium"), records: records)
            }
        case "Transfer":
            action = zip(inputs.first, agent("sender"), agent("recipient")).map {
                .transfer(dataset: $0, from: $1, to: $2, records: records, price: text(record, lineage: "price"))
            }
        case "Derivation":
            let operation = text(record, lineage: "operation").flatMap(Claim.Operation.init(rawValue:)) ?? .copy
            action = zip(outputs.first, inputs.isEmpty ? nil : inputs, agent("deriver")).map {
                .derivation(dataset: $0, from: $1, by: $2, operation: operation, records: records)
            }
        case "Use":
            action = zip(inputs.first, agent("user")).map {
                .use(dataset: $0, by: $1, purpose: text(record, lineage: "purpose"), records: records)
            }
        case "Holding":
            action = zip(inputs.first, agent("holder")).map { .holding(dataset: $0, party: $1) }
        case "Deletion":
            action = zip(inputs.first, agent("deleter")).map { .deletion(dataset: $0, party: $1) }
        case "Delegation":
            action = delegation(for: id)
        case "Containment":
            action = zip(item(record, "dataset"), item(record, "within")).map {
                .containment(dataset: DatasetID($0), within: DatasetID($1), records: records)
            }
        case "Event":
            action = text(record, lineage: "kind").flatMap(Claim.EventKind.init(rawValue:)).map { kind in
                .event(
                    kind: kind, parties: agents.filter { $0.role == "concerned" }.map { PartyID(itemID($0.agent)) },
                    datasets: inputs)
            }
        case "Identity":
            action = zip(agent("party"), agent("same-as")).map { .identity(party: $0, sameAs: $1) }
        case nil:
            action = inferredAction(of: id, inputs: inputs, outputs: outputs, agents: agents, records: records)
        case let other?:
            notes.append("activity \(id): unknown ListLineage type ll:\(other); not imported")
            return
        }
        guard let action else {
            notes.append(
                "activity \(id): not imported; it does not say enough (used \(inputs.count), generated "
                    + "\(outputs.count), \(agents.count) agent(s)\(agents.contains { $0.role != nil } ? " with roles" : ""))")
            return
        }
        var claim = Claim(id: ClaimID(itemID(id)), when: when(of: record), action: action, cites: cites(for: id))
        claim.notes = notes(of: record)
        if case .transfer = action {
            claim.basis = text(record, lineage: "basis").flatMap(Claim.Basis.init(rawValue:))
            if let amount = text(record, lineage: "priceAmount"), let currency = text(record, lineage: "priceCurrency") {
                var approximate = false
                if case .boolean(let flag)? = value(record, lineage: "priceApprox") { approximate = flag }
                claim.payment = Price(amount: amount, currency: currency, isApproximate: approximate)
            }
        }
        insert(claim)
    }

    /// The id of the case item a qualified-name attribute `ll:name` names.
    private func item(_ record: ProvRecord, _ name: String) -> String? {
        guard case .qualifiedName(let value)? = value(record, lineage: name) else { return nil }
        return itemID(value)
    }

    /// What an activity from another tool most plainly says, or nil when it is ambiguous.
    private func inferredAction(
        of id: QualifiedName, inputs: [DatasetID], outputs: [DatasetID], agents: [(agent: QualifiedName, role: String?)],
        records: RecordCount?
    ) -> Claim.Action? {
        let parties = agents.map { PartyID(itemID($0.agent)) }
        if let output = outputs.first, !inputs.isEmpty, let by = parties.first {
            return .derivation(dataset: output, from: inputs, by: by, operation: .copy, records: records)
        }
        guard outputs.isEmpty, inputs.count == 1, let dataset = inputs.first else { return nil }
        if agents.count == 1 { return .use(dataset: dataset, by: parties[0], purpose: nil, records: records) }
        let senders = agents.filter { Self.senderRoles.contains($0.role?.lowercased() ?? "") }
        let recipients = agents.filter { Self.recipientRoles.contains($0.role?.lowercased() ?? "") }
        guard agents.count == 2, senders.count == 1, recipients.count == 1 else { return nil }
        return .transfer(
            dataset: dataset, from: PartyID(itemID(senders[0].agent)), to: PartyID(itemID(recipients[0].agent)),
            records: records, price: nil)
    }

    private static let senderRoles: Set<String> = ["sender", "seller", "supplier", "provider", "source", "from"]
    private static let recipientRoles: Set<String> = ["recipient", "receiver", "buyer", "customer", "to"]

    private func delegation(for claim: QualifiedName) -> Claim.Action? {
        guard let record = delegations[claim], let agent = record.arguments["delegate"],
            let principal = record.arguments["responsible"],
            let relation = text(record, lineage: "relation").flatMap(Claim.Relation.init(rawValue:))
        else { return nil }
        return .delegation(agent: PartyID(itemID(agent)), principal: PartyID(itemID(principal)), relation: relation)
    }

    private mutating func cites(for activity: QualifiedName) -> [Cite] {
        let cites = (influences[activity] ?? []).compactMap { influence -> Cite? in
            guard let source = influence.arguments["influencer"], case .integer(let number)? = value(influence, lineage: "credibility"),
                let credibility = Credibility(rawValue: Int(number))
            else { return nil }
            let quotes = influence.attributes.filter { isLineage($0.name, "quote") }.map { attribute in
                if case .string(let text, let language) = attribute.value { return Cite.Quote(text, language: language) }
                return Cite.Quote(attribute.value.text)
            }
            return Cite(
                source: SourceID(itemID(source)), credibility: credibility,
                stance: text(influence, lineage: "stance").flatMap(Cite.Stance.init(rawValue:)) ?? .supports,
                page: text(influence, lineage: "page"), quotes: quotes)
        }
        guard cites.isEmpty else { return cites }
        needsImportSource = true
        return [Cite(source: ProvDocument.importSourceID, credibility: .cannotBeJudged)]
    }

    /// `ll:when` when the document has it, else the days of `prov:startTime` and `prov:endTime`.
    private func when(of record: ProvRecord) -> EventTime {
        if let text = text(record, lineage: "when"), let time = try? EventTime(parsing: text) { return time }
        let start = record.times["startTime"].map { String($0.prefix(10)) }
        let end = record.times["endTime"].map { String($0.prefix(10)) }
        let text = start == end ? (start ?? "../..") : "\(start ?? "..")/\(end ?? "..")"
        return (try? EventTime(parsing: text)) ?? .interval(from: .open, to: .open)
    }

    private func count(of record: ProvRecord) -> RecordCount? {
        guard let value = text(record, lineage: "records").flatMap(UInt64.init) else { return nil }
        var approximate = false
        if case .boolean(let flag)? = self.value(record, lineage: "approx") { approximate = flag }
        return RecordCount(
            value, unit: text(record, lineage: "unit").flatMap(CountUnit.init(rawValue:)) ?? .records,
            approx: approximate)
    }

    // MARK: Names

    private func iri(of name: QualifiedName) -> String { (iris[name.prefix] ?? name.prefix + ":") + name.local }

    private func isLineage(_ name: QualifiedName, _ local: String) -> Bool {
        name.local == local && iris[name.prefix] == Self.lineageIRI
    }

    private func value(_ record: ProvRecord, lineage local: String) -> ProvValue? {
        record.attributes.first { isLineage($0.name, local) }?.value
    }

    private func text(_ record: ProvRecord, lineage local: String) -> String? {
        value(record, lineage: local)?.text
    }

    private func isType(_ record: ProvRecord, lineage local: String) -> Bool {
        lineageType(of: record) == local
    }

    /// The local name of the record's `ll:` type, if it has one.
    private func lineageType(of record: ProvRecord) -> String? {
        for case .qualifiedName(let type) in record.values(of: ProvVocabulary.type) where iris[type.prefix] == Self.lineageIRI {
            return type.local
        }
        return nil
    }

    private func isLineageDelegation(_ record: ProvRecord) -> Bool {
        if case .qualifiedName? = value(record, lineage: "claim") { return true }
        return false
    }

    /// A role's local name: `ll:sender` and `ex:sender` both read `sender`.
    private func roleName(_ value: ProvValue) -> String {
        if case .qualifiedName(let name) = value { return name.local }
        return QualifiedName(parsing: value.text).local
    }

    /// The id an item gets in the case: its local name, made a valid NCName.
    private func itemID(_ name: QualifiedName) -> String {
        var id = String(name.local.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "-" })
        if let first = id.first, !(first.isLetter || first == "_") { id = "_" + id }
        return id.isEmpty ? "_" : id
    }

    private func describe(_ name: QualifiedName?) -> String { name?.description ?? "-" }

    private mutating func reportUnknownAttributes(of record: ProvRecord, known: Set<String>) {
        for (name, _) in record.attributes {
            let iri = iris[name.prefix]
            if (iri == Self.lineageIRI || iri == Self.provIRI) && known.contains(name.local) { continue }
            notes.append("\(record.kind.rawValue) \(record.id.map(\.description) ?? "-"): attribute \(name) not kept")
        }
    }

    // MARK: Inserting

    private mutating func insert(_ source: Source) { if let problem = evidence.insert(source) { notes.append(problem.message) } }
    private mutating func insert(_ party: Party) { if let problem = evidence.insert(party) { notes.append(problem.message) } }
    private mutating func insert(_ dataset: Dataset) { if let problem = evidence.insert(dataset) { notes.append(problem.message) } }
    private mutating func insert(_ claim: Claim) { if let problem = evidence.insert(claim) { notes.append(problem.message) } }
}

/// Both values, or nil when either is missing.
private func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}

/// All three values, or nil when any is missing.
private func zip<A, B, C>(_ a: A?, _ b: B?, _ c: C?) -> (A, B, C)? {
    guard let a, let b, let c else { return nil }
    return (a, b, c)
}
