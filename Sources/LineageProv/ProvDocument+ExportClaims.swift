import LineageCore

extension ProvDocument {
    private typealias V = ProvVocabulary

    /// The activity for a claim, its relations to datasets and parties, and one influence per cite.
    static func records(for claim: Claim, grade: Grade?) -> [ProvRecord] {
        let activity = V.item(claim.id.rawValue)
        var attributes: [(name: QualifiedName, value: ProvValue)] = [
            (V.type, .qualifiedName(V.ll(typeName(of: claim.kind)))),
            (V.ll("when"), .string(claim.when.description, language: nil)),
        ]
        if let grade { attributes.append((V.ll("grade"), .string(grade.description, language: nil))) }
        if claim.isDisputed { attributes.append((V.ll("disputed"), .boolean(true))) }
        var relations: [ProvRecord] = []

        func used(_ dataset: DatasetID) {
            relations.append(ProvRecord(.used, id: nil, arguments: ["activity": activity, "entity": V.item(dataset.rawValue)]))
        }
        func associated(_ party: PartyID, as role: String) {
            relations.append(
                ProvRecord(
                    .wasAssociatedWith, id: nil, arguments: ["activity": activity, "agent": V.item(party.rawValue)],
                    attributes: [(V.role, .qualifiedName(V.ll(role)))]))
        }
        func generated(_ dataset: DatasetID, from inputs: [DatasetID]) {
            relations.append(
                ProvRecord(.wasGeneratedBy, id: nil, arguments: ["entity": V.item(dataset.rawValue), "activity": activity]))
            for input in inputs {
                relations.append(
                    ProvRecord(
                        .wasDerivedFrom, id: nil,
                        arguments: [
                            "generatedEntity": V.item(dataset.rawValue), "usedEntity": V.item(input.rawValue),
                            "activity": activity,
                        ]))
            }
        }

        switch claim.action {
        case .extraction(let dataset, let from, let by, let medium, let records):
            if let medium { attributes.append((V.ll("medium"), .string(medium, language: nil))) }
            attributes += count(records)
            used(from)
            generated(dataset, from: [from])
            associated(by, as: "extractor")
        case .transfer(let dataset, let from, let to, let records, let price):
            attributes += count(records)
            if let price { attributes.append((V.ll("price"), .string(price, language: nil))) }
            if let basis = claim.basis { attributes.append((V.ll("basis"), .string(basis.rawValue, language: nil))) }
            if let payment = claim.payment {
                attributes += [
                    (V.ll("priceAmount"), .typed(payment.amount, type: QualifiedName("xsd", "decimal"))),
                    (V.ll("priceCurrency"), .string(payment.currency, language: nil)),
                    (V.ll("priceApprox"), .boolean(payment.isApproximate)),
                ]
            }
            used(dataset)
            associated(from, as: "sender")
            associated(to, as: "recipient")
        case .derivation(let dataset, let from, let by, let operation, let records):
            attributes.append((V.ll("operation"), .string(operation.rawValue, language: nil)))
            attributes += count(records)
            from.forEach(used)
            generated(dataset, from: from)
            associated(by, as: "deriver")
        case .use(let dataset, let by, let purpose, let records):
            if let purpose { attributes.append((V.ll("purpose"), .string(purpose, language: nil))) }
            attributes += count(records)
            used(dataset)
            associated(by, as: "user")
        case .holding(let dataset, let party):
            used(dataset)
            associated(party, as: "holder")
        case .deletion(let dataset, let party):
            used(dataset)
            associated(party, as: "deleter")
        case .delegation(let agent, let principal, let relation):
            attributes.append((V.ll("relation"), .string(relation.rawValue, language: nil)))
            relations.append(
                ProvRecord(
                    .actedOnBehalfOf, id: nil,
                    arguments: ["delegate": V.item(agent.rawValue), "responsible": V.item(principal.rawValue)],
                    attributes: [
                        (V.ll("relation"), .string(relation.rawValue, language: nil)),
                        (V.ll("claim"), .qualifiedName(activity)),
                    ]))
        case .containment(let dataset, let within, let records):
            // The part and the whole are attributes, so an importer needs no roles on `used`; the two `used`
            // relations let any PROV reader see which entities the claim is about.
            attributes += [
                (V.ll("dataset"), .qualifiedName(V.item(dataset.rawValue))),
                (V.ll("within"), .qualifiedName(V.item(within.rawValue))),
            ]
            attributes += count(records)
            used(dataset)
            used(within)
        case .event(let kind, let parties, let datasets):
            attributes.append((V.ll("kind"), .string(kind.rawValue, language: nil)))
            datasets.forEach(used)
            for party in parties { associated(party, as: "concerned") }
        case .identity(let party, let sameAs):
            associated(party, as: "party")
            associated(sameAs, as: "same-as")
        }
        attributes += notes(claim.notes)

        var times: [String: String] = [:]
        if let earliest = claim.when.earliest, let latest = claim.when.latest {
            times = ["startTime": "\(earliest)T00:00:00", "endTime": "\(latest)T23:59:59"]
        }
        let influences = claim.cites.map { cite in
            var attributes: [(name: QualifiedName, value: ProvValue)] = [
                (V.type, .qualifiedName(V.ll("Cite"))),
                (V.ll("credibility"), .integer(Int64(cite.credibility.rawValue))),
                (V.ll("stance"), .string(cite.stance.rawValue, language: nil)),
            ]
            if let page = cite.page { attributes.append((V.ll("page"), .string(page, language: nil))) }
            for quote in cite.quotes { attributes.append((V.ll("quote"), .string(quote.text, language: quote.language))) }
            return ProvRecord(
                .wasInfluencedBy, id: nil, arguments: ["influencee": activity, "influencer": V.item(cite.source.rawValue)],
                attributes: attributes)
        }
        return [ProvRecord(.activity, id: activity, times: times, attributes: attributes)] + relations + influences
    }

    /// `ll:Transfer` for a transfer, and so on.
    static func typeName(of kind: Claim.Kind) -> String {
        kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
    }
}
