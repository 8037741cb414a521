package import LineageCore

/// The JSON forms of query answers, shared by the query commands. Optional values are written as `null` rather
/// than left out, so every object of a kind has the same keys.
package enum QueryJSON {
    /// One cite, whole: its source and that source's reliability, the item's credibility, the grade they give,
    /// whether it supports or disputes the claim, the page, and the quoted passages.
    package struct CiteJSON: Encodable {
        package var source: String
        package var reliability: String?
        package var credibility: Int
        package var grade: String?
        package var stance: String
        package var page: String?
        package var quotes: [QuoteJSON]

        package init(_ cite: Cite, in evidence: EvidenceCase) {
            source = cite.source.rawValue
            reliability = evidence.sources[cite.source]?.reliability.rawValue
            credibility = cite.credibility.rawValue
            grade = evidence.sources[cite.source].map { Grade($0.reliability, cite.credibility).description }
            stance = cite.stance.rawValue
            page = cite.page
            quotes = cite.quotes.map(QuoteJSON.init)
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(source, forKey: .source)
            try container.encode(reliability, forKey: .reliability)
            try container.encode(credibility, forKey: .credibility)
            try container.encode(grade, forKey: .grade)
            try container.encode(stance, forKey: .stance)
            try container.encode(page, forKey: .page)
            try container.encode(quotes, forKey: .quotes)
        }

        private enum CodingKeys: String, CodingKey {
            case source, reliability, credibility, grade, stance, page, quotes
        }
    }

    /// A quoted passage, in its own language (`null` when the evidence does not say which).
    package struct QuoteJSON: Encodable {
        package var text: String
        package var language: String?

        package init(_ quote: Cite.Quote) {
            text = quote.text
            language = quote.language
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(language, forKey: .language)
        }

        private enum CodingKeys: String, CodingKey {
            case text, language
        }
    }

    /// Another claim of the same hop, which corroborates it: its id, grade, date, count and cites.
    package struct CorroborationJSON: Encodable {
        package var claim: String
        package var when: String
        package var records: RecordCount?
        package var grade: String?
        package var cites: [CiteJSON]

        package init(_ claim: Claim, in evidence: EvidenceCase) {
            self.claim = claim.id.rawValue
            when = claim.when.description
            records = claim.records
            grade = evidence.grade(of: claim)?.description
            cites = claim.cites.map { CiteJSON($0, in: evidence) }
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(claim, forKey: .claim)
            try container.encode(when, forKey: .when)
            try container.encode(records, forKey: .records)
            try container.encode(grade, forKey: .grade)
            try container.encode(cites, forKey: .cites)
        }

        private enum CodingKeys: String, CodingKey {
            case claim, when, records, grade, cites
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
        /// The hop's own attributes, as the evidence gives them: an extraction's medium, a transfer's price (the
        /// format 1.1 `<price>` as `price`, the version 1 free-text attribute as `priceText`), a use's purpose, a
        /// derivation's operation.
        package var medium: String?
        package var price: PriceJSON?
        package var priceText: String?
        package var purpose: String?
        package var operation: String?
        package var grade: String?
        package var disputed: Bool
        package var orderCertain: Bool
        package var sameHop: [String]
        /// The claims of `sameHop`, each with its sources.
        package var corroboration: [CorroborationJSON]
        package var basis: String?
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
            switch step.claim.action {
            case .extraction(_, _, _, let medium, _): self.medium = medium
            case .transfer(_, _, _, _, let price): priceText = price
            case .use(_, _, let purpose, _): self.purpose = purpose
            case .derivation(_, _, _, let operation, _): self.operation = operation.rawValue
            case .holding, .deletion, .delegation, .containment, .event, .identity: break
            }
            grade = step.grade?.description
            disputed = step.isDisputed
            orderCertain = step.isOrderCertain
            sameHop = step.sameHop.map(\.rawValue)
            corroboration = step.sameHop.compactMap { evidence.claims[$0] }.map { CorroborationJSON($0, in: evidence) }
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
            try container.encode(medium, forKey: .medium)
            try container.encode(price, forKey: .price)
            try container.encode(priceText, forKey: .priceText)
            try container.encode(purpose, forKey: .purpose)
            try container.encode(operation, forKey: .operation)
            try container.encode(grade, forKey: .grade)
            try container.encode(disputed, forKey: .disputed)
            try container.encode(orderCertain, forKey: .orderCertain)
            try container.encode(sameHop, forKey: .sameHop)
            try container.encode(corroboration, forKey: .corroboration)
            try container.encode(basis, forKey: .basis)
            try container.encode(notes, forKey: .notes)
            try container.encode(cites, forKey: .cites)
        }

        private enum CodingKeys: String, CodingKey {
            case claim, kind, link, when, earliest, holder, dataset, from, inputs, records, medium, price, priceText
            case purpose, operation, grade, disputed, orderCertain, sameHop, corroboration, basis, notes, cites
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
        /// For a recipient's path: other routes into the same holding that fit the time order (another previous
        /// party or dataset; other claims of the same hop are corroboration, on the step).
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
