public import LineageCore

extension ProvDocument {
    /// The case as a PROV document (mapping in docs/prov.md):
    /// - datasets and sources are entities (`prov:type` `ll:Dataset`, `ll:Source`);
    /// - parties are agents (`prov:Organization` or `prov:Person`);
    /// - each claim is an activity typed by its kind (`ll:Transfer`, ...), with `used`, `wasGeneratedBy`,
    ///   `wasDerivedFrom` and `wasAssociatedWith` (with a `prov:role`: `ll:sender`, `ll:recipient`, ...);
    /// - each cite is `wasInfluencedBy(claim, source)` with the credibility, stance, page and quotes: PROV's
    ///   attribution relates entities to agents, so the generic influence relation is the one that can say
    ///   "this activity is known from that document";
    /// - a delegation is `actedOnBehalfOf(agent, principal, -)` naming no activity, because a delegation
    ///   never makes the agent's own acts the principal's; its claim is an `ll:Delegation` activity carrying
    ///   the cites.
    /// Grades, counts and EDTF dates are typed attributes in the `ll:` namespace; an activity gets
    /// `prov:startTime` and `prov:endTime` when its date is bounded on both sides.
    ///
    /// - Complexity: O(*n* log *n*) for *n* items (they are sorted by id so the output is deterministic).
    public init(exporting evidence: EvidenceCase) {
        self.init(namespaces: [ProvVocabulary.lineage, ProvVocabulary.caseItems])
        for source in evidence.sources.values.sorted(by: { $0.id < $1.id }) { records.append(Self.record(for: source)) }
        for party in evidence.parties.values.sorted(by: { $0.id < $1.id }) { records.append(Self.record(for: party)) }
        for dataset in evidence.datasets.values.sorted(by: { $0.id < $1.id }) { records.append(Self.record(for: dataset)) }
        for id in evidence.sortedClaimIDs {
            records += Self.records(for: evidence.claims[id]!, grade: evidence.grade(of: evidence.claims[id]!))
        }
    }

    private typealias V = ProvVocabulary

    private static func record(for source: Source) -> ProvRecord {
        var attributes: [(name: QualifiedName, value: ProvValue)] = [
            (V.type, .qualifiedName(V.ll("Source"))),
            (V.label, .string(source.title, language: source.language)),
            (V.ll("date"), .string(source.date.description, language: nil)),
            (V.ll("reliability"), .string(source.reliability.rawValue, language: nil)),
        ]
        if let publisher = source.publisher { attributes.append((V.ll("publisher"), .string(publisher, language: nil))) }
        if let reference = source.reference { attributes.append((V.ll("ref"), .string(reference, language: nil))) }
        if let language = source.language { attributes.append((V.ll("lang"), .string(language, language: nil))) }
        attributes += notes(source.notes)
        return ProvRecord(.entity, id: V.item(source.id.rawValue), attributes: attributes)
    }

    private static func record(for party: Party) -> ProvRecord {
        var attributes: [(name: QualifiedName, value: ProvValue)] = [
            (V.type, .qualifiedName(V.prov(party.kind == .person ? "Person" : "Organization"))),
            (V.label, .string(party.name, language: nil)),
            (V.ll("identified"), .boolean(party.isIdentified)),
        ]
        if let whereabouts = party.whereabouts { attributes.append((V.ll("location"), .string(whereabouts, language: nil))) }
        for alias in party.aliases { attributes.append((V.ll("alias"), .string(alias.text, language: alias.language))) }
        attributes += notes(party.notes)
        return ProvRecord(.agent, id: V.item(party.id.rawValue), attributes: attributes)
    }

    private static func record(for dataset: Dataset) -> ProvRecord {
        var attributes: [(name: QualifiedName, value: ProvValue)] = [
            (V.type, .qualifiedName(V.ll("Dataset"))),
            (V.label, .string(dataset.name, language: nil)),
            (V.ll("kind"), .string(dataset.kind.rawValue, language: nil)),
        ]
        for owner in dataset.owners { attributes.append((V.ll("owner"), .qualifiedName(V.item(owner.rawValue)))) }
        attributes += count(dataset.records)
        for field in dataset.fields { attributes.append((V.ll("field"), .string(field, language: nil))) }
        for alias in dataset.aliases { attributes.append((V.ll("alias"), .string(alias.text, language: alias.language))) }
        attributes += notes(dataset.notes)
        return ProvRecord(.entity, id: V.item(dataset.id.rawValue), attributes: attributes)
    }

    static func count(_ records: RecordCount?) -> [(name: QualifiedName, value: ProvValue)] {
        guard let records else { return [] }
        return [
            (V.ll("records"), .typed(String(records.value), type: QualifiedName("xsd", "unsignedLong"))),
            (V.ll("unit"), .string(records.unit.rawValue, language: nil)),
        ] + (records.isApproximate ? [(V.ll("approx"), .boolean(true))] : [])
    }

    /// One `ll:note` per note, in order, with its language.
    static func notes(_ notes: [Note]) -> [(name: QualifiedName, value: ProvValue)] {
        notes.map { (V.ll("note"), .string($0.text, language: $0.language)) }
    }
}
