import LineageCore

/// Activities: the claim each one makes, from its relations, and the cites, placeholders and times that go with it.
extension ProvImportMapper {
    mutating func importActivity(_ id: QualifiedName) {
        let declarations = activities[id] ?? []
        let attributes = attributes(of: declarations)
        let usages = (used[id] ?? []).filter { document.records[$0].arguments["entity"] != nil }
        let generations = (generated[id] ?? []).filter { document.records[$0].arguments["entity"] != nil }
        let associated = (associations[id] ?? []).filter { document.records[$0].arguments["agent"] != nil }
        var inputs: [DatasetID] = []
        for index in usages { inputs.append(dataset(document.records[index].arguments["entity"]!)) }
        var outputs: [DatasetID] = []
        for index in generations { outputs.append(dataset(document.records[index].arguments["entity"]!)) }
        var agents: [(agent: PartyID, role: Role?)] = []
        for index in associated { agents.append((party(document.records[index].arguments["agent"]!), roleAttribute(of: index))) }
        func agent(_ role: String) -> PartyID? { agents.first { $0.role?.name == role }?.agent }
        let records = count(attributes)
        let type = lineageTypeName(attributes)
        var action: Claim.Action?
        // The relations each kind reads, as (record index, arguments): marked used when the claim is made.
        switch type {
        case "Extraction":
            if let output = outputs.first, let input = inputs.first, let by = agent("extractor") {
                action = .extraction(dataset: output, from: input, by: by, medium: take(attributes, "medium"), records: records)
            }
        case "Transfer":
            if let input = inputs.first, let from = agent("sender"), let to = agent("recipient") {
                action = .transfer(dataset: input, from: from, to: to, records: records, price: take(attributes, "price"))
            }
        case "Derivation":
            var operation = Claim.Operation.copy
            if let attribute = lineage(attributes, "operation"), let known = Claim.Operation(rawValue: attribute.value.text) {
                operation = known
                keep(attribute)
            }
            if let output = outputs.first, !inputs.isEmpty, let by = agent("deriver") {
                action = .derivation(dataset: output, from: inputs, by: by, operation: operation, records: records)
            }
        case "Use":
            if let input = inputs.first, let by = agent("user") {
                action = .use(dataset: input, by: by, purpose: take(attributes, "purpose"), records: records)
            }
        case "Holding":
            if let input = inputs.first, let by = agent("holder") { action = .holding(dataset: input, party: by) }
        case "Deletion":
            if let input = inputs.first, let by = agent("deleter") { action = .deletion(dataset: input, party: by) }
        case "Delegation":
            action = delegation(for: id)
            // The relation is on the activity too, for tools that read activities only.
            if case .delegation(_, _, let relation)? = action, let attribute = lineage(attributes, "relation"),
                attribute.value.text == relation.rawValue
            {
                keep(attribute)
            }
        case "Containment":
            if let part = item(attributes, "dataset", as: .entity), let whole = item(attributes, "within", as: .entity) {
                action = .containment(dataset: DatasetID(part), within: DatasetID(whole), records: records)
            }
        case "Event":
            if let attribute = lineage(attributes, "kind"), let kind = Claim.EventKind(rawValue: attribute.value.text) {
                keep(attribute)
                action = .event(
                    kind: kind, parties: agents.filter { $0.role?.name == "concerned" }.map(\.agent), datasets: inputs)
            }
        case "Identity":
            if let party = agent("party"), let sameAs = agent("same-as") { action = .identity(party: party, sameAs: sameAs) }
        case nil:
            action = inferredAction(inputs: inputs, outputs: outputs, agents: agents, records: records)
        case let other?:
            for index in declarations { ledger.explain(index, "unknown ListLineage type ll:\(other)") }
            return
        }
        guard let action else {
            let reason =
                "it does not say enough for a claim (used \(inputs.count), generated \(outputs.count), "
                + "\(agents.count) agent(s)\(agents.contains { $0.role != nil } ? " with roles" : ""))"
            for index in declarations + usages + generations + associated { ledger.explain(index, reason) }
            if declarations.isEmpty {
                notes.append(ProvImport.Note(.unmapped, record: "activity(\(id))", "not declared, and \(reason)"))
            }
            return
        }
        if case .derivation(let output, let from, _, _, _) = action, from.contains(output) {
            for index in declarations + usages + generations + associated {
                ledger.explain(index, "the activity used and generated the same entity")
            }
            return
        }
        let claimID = ClaimID(naming.id(for: id, as: .activity))
        let item = "claim '\(claimID)'"
        // Mark what the claim holds: its declaration, and the relations the action names.
        let (when, times) = self.when(of: declarations, attributes)
        for index in declarations { ledger.use(index, into: item, times: times) }
        let shape = Claim(id: claimID, when: when, action: action, cites: [])
        let datasets = Set([shape.dataset].compactMap { $0 } + Self.inputs(of: action))
        let parties = Set(shape.parties)
        for index in usages where datasets.contains(dataset(document.records[index].arguments["entity"]!)) {
            ledger.use(index, into: item, arguments: ["activity", "entity"])
        }
        for index in generations where datasets.contains(dataset(document.records[index].arguments["entity"]!)) {
            ledger.use(index, into: item, arguments: ["entity", "activity"])
        }
        for index in associated where parties.contains(party(document.records[index].arguments["agent"]!)) {
            ledger.use(index, into: item, arguments: ["activity", "agent"])
            if let role = roleAttribute(of: index), role.isUsed(by: action) {
                ledger.keep(index, attribute: role.index)
            }
        }
        if !declarations.isEmpty || type != nil { keepType(attributes, lineage: type ?? "") }
        if let grade = lineage(attributes, "grade") { keep(grade) }  // computed from the cites on the way in
        if let disputed = lineage(attributes, "disputed"), case .boolean = disputed.value { keep(disputed) }
        if declarations.isEmpty {
            notes.append(
                ProvImport.Note(.assumed, record: "activity(\(id))", "not declared; imported as \(item) from its relations"))
        }
        var claim = Claim(id: claimID, when: when, action: action, cites: cites(for: id, item: item))
        claim.notes = notes(attributes)
        if case .transfer = action { (claim.basis, claim.payment) = payment(attributes) }
        placeholders(for: claim, item: item)
        insert(claim)
    }

    /// What an activity from another tool most plainly says, or nil when it is ambiguous.
    func inferredAction(
        inputs: [DatasetID], outputs: [DatasetID], agents: [(agent: PartyID, role: Role?)], records: RecordCount?
    ) -> Claim.Action? {
        if let output = outputs.first, !inputs.isEmpty, let by = agents.first {
            return .derivation(dataset: output, from: inputs, by: by.agent, operation: .copy, records: records)
        }
        guard outputs.isEmpty, inputs.count == 1, let input = inputs.first else { return nil }
        if agents.count == 1 { return .use(dataset: input, by: agents[0].agent, purpose: nil, records: records) }
        let senders = agents.filter { Self.senderRoles.contains($0.role?.name.lowercased() ?? "") }
        let recipients = agents.filter { Self.recipientRoles.contains($0.role?.name.lowercased() ?? "") }
        guard agents.count == 2, senders.count == 1, recipients.count == 1 else { return nil }
        return .transfer(dataset: input, from: senders[0].agent, to: recipients[0].agent, records: records, price: nil)
    }

    /// The datasets an action reads.
    static func inputs(of action: Claim.Action) -> [DatasetID] {
        switch action {
        case .extraction(_, let from, _, _, _): [from]
        case .derivation(_, let from, _, _, _): from
        case .transfer(let dataset, _, _, _, _), .use(let dataset, _, _, _), .holding(let dataset, _), .deletion(let dataset, _):
            [dataset]
        case .containment(let dataset, let within, _): [dataset, within]
        case .event(_, _, let datasets): datasets
        case .delegation, .identity: []
        }
    }

    /// A transfer's `ll:basis` and its `ll:priceAmount`, `ll:priceCurrency`, `ll:priceApprox` (format 1.1), kept.
    mutating func payment(_ attributes: [Attribute]) -> (Claim.Basis?, Price?) {
        var basis: Claim.Basis?
        if let attribute = lineage(attributes, "basis"), let known = Claim.Basis(rawValue: attribute.value.text) {
            basis = known
            keep(attribute)
        }
        guard let amount = lineage(attributes, "priceAmount"), let currency = lineage(attributes, "priceCurrency")
        else { return (basis, nil) }
        keep(amount)
        keep(currency)
        var approximate = false
        if let flag = lineage(attributes, "priceApprox"), case .boolean(let value) = flag.value {
            approximate = value
            keep(flag)
        }
        return (basis, Price(amount: amount.value.text, currency: currency.value.text, isApproximate: approximate))
    }

    /// The case id an `ll:` attribute naming an item (`ll:dataset='case:part'`) gives, kept.
    mutating func item(_ attributes: [Attribute], _ local: String, as role: ProvItemNaming.Role) -> String? {
        guard let attribute = lineage(attributes, local), case .qualifiedName(let name) = attribute.value else { return nil }
        keep(attribute)
        return naming.id(for: name, as: role)
    }

    static let senderRoles: Set<String> = ["sender", "seller", "supplier", "provider", "source", "from"]
    static let recipientRoles: Set<String> = ["recipient", "receiver", "buyer", "customer", "to"]

    /// A `prov:role` of an association, by its local name (`ll:sender` and `ex:sender` both read `sender`).
    struct Role {
        var index: Int
        var name: String

        /// Whether the claim's action depends on this role: the roles ListLineage writes, and the seller and buyer
        /// roles that made an inferred transfer. A role on the only agent of a use or a derivation says nothing
        /// the claim keeps.
        func isUsed(by action: Claim.Action) -> Bool {
            let lowered = name.lowercased()
            switch action {
            case .transfer: return ProvImportMapper.senderRoles.contains(lowered) || ProvImportMapper.recipientRoles.contains(lowered)
            case .extraction: return name == "extractor"
            case .derivation: return name == "deriver"
            case .use: return name == "user"
            case .holding: return name == "holder"
            case .deletion: return name == "deleter"
            case .delegation, .containment: return false
            case .event: return name == "concerned"
            case .identity: return name == "party" || name == "same-as"
            }
        }
    }

    func roleAttribute(of index: Int) -> Role? {
        for (offset, attribute) in document.records[index].attributes.enumerated() where isProv(attribute.name, "role") {
            let name = if case .qualifiedName(let role) = attribute.value { role.local } else { QualifiedName(parsing: attribute.value.text).local }
            return Role(index: offset, name: name)
        }
        return nil
    }

    mutating func delegation(for claim: QualifiedName) -> Claim.Action? {
        guard let index = delegations[claim] else { return nil }
        let record = document.records[index]
        let attributes = attributes(of: [index])
        guard let agent = record.arguments["delegate"], let principal = record.arguments["responsible"],
            let relationAttribute = lineage(attributes, "relation"),
            let relation = Claim.Relation(rawValue: relationAttribute.value.text)
        else { return nil }
        keep(relationAttribute)
        if let claimAttribute = lineage(attributes, "claim") { keep(claimAttribute) }
        let item = ClaimID(naming.id(for: claim, as: .activity))
        ledger.use(index, into: "claim '\(item)'", arguments: ["delegate", "responsible"])
        return .delegation(agent: party(agent), principal: party(principal), relation: relation)
    }

    /// A `wasDerivedFrom` through an activity is held by that activity's claim when the claim made the generated
    /// entity from the used one; otherwise it is reported.
    mutating func account(derivation index: Int) {
        let record = document.records[index]
        guard let activity = record.arguments["activity"], let generated = record.arguments["generatedEntity"],
            let usedEntity = record.arguments["usedEntity"]
        else { return }
        let claimID = ClaimID(naming.id(for: activity, as: .activity))
        guard let claim = evidence.claims[claimID], claim.dataset == dataset(generated),
            Self.inputs(of: claim.action).contains(dataset(usedEntity))
        else {
            ledger.explain(index, "the activity \(activity) was not imported as making \(generated) from \(usedEntity)")
            return
        }
        ledger.use(index, into: "claim '\(claimID)'", arguments: ["generatedEntity", "usedEntity", "activity"])
    }

    mutating func cites(for activity: QualifiedName, item: String) -> [Cite] {
        var cites: [Cite] = []
        for index in influences[activity] ?? [] {
            let record = document.records[index]
            let attributes = attributes(of: [index])
            guard isLineageType(attributes, "Cite"), let sourceName = record.arguments["influencer"],
                let credibilityAttribute = lineage(attributes, "credibility"),
                case .integer(let number) = credibilityAttribute.value, let credibility = Credibility(rawValue: Int(number))
            else { continue }
            let source = SourceID(naming.id(for: sourceName, as: .entity))
            guard evidence.sources[source] != nil else { continue }
            keep(credibilityAttribute)
            keepType(attributes, lineage: "Cite")
            var stance = Cite.Stance.supports
            if let attribute = lineage(attributes, "stance"), let known = Cite.Stance(rawValue: attribute.value.text) {
                stance = known
                keep(attribute)
            }
            let quotes = attributes.filter { isLineage($0.name, "quote") }.map { attribute in
                keep(attribute)
                if case .string(let text, let language) = attribute.value { return Cite.Quote(text, language: language) }
                return Cite.Quote(attribute.value.text)
            }
            ledger.use(index, into: item, arguments: ["influencee", "influencer"])
            cites.append(Cite(source: source, credibility: credibility, stance: stance, page: take(attributes, "page"), quotes: quotes))
        }
        guard cites.isEmpty else { return cites }
        needsImportSource = true
        return [Cite(source: ProvDocument.importSourceID, credibility: .cannotBeJudged)]
    }

    /// Placeholder datasets and parties for what the claim names but the document never declared, so the case
    /// holds together; each is marked in its name and reported.
    mutating func placeholders(for claim: Claim, item: String) {
        for id in Set([claim.dataset].compactMap { $0 } + Self.inputs(of: claim.action)).sorted() where evidence.datasets[id] == nil {
            let original = naming.original(of: id.rawValue)
            insert(Dataset(id: id, kind: .list, name: "\(original) (not declared in the PROV document)"))
            notes.append(ProvImport.Note(.assumed, record: "entity(\(original))", "not declared; placeholder dataset '\(id)' for \(item)"))
        }
        for id in Set(claim.parties).sorted() where evidence.parties[id] == nil {
            let original = naming.original(of: id.rawValue)
            insert(Party(id: id, kind: .organization, name: "\(original) (not declared in the PROV document)"))
            notes.append(ProvImport.Note(.assumed, record: "agent(\(original))", "not declared; placeholder party '\(id)' for \(item)"))
        }
    }

    /// `ll:when` when the document has it, else the days of `prov:startTime` and `prov:endTime`; and the times used.
    mutating func when(of declarations: [Int], _ attributes: [Attribute]) -> (EventTime, [String]) {
        if let attribute = lineage(attributes, "when"), let time = try? EventTime(parsing: attribute.value.text) {
            keep(attribute)
            return (time, ["startTime", "endTime"])
        }
        let times = declarations.map { document.records[$0].times }
        let start = times.compactMap { $0["startTime"] }.first.map { String($0.prefix(10)) }
        let end = times.compactMap { $0["endTime"] }.first.map { String($0.prefix(10)) }
        let text = start == end ? (start ?? "../..") : "\(start ?? "..")/\(end ?? "..")"
        if let time = try? EventTime(parsing: text) { return (time, ["startTime", "endTime"]) }
        return (.interval(from: .open, to: .open), [])
    }

    mutating func count(_ attributes: [Attribute]) -> RecordCount? {
        guard let attribute = lineage(attributes, "records"), let value = UInt64(attribute.value.text) else { return nil }
        keep(attribute)
        var unit = CountUnit.records
        if let unitAttribute = lineage(attributes, "unit"), let known = CountUnit(rawValue: unitAttribute.value.text) {
            unit = known
            keep(unitAttribute)
        }
        var approximate = false
        if let flag = lineage(attributes, "approx"), case .boolean(let value) = flag.value {
            approximate = value
            keep(flag)
        }
        return RecordCount(value, unit: unit, approx: approximate)
    }
}
