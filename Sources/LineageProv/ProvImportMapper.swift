import LineageCore

/// The work of `ProvDocument.importedCase(name:)`, with its indexes and its ledger of what it used.
struct ProvImportMapper {
    let document: ProvDocument
    let name: String
    var evidence = EvidenceCase()
    var ledger: ProvImportLedger
    var naming: ProvItemNaming
    var notes: [ProvImport.Note] = []
    var needsImportSource = false

    /// Record indexes by the activity they name, and elements by id.
    var used: [QualifiedName: [Int]] = [:]
    var generated: [QualifiedName: [Int]] = [:]
    var associations: [QualifiedName: [Int]] = [:]
    var influences: [QualifiedName: [Int]] = [:]
    var delegations: [QualifiedName: Int] = [:]
    var entities: [QualifiedName: [Int]] = [:]
    var agents: [QualifiedName: [Int]] = [:]
    var activities: [QualifiedName: [Int]] = [:]
    /// Activities in the order they are first mentioned, declared or not.
    var activityOrder: [QualifiedName] = []
    var derivations: [Int] = []

    /// IRIs by prefix, so names are compared by what they mean, not by the prefix a document chose.
    let iris: [String: String]
    static let lineageIRI = ProvVocabulary.lineage.iri
    static let provIRI = ProvVocabulary.prov.iri

    /// One attribute of a record, with where it sits so it can be marked as used.
    struct Attribute {
        var record: Int
        var index: Int
        var name: QualifiedName
        var value: ProvValue
    }

    init(document: ProvDocument, name: String) {
        self.document = document
        self.name = name
        var iris: [String: String] = ["prov": Self.provIRI, "xsd": ProvVocabulary.xsd.iri]
        for namespace in document.namespaces { iris[namespace.prefix] = namespace.iri }
        self.iris = iris
        ledger = ProvImportLedger(records: document.records)
        naming = ProvItemNaming(
            iris: iris, caseIRI: ProvVocabulary.caseItems.iri, reserved: [ProvDocument.importSourceID.rawValue])
    }

    mutating func run() -> ProvImport {
        index()
        for (id, indexes) in entities.sorted(by: { $0.key < $1.key }) { importEntity(id, indexes) }
        for (id, indexes) in agents.sorted(by: { $0.key < $1.key }) { importAgent(id, indexes) }
        for id in activityOrder { importActivity(id) }
        for index in derivations { account(derivation: index) }
        if needsImportSource {
            let source = Source(
                id: ProvDocument.importSourceID, title: "PROV document \(name)",
                date: .interval(from: .open, to: .open), reliability: .f)
            if let duplicate = evidence.insert(source) { notes.append(ProvImport.Note(.unmapped, record: nil, duplicate.message)) }
            notes.append(
                ProvImport.Note(
                    .assumed, record: nil, part: "source '\(ProvDocument.importSourceID)'",
                    "placeholder cited by the claims the document gives no source for (reliability F, credibility 6: "
                        + "cannot be judged)"))
        }
        for renaming in naming.renamings {
            notes.append(ProvImport.Note(.renamed, record: nil, part: "id '\(renaming.id)'", "stands for \(renaming.original)"))
        }
        let (unmapped, accounts) = ledger.report()
        return ProvImport(evidence: evidence, notes: unmapped + notes, records: accounts)
    }

    // MARK: Indexes

    mutating func index() {
        func mention(_ activity: QualifiedName) {
            if activities[activity] == nil {
                activities[activity] = []
                activityOrder.append(activity)
            }
        }
        for (index, record) in document.records.enumerated() {
            switch record.kind {
            case .entity:
                if let id = record.id { entities[id, default: []].append(index) } else { ledger.explain(index, "it has no id") }
            case .agent:
                if let id = record.id { agents[id, default: []].append(index) } else { ledger.explain(index, "it has no id") }
            case .activity:
                if let id = record.id {
                    mention(id)
                    activities[id]!.append(index)
                } else {
                    ledger.explain(index, "it has no id")
                }
            case .used:
                if let activity = record.arguments["activity"] {
                    mention(activity)
                    used[activity, default: []].append(index)
                }
                if record.arguments["entity"] == nil { ledger.explain(index, "it names no entity") }
            case .wasGeneratedBy:
                if let activity = record.arguments["activity"] {
                    mention(activity)
                    generated[activity, default: []].append(index)
                } else {
                    ledger.explain(index, "it names no activity, so no one who made the dataset")
                }
            case .wasAssociatedWith:
                if let activity = record.arguments["activity"] {
                    mention(activity)
                    associations[activity, default: []].append(index)
                }
                if record.arguments["agent"] == nil { ledger.explain(index, "it names no agent") }
            case .wasInfluencedBy:
                if let influencee = record.arguments["influencee"] { influences[influencee, default: []].append(index) }
                ledger.explain(index, "only an ll:Cite influence of a claim by a source has a counterpart (a cite)")
            case .actedOnBehalfOf:
                if case .qualifiedName(let claim)? = lineageValue(of: record, "claim")?.value {
                    delegations[claim] = index
                } else {
                    ledger.explain(
                        index, "PROV does not say whether it was employment, a contract, a subcontract or a dispatch")
                }
            case .wasDerivedFrom:
                derivations.append(index)
                if record.arguments["activity"] == nil { ledger.explain(index, "no activity says who derived it") }
            default:
                break
            }
        }
    }

    // MARK: Attributes

    func iri(of name: QualifiedName) -> String { (iris[name.prefix] ?? name.prefix + ":") + name.local }

    func isLineage(_ name: QualifiedName, _ local: String) -> Bool {
        name.local == local && iris[name.prefix] == Self.lineageIRI
    }

    func isProv(_ name: QualifiedName, _ local: String) -> Bool {
        name.local == local && (iris[name.prefix] ?? "") == Self.provIRI
    }

    func lineage(_ attributes: [Attribute], _ local: String) -> Attribute? {
        attributes.first { isLineage($0.name, local) && !ledger.isKept($0.record, attribute: $0.index) }
    }

    func lineageValue(of record: ProvRecord, _ local: String) -> (name: QualifiedName, value: ProvValue)? {
        record.attributes.first { isLineage($0.name, local) }
    }

    func first(_ attributes: [Attribute], prov local: String) -> Attribute? {
        attributes.first { isProv($0.name, local) && !ledger.isKept($0.record, attribute: $0.index) }
    }

    /// The text of an `ll:` attribute, marked as kept.
    mutating func take(_ attributes: [Attribute], _ local: String) -> String? {
        guard let attribute = lineage(attributes, local) else { return nil }
        keep(attribute)
        return attribute.value.text
    }

    mutating func keep(_ attribute: Attribute, losing loss: String? = nil) {
        ledger.keep(attribute.record, attribute: attribute.index, losing: loss)
    }

    /// The first `prov:label`, as a name; its language, which a dataset or party name cannot hold, is reported.
    mutating func label(_ attributes: [Attribute], default fallback: String) -> String {
        guard let label = first(attributes, prov: "label") else { return fallback }
        if case .string(let text, let language?) = label.value {
            keep(label, losing: "the name is kept, its language tag @\(language) is not")
            return text
        }
        keep(label)
        return label.value.text
    }

    func lineageType(of attributes: [Attribute]) -> Attribute? {
        attributes.first { attribute in
            guard isProv(attribute.name, "type"), case .qualifiedName(let type) = attribute.value else { return false }
            return iris[type.prefix] == Self.lineageIRI
        }
    }

    func lineageTypeName(_ attributes: [Attribute]) -> String? {
        guard case .qualifiedName(let type)? = lineageType(of: attributes)?.value else { return nil }
        return type.local
    }

    func isLineageType(_ attributes: [Attribute], _ local: String) -> Bool { lineageTypeName(attributes) == local }

    /// Marks the `prov:type` that says `ll:<local>` as kept.
    mutating func keepType(_ attributes: [Attribute], lineage local: String) {
        for attribute in attributes where isProv(attribute.name, "type") {
            if case .qualifiedName(let type) = attribute.value, iris[type.prefix] == Self.lineageIRI, type.local == local {
                keep(attribute)
            }
        }
    }

    // MARK: Items

    mutating func dataset(_ name: QualifiedName) -> DatasetID { DatasetID(naming.id(for: name, as: .entity)) }
    mutating func party(_ name: QualifiedName) -> PartyID { PartyID(naming.id(for: name, as: .agent)) }

    mutating func insert(_ source: Source) { if let problem = evidence.insert(source) { notes.append(ProvImport.Note(.unmapped, record: nil, problem.message)) } }
    mutating func insert(_ party: Party) { if let problem = evidence.insert(party) { notes.append(ProvImport.Note(.unmapped, record: nil, problem.message)) } }
    mutating func insert(_ dataset: Dataset) { if let problem = evidence.insert(dataset) { notes.append(ProvImport.Note(.unmapped, record: nil, problem.message)) } }
    mutating func insert(_ claim: Claim) { if let problem = evidence.insert(claim) { notes.append(ProvImport.Note(.unmapped, record: nil, problem.message)) } }
}
