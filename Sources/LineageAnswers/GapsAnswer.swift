package import LineageCore

/// The answer of `lineage gaps --json`.
package struct GapsJSON: Encodable {
    package struct HoldingJSON: Encodable {
        package var party: String
        package var dataset: String
        package var shownBy: [String]
        package var lateAcquisitions: [String]
    }

    package struct PartyJSON: Encodable {
        package var party: String
        package var claims: [String]
    }

    package struct ClaimJSON: Encodable {
        package var claim: String
        package var kind: String
        package var when: String
        package var records: RecordCount?
        package var price: QueryJSON.PriceJSON?
        package var cites: [QueryJSON.CiteJSON]

        package init(_ claim: Claim, in evidence: EvidenceCase) {
            self.claim = claim.id.rawValue
            kind = claim.kind.rawValue
            when = claim.when.description
            records = claim.records
            price = QueryJSON.PriceJSON(claim.payment)
            cites = claim.cites.map { QueryJSON.CiteJSON($0, in: evidence) }
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(claim, forKey: .claim)
            try container.encode(kind, forKey: .kind)
            try container.encode(when, forKey: .when)
            try container.encode(records, forKey: .records)
            try container.encode(price, forKey: .price)
            try container.encode(cites, forKey: .cites)
        }

        private enum CodingKeys: String, CodingKey {
            case claim, kind, when, records, price, cites
        }
    }

    /// An open `<identity>`: two names that may be one party, and the grade of the claim that says so.
    package struct IdentityJSON: Encodable {
        package var party: String
        package var sameAs: String
        package var grade: String?
        package var claim: String

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(party, forKey: .party)
            try container.encode(sameAs, forKey: .sameAs)
            try container.encode(grade, forKey: .grade)
            try container.encode(claim, forKey: .claim)
        }

        private enum CodingKeys: String, CodingKey { case party, sameAs, grade, claim }
    }

    package struct ConflictJSON: Encodable {
        package var kind: String
        package var claims: [ClaimJSON]
    }

    package var filter: QueryJSON.FilterJSON
    package var unexplainedHoldings: [HoldingJSON]
    package var unmadeDatasets: [String]
    package var unidentifiedParties: [PartyJSON]
    package var singleSource: [ClaimJSON]
    package var ungradedSupport: [ClaimJSON]
    package var disputed: [ClaimJSON]
    package var conflicts: [ConflictJSON]
    package var possibleIdentities: [IdentityJSON]

    package init(_ gaps: LineageCore.Gaps, _ prepared: PreparedCase) {
        let evidence = prepared.evidence
        let claims = { (claims: [Claim]) in claims.map { ClaimJSON($0, in: evidence) } }
        filter = QueryJSON.FilterJSON(prepared.filter, prepared.omitted)
        unexplainedHoldings = gaps.unexplainedHoldings.map {
            HoldingJSON(
                party: $0.party.rawValue, dataset: $0.dataset.rawValue, shownBy: $0.shownBy.map(\.rawValue),
                lateAcquisitions: $0.lateAcquisitions.map(\.rawValue))
        }
        unmadeDatasets = gaps.unmadeDatasets.map(\.rawValue)
        unidentifiedParties = gaps.unidentifiedParties.map {
            PartyJSON(party: $0.party.rawValue, claims: $0.claims.map(\.rawValue))
        }
        singleSource = claims(gaps.singleSource)
        ungradedSupport = claims(gaps.ungradedSupport)
        disputed = claims(gaps.disputed)
        conflicts = gaps.conflicts.map { ConflictJSON(kind: $0.kind.rawValue, claims: claims($0.claims)) }
        possibleIdentities = gaps.possibleIdentities.compactMap { claim in
            claim.possibleIdentity.map { pair in
                IdentityJSON(
                    party: pair.party.rawValue, sameAs: pair.sameAs.rawValue,
                    grade: evidence.grade(of: claim)?.description, claim: claim.id.rawValue)
            }
        }
    }
}

extension AnswerText {
    /// The text answer of `lineage gaps`.
    package static func gaps(_ gaps: LineageCore.Gaps, _ prepared: PreparedCase) -> String {
        let format = QueryText(evidence: prepared.evidence)
        let claimLine = { (claim: Claim) in
            var line = "\(QueryText.name(of: claim)) \(format.summary(of: claim))"
            if let records = claim.records { line += ", \(records)" }
            return line + " \(format.cites(of: claim))"
        }
        var sections: [(title: String, count: Int, lines: [String])] = []
        sections.append(
            (
                "holdings with no known acquisition", gaps.unexplainedHoldings.count,
                gaps.unexplainedHoldings.map { holding in
                    var line =
                        "\(format.party(holding.party)) holds \(holding.dataset); shown by "
                        + holding.shownBy.map { "'\($0)'" }.joined(separator: ", ")
                    if !holding.lateAcquisitions.isEmpty {
                        line +=
                            "; acquired only later, by "
                            + holding.lateAcquisitions.map { "'\($0)'" }.joined(separator: ", ")
                    }
                    return line
                }
            ))
        sections.append(
            ("batches and lists no claim makes", gaps.unmadeDatasets.count, gaps.unmadeDatasets.map(\.rawValue)))
        sections.append(
            (
                "unidentified parties", gaps.unidentifiedParties.count,
                gaps.unidentifiedParties.map { party in
                    "\(format.party(party.party)); named by \(party.claims.count) claim\(party.claims.count == 1 ? "" : "s")"
                        + (party.claims.isEmpty
                            ? "" : ": " + party.claims.map { "'\($0)'" }.joined(separator: ", "))
                }
            ))
        sections.append(("claims resting on one source", gaps.singleSource.count, gaps.singleSource.map(claimLine)))
        sections.append(
            (
                "claims resting only on sources that cannot be judged", gaps.ungradedSupport.count,
                gaps.ungradedSupport.map(claimLine)
            ))
        sections.append(("disputed claims", gaps.disputed.count, gaps.disputed.map(claimLine)))
        sections.append(
            (
                "claims of the same hop that disagree", gaps.conflicts.count,
                gaps.conflicts.flatMap { conflict in
                    ["\(Self.title(of: conflict.kind)): \(format.summary(of: conflict.claims[0]))"]
                        + conflict.claims.map { "  " + claimLine($0) }
                }
            ))

        // Only a case with identities has this section, so answers of cases without keep their shape.
        if !gaps.possibleIdentities.isEmpty {
            sections.append(
                (
                    "parties possibly one under two names", gaps.possibleIdentities.count,
                    gaps.possibleIdentities.compactMap { claim in
                        claim.possibleIdentity.map { pair in
                            "\(format.party(pair.party)) is possibly the same as \(format.party(pair.sameAs)), "
                                + "grade \(QueryText.grade(prepared.evidence.grade(of: claim))) [\(claim.id)]"
                        }
                    }
                ))
        }

        var text = QueryText.omissions(prepared.omitted, prepared.filter).map { "(\($0))\n" }.joined()
        for (title, count, lines) in sections {
            text += "\(title): \(count == 0 ? "none" : String(count))\n"
            for line in lines { text += "  \(line)\n" }
        }
        return text
    }

    private static func title(of kind: LineageCore.Gaps.Conflict.Kind) -> String {
        switch kind {
        case .counts: "counts differ"
        case .units: "counts in different units (kept apart)"
        case .dates: "dates share no day"
        case .prices: "prices differ"
        }
    }
}
