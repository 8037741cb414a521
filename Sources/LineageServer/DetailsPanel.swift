import LineageAnswers
import LineageCore

/// What the page shows beside the diagram for the thing the reader clicked: a claim with its sources in their
/// own words, or a party or dataset with what it holds and how it got it (the `trace` answer).
struct DetailsPanel {
    let prepared: PreparedCase
    /// The case before the filter, to say when the filter is what hides the thing asked for.
    let whole: EvidenceCase

    var evidence: EvidenceCase { prepared.evidence }

    /// The panel for `selection` (`claim:ID`, `party:ID` or `dataset:ID`), and the claims to highlight.
    func html(for selection: String) -> (html: String, claims: [String]) {
        let parts = selection.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return (HTML.element("p", "nothing selected"), []) }
        switch parts[0] {
        case "claim", "claims":
            let ids = parts[1].split(separator: ",").map { ClaimID(String($0)) }
            return (ids.map(claimHTML).joined(), ids.map(\.rawValue))
        case "party", "dataset":
            return itemHTML(parts[1])
        default:
            return (HTML.element("p", "nothing selected"), [])
        }
    }

    // MARK: Claims

    private func claimHTML(_ id: ClaimID) -> String {
        guard let claim = evidence.claims[id] else {
            let reason = whole.claims[id] == nil ? "no claim '\(id)' in the case" : "claim '\(id)' is left out by the filter"
            return HTML.element("p", reason, attributes: [("class", "notice")])
        }
        var rows: [(String, String)] = [("kind", claim.kind.rawValue)]
        if let dataset = claim.dataset { rows.append(("dataset", datasetName(dataset))) }
        switch claim.action {
        case .extraction(_, let from, let by, let medium, _):
            rows += [("from", datasetName(from)), ("by", partyName(by))]
            if let medium { rows.append(("medium", medium)) }
        case .transfer(_, let from, let to, _, let price):
            rows += [("from", partyName(from)), ("to", partyName(to))]
            if let price { rows.append(("price", price)) }
        case .derivation(_, let from, let by, let operation, _):
            rows += [("from", from.map(datasetName).joined(separator: "; ")), ("by", partyName(by)),
                     ("operation", operation.rawValue)]
        case .use(_, let by, let purpose, _):
            rows.append(("by", partyName(by)))
            if let purpose { rows.append(("purpose", purpose)) }
        case .holding(_, let party), .deletion(_, let party):
            rows.append(("party", partyName(party)))
        case .delegation(let agent, let principal, let relation):
            rows += [("agent", partyName(agent)), ("principal", partyName(principal)), ("relation", relation.rawValue)]
        case .containment(_, let within, _):
            rows.append(("within", datasetName(within)))
        case .event(let kind, let parties, let datasets):
            rows.append(("event", kind.rawValue))
            if !parties.isEmpty { rows.append(("parties", parties.map(partyName).joined(separator: "; "))) }
            if !datasets.isEmpty { rows.append(("datasets", datasets.map(datasetName).joined(separator: "; "))) }
        case .identity(let party, let sameAs):
            rows += [("party", partyName(party)), ("same as", partyName(sameAs))]
        }
        if let basis = claim.basis { rows.append(("basis", basis.rawValue)) }
        if let payment = claim.payment { rows.append(("payment", payment.description)) }
        rows.append(("when", claim.when.description))
        if let records = claim.records { rows.append(("records", records.description)) }
        let grade = evidence.grade(of: claim)
        rows.append(("grade", grade.map { "\($0) (\($0.reliability.meaning); \($0.credibility.meaning))" } ?? "ungraded"))
        if claim.isDisputed { rows.append(("disputed", "yes: sources on both sides are listed below")) }
        var html = "<article class=\"claim\" data-claim=\"\(HTML.escape(id.rawValue))\">"
        html += HTML.element("h2", "\(claim.kind.rawValue) \(id.rawValue)")
        html += definitionList(rows)
        if !claim.notes.isEmpty {
            html += "<h3>Notes</h3><ul class=\"notes\">"
            for note in claim.notes {
                html += HTML.element("li", note.text, attributes: note.language.map { [("lang", $0)] } ?? [])
            }
            html += "</ul>"
        }
        html += "<h3>Sources</h3><ol class=\"cites\">"
        for cite in claim.cites { html += citeHTML(cite) }
        return html + "</ol></article>"
    }

    private func citeHTML(_ cite: Cite) -> String {
        var html = "<li class=\"cite \(cite.stance.rawValue)\">"
        if let source = evidence.sources[cite.source] ?? whole.sources[cite.source] {
            html += HTML.element("p", source.title, attributes: [("class", "title")])
            var rows: [(String, String)] = [("source", source.id.rawValue)]
            if let publisher = source.publisher { rows.append(("publisher", publisher)) }
            rows.append(("date", source.date.description))
            rows.append(("reliability", "\(source.reliability.rawValue): \(source.reliability.meaning)"))
            rows.append(("credibility", "\(cite.credibility.rawValue): \(cite.credibility.meaning)"))
            rows.append(("stance", cite.stance.rawValue))
            if let page = cite.page { rows.append(("page", page)) }
            html += definitionList(rows)
            if let reference = source.reference {
                html += "<p class=\"ref\">ref: \(HTML.reference(reference))</p>"
            }
        } else {
            html += HTML.element("p", "source '\(cite.source)' (left out by the filter)")
        }
        for quote in cite.quotes {
            let language = quote.language.map { [("lang", $0)] } ?? []
            html += HTML.element("blockquote", quote.text, attributes: language)
        }
        return html + "</li>"
    }

    // MARK: Parties and datasets

    private func itemHTML(_ id: String) -> (html: String, claims: [String]) {
        var html: String
        if let party = evidence.parties[PartyID(id)] {
            html = "<article class=\"party\">" + HTML.element("h2", party.name)
            var rows: [(String, String)] = [("id", id), ("kind", party.kind.rawValue)]
            if !party.isIdentified { rows.append(("identified", "no: known to exist, not yet named")) }
            if let whereabouts = party.whereabouts { rows.append(("where", whereabouts)) }
            html += definitionList(rows)
            if !party.aliases.isEmpty {
                html += "<h3>Aliases</h3><ul class=\"aliases\">"
                for alias in party.aliases {
                    html += HTML.element("li", alias.text, attributes: alias.language.map { [("lang", $0)] } ?? [])
                }
                html += "</ul>"
            }
        } else if let dataset = evidence.datasets[DatasetID(id)] {
            html = "<article class=\"dataset\">" + HTML.element("h2", dataset.name)
            var rows: [(String, String)] = [("id", id), ("kind", dataset.kind.rawValue)]
            if !dataset.owners.isEmpty {
                rows.append((dataset.owners.count == 1 ? "owner" : "owners", dataset.owners.map(partyName).joined(separator: "; ")))
            }
            if let records = dataset.records { rows.append(("records", records.description)) }
            if !dataset.fields.isEmpty { rows.append(("fields", dataset.fields.joined(separator: ", "))) }
            html += definitionList(rows)
        } else {
            return (HTML.element("p", "no party or dataset '\(id)' in the case", attributes: [("class", "notice")]), [])
        }
        html += "<h3>What it holds and how (lineage trace)</h3>"
        do {
            let answer = try ReadAnswer(.trace, QueryParameters([("subject", id)]), prepared)
            html += HTML.element("pre", answer.text, attributes: [("class", "answer")])
            return (html + "</article>", answer.claims)
        } catch {
            return (html + HTML.element("p", error.message, attributes: [("class", "notice")]) + "</article>", [])
        }
    }

    private func partyName(_ id: PartyID) -> String {
        guard let party = evidence.parties[id] ?? whole.parties[id] else { return id.rawValue }
        return "\(party.name) (\(id))"
    }

    private func datasetName(_ id: DatasetID) -> String {
        guard let dataset = evidence.datasets[id] ?? whole.datasets[id] else { return id.rawValue }
        return "\(dataset.name) (\(id))"
    }

    private func definitionList(_ rows: [(String, String)]) -> String {
        "<dl>" + rows.map { HTML.element("dt", $0.0) + HTML.element("dd", $0.1) }.joined() + "</dl>"
    }
}
