public import LineageCore

/// A case as tables, and tables as a case.
public enum CaseTables {
    /// The five tables of `evidence`, as CSV text (UTF-8, CRLF, header first), rows sorted by id so the same case
    /// always gives the same files; cells a spreadsheet would run as a formula are neutralised.
    public static func write(_ evidence: EvidenceCase) -> [(table: CaseTable, text: String)] {
        CaseTable.allCases.map { table in
            let rows = rows(of: table, in: evidence)
            let text = ([table.columns] + rows.map { row in table.columns.map { row[$0] ?? "" } })
                .map { CSV.record($0.map(SpreadsheetCell.neutralised)) }.joined()
            return (table, text)
        }
    }

    private static func rows(of table: CaseTable, in evidence: EvidenceCase) -> [[String: String]] {
        switch table {
        case .sources:
            return evidence.sources.values.sorted { $0.id < $1.id }.map { source in
                ["id": source.id.rawValue, "title": source.title, "date": source.date.description,
                 "publisher": source.publisher, "ref": source.reference, "reliability": source.reliability.rawValue,
                 "lang": source.language].compactMapValues { $0 }
            }
        case .parties:
            return evidence.parties.values.sorted { $0.id < $1.id }.map { party in
                ["id": party.id.rawValue, "kind": party.kind.rawValue, "name": party.name,
                 "identified": party.isIdentified ? nil : "false", "location": party.whereabouts,
                 "aliases": party.aliases.isEmpty ? nil : party.aliases.map(AliasCell.text).joined(separator: "\n")]
                    .compactMapValues { $0 }
            }
        case .datasets:
            return evidence.datasets.values.sorted { $0.id < $1.id }.map { dataset in
                ["id": dataset.id.rawValue, "kind": dataset.kind.rawValue, "name": dataset.name,
                 "owner": dataset.owner?.rawValue, "records": dataset.records.map { String($0.value) },
                 "unit": dataset.records?.unit.rawValue,
                 "fields": dataset.fields.isEmpty ? nil : dataset.fields.joined(separator: " ")]
                    .compactMapValues { $0 }
            }
        case .claims:
            return evidence.sortedClaimIDs.map { id in
                let claim = evidence.claims[id]!
                var row = ["kind": claim.kind.rawValue, "id": claim.id.rawValue, "when": claim.when.description]
                row.merge(attributes(of: claim.action)) { first, _ in first }
                row["grade"] = evidence.grade(of: claim)?.description
                row["disputed"] = claim.isDisputed ? "true" : "false"
                return row
            }
        case .cites:
            return evidence.sortedClaimIDs.flatMap { id in
                evidence.claims[id]!.cites.flatMap { cite -> [[String: String]] in
                    var first: [String: String] = [
                        "claim": id.rawValue, "source": cite.source.rawValue,
                        "credibility": String(cite.credibility.rawValue), "stance": cite.stance.rawValue,
                    ]
                    first["page"] = cite.page
                    first["quote"] = cite.quotes.first?.text
                    first["lang"] = cite.quotes.first?.language
                    // A cite's further quotes follow it, on rows that name only the claim and the quote.
                    let more = cite.quotes.dropFirst().map { quote in
                        ["claim": id.rawValue, "quote": quote.text, "lang": quote.language].compactMapValues { $0 }
                    }
                    return [first] + more
                }
            }
        }
    }

    /// The action's attributes by their evidence-format names.
    static func attributes(of action: Claim.Action) -> [String: String] {
        let count: (RecordCount?) -> [String: String] = { records in
            guard let records else { return [:] }
            return ["records": String(records.value), "unit": records.unit.rawValue]
        }
        switch action {
        case .extraction(let dataset, let from, let by, let medium, let records):
            return ["dataset": dataset.rawValue, "from": from.rawValue, "by": by.rawValue, "medium": medium]
                .compactMapValues { $0 }.merging(count(records)) { $1 }
        case .transfer(let dataset, let from, let to, let records, let price):
            return ["dataset": dataset.rawValue, "from": from.rawValue, "to": to.rawValue, "price": price]
                .compactMapValues { $0 }.merging(count(records)) { $1 }
        case .derivation(let dataset, let from, let by, let operation, let records):
            return ["dataset": dataset.rawValue, "from": from.map(\.rawValue).joined(separator: " "), "by": by.rawValue,
                    "operation": operation.rawValue].merging(count(records)) { $1 }
        case .use(let dataset, let by, let purpose, let records):
            return ["dataset": dataset.rawValue, "by": by.rawValue, "purpose": purpose].compactMapValues { $0 }
                .merging(count(records)) { $1 }
        case .holding(let dataset, let party), .deletion(let dataset, let party):
            return ["dataset": dataset.rawValue, "party": party.rawValue]
        case .delegation(let agent, let principal, let relation):
            return ["agent": agent.rawValue, "principal": principal.rawValue, "relation": relation.rawValue]
        case .containment, .event, .identity:
            // `unsupported(in:)` keeps a case with these from being written.
            return [:]
        }
    }

    /// What of `evidence` the tables cannot hold yet: the additions of evidence format 1.1 (containments, events,
    /// identities, a transfer's basis or price, notes, several owners, dataset aliases, "about" counts), one line
    /// per item. Writing a case that has any would lose it silently, so the command refuses instead.
    public static func unsupported(in evidence: EvidenceCase) -> [String] {
        var found: [String] = []
        for id in evidence.sortedClaimIDs {
            let claim = evidence.claims[id]!
            switch claim.kind {
            case .containment, .event, .identity: found.append("\(claim.kind.rawValue) '\(id)'")
            default:
                if claim.basis != nil || claim.payment != nil || !claim.notes.isEmpty || claim.records?.isApproximate == true {
                    found.append("\(claim.kind.rawValue) '\(id)' (basis, price, note or approx)")
                }
            }
        }
        for dataset in evidence.datasets.values.sorted(by: { $0.id < $1.id })
        where dataset.owners.count > 1 || !dataset.aliases.isEmpty || !dataset.notes.isEmpty
            || dataset.records?.isApproximate == true
        {
            found.append("dataset '\(dataset.id)' (owners, aliases, notes or approx)")
        }
        for party in evidence.parties.values.sorted(by: { $0.id < $1.id }) where !party.notes.isEmpty {
            found.append("party '\(party.id)' (notes)")
        }
        for source in evidence.sources.values.sorted(by: { $0.id < $1.id }) where !source.notes.isEmpty {
            found.append("source '\(source.id)' (notes)")
        }
        return found
    }
}

/// An alias in the `aliases` cell, one per line: `text@lang` when it has a language; a text with an `@` of its own
/// and no language ends in a bare `@`, so it reads back without one.
enum AliasCell {
    static func text(_ alias: Party.Alias) -> String {
        if let language = alias.language { return "\(alias.text)@\(language)" }
        return alias.text.contains("@") ? alias.text + "@" : alias.text
    }

    static func alias(_ line: Substring) -> Party.Alias {
        guard let at = line.lastIndex(of: "@") else { return Party.Alias(String(line)) }
        let language = line[line.index(after: at)...]
        let text = String(line[..<at])
        if language.isEmpty { return Party.Alias(text) }
        let isTag = language.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
        return isTag ? Party.Alias(text, language: String(language)) : Party.Alias(String(line))
    }
}
