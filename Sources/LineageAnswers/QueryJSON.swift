package import LineageCore

/// The JSON forms of query answers, shared by the query commands. Optional values are written as `null` rather
/// than left out, so every object of a kind has the same keys.
package enum QueryJSON {
    /// One cite: its source, the grade it gives, and whether it supports or disputes the claim.
    package struct CiteJSON: Encodable {
        package var source: String
        package var grade: String?
        package var stance: String

        package init(_ cite: Cite, in evidence: EvidenceCase) {
            source = cite.source.rawValue
            grade = evidence.sources[cite.source].map { Grade($0.reliability, cite.credibility).description }
            stance = cite.stance.rawValue
        }
    }

    /// A transfer's `<price>`: the amount as written, its currency, and whether it was "about".
    package struct PriceJSON: Encodable {
        package var amount: String
        package var currency: String
        package var approx: Bool

        package init?(_ price: Price?) {
            guard let price else { return nil }
            (amount, currency, approx) = (price.amount, price.currency, price.isApproximate)
        }
    }

    /// A `<note>`: the investigator's reasoning, with its language.
    package struct NoteJSON: Encodable {
        package var text: String
        package var lang: String?

        package init(_ note: Note) {
            (text, lang) = (note.text, note.language)
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(lang, forKey: .lang)
        }

        private enum CodingKeys: String, CodingKey { case text, lang }
    }

    /// One party another may be (an `<identity>`), with the grade of the claim that says so.
    package struct IdentityJSON: Encodable {
        package var party: String
        package var grade: String?
        package var claim: String

        package init(_ identity: EvidenceCase.PossibleIdentity) {
            (party, grade, claim) = (identity.other.rawValue, identity.grade?.description, identity.claim.id.rawValue)
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(party, forKey: .party)
            try container.encode(grade, forKey: .grade)
            try container.encode(claim, forKey: .claim)
        }

        private enum CodingKeys: String, CodingKey { case party, grade, claim }
    }

    /// A transfer's basis (`unknown` when the evidence gives none); null for other claims.
    package static func basis(of claim: Claim) -> String? {
        guard case .transfer = claim.action else { return nil }
        return claim.effectiveBasis.rawValue
    }

    /// One hop of a path.
    package struct StepJSON: Encodable {
        package var claim: String
        package var kind: String
        package var link: String
        package var when: String
        package var earliest: String?
        package var holder: String
        package var dataset: String
        package var from: String?
        package var inputs: [String]
        package var records: RecordCount?
        package var grade: String?
        package var disputed: Bool
        package var orderCertain: Bool
        package var sameHop: [String]
        package var basis: String?
        package var price: PriceJSON?
        package var notes: [NoteJSON]
        package var cites: [CiteJSON]

        package init(_ step: CustodyStep, in evidence: EvidenceCase) {
            claim = step.claim.id.rawValue
            kind = step.claim.kind.rawValue
            link = step.link.rawValue
            when = step.claim.when.description
            earliest = step.earliest?.description
            holder = step.holder.rawValue
            dataset = step.dataset.rawValue
            from = step.sender?.rawValue
            inputs = step.inputs.map(\.rawValue)
            records = step.records
            grade = step.grade?.description
            disputed = step.isDisputed
            orderCertain = step.isOrderCertain
            sameHop = step.sameHop.map(\.rawValue)
            basis = QueryJSON.basis(of: step.claim)
            price = PriceJSON(step.claim.payment)
            notes = step.claim.notes.map(NoteJSON.init)
            cites = step.claim.cites.map { CiteJSON($0, in: evidence) }
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(claim, forKey: .claim)
            try container.encode(kind, forKey: .kind)
            try container.encode(link, forKey: .link)
            try container.encode(when, forKey: .when)
            try container.encode(earliest, forKey: .earliest)
            try container.encode(holder, forKey: .holder)
            try container.encode(dataset, forKey: .dataset)
            try container.encode(from, forKey: .from)
            try container.encode(inputs, forKey: .inputs)
            try container.encode(records, forKey: .records)
            try container.encode(grade, forKey: .grade)
            try container.encode(disputed, forKey: .disputed)
            try container.encode(orderCertain, forKey: .orderCertain)
            try container.encode(sameHop, forKey: .sameHop)
            try container.encode(basis, forKey: .basis)
            try container.encode(price, forKey: .price)
            try container.encode(notes, forKey: .notes)
            try container.encode(cites, forKey: .cites)
        }

        private enum CodingKeys: String, CodingKey {
            case claim, kind, link, when, earliest, holder, dataset, from, inputs, records, grade, disputed
            case orderCertain, sameHop, basis, price, notes, cites
        }
    }

    /// A whole path, with what it adds up to.
    package struct PathJSON: Encodable {
        package var start: String
        package var origin: String
        package var dataset: String
        package var earliest: String?
        package var grade: String?
        package var disputed: Bool
        package var orderCertain: Bool
        /// For a recipient's path: other hops into the same holding that fit the time order.
        package var otherWays: Int?
        package var steps: [StepJSON]

        package init(_ path: CustodyPath, dataset: DatasetID, otherWays: Int? = nil, in evidence: EvidenceCase) {
            start = path.start.rawValue
            origin = path.origin.rawValue
            self.dataset = dataset.rawValue
            earliest = path.earliest?.description
            grade = path.grade?.description
            disputed = path.isDisputed
            orderCertain = path.isOrderCertain
            self.otherWays = otherWays
            steps = path.steps.map { StepJSON($0, in: evidence) }
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(start, forKey: .start)
            try container.encode(origin, forKey: .origin)
            try container.encode(dataset, forKey: .dataset)
            try container.encode(earliest, forKey: .earliest)
            try container.encode(grade, forKey: .grade)
            try container.encode(disputed, forKey: .disputed)
            try container.encode(orderCertain, forKey: .orderCertain)
            try container.encodeIfPresent(otherWays, forKey: .otherWays)
            try container.encode(steps, forKey: .steps)
        }

        private enum CodingKeys: String, CodingKey {
            case start, origin, dataset, earliest, grade, disputed, orderCertain, otherWays, steps
        }
    }

    /// A hop left out of the paths, and why.
    package struct LeftOutJSON: Encodable {
        package var claim: String
        package var kind: String
        package var when: String
        package var reason: String
        package var day: String

        package init(_ hop: LeftOutHop) {
            claim = hop.claim.id.rawValue
            kind = hop.claim.kind.rawValue
            when = hop.claim.when.description
            switch hop.reason {
            case .beforeDataArrived(let day):
                reason = "before-data-arrived"
                self.day = day.description
            case .afterNextHop(let day):
                reason = "after-next-hop"
                self.day = day.description
            }
        }
    }

    /// What the filter asked for and what it left out.
    package struct FilterJSON: Encodable {
        package var asOf: String?
        package var knownBy: String?
        package var minGrade: String?
        package var omitted: CaseFilter.Omissions

        package init(_ filter: CaseFilter, _ omitted: CaseFilter.Omissions) {
            asOf = filter.asOf?.description
            knownBy = filter.knownBy?.description
            minGrade = filter.minimumGrade?.description
            self.omitted = omitted
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(asOf, forKey: .asOf)
            try container.encode(knownBy, forKey: .knownBy)
            try container.encode(minGrade, forKey: .minGrade)
            try container.encode(omitted, forKey: .omitted)
        }

        private enum CodingKeys: String, CodingKey {
            case asOf, knownBy, minGrade, omitted
        }
    }
}
