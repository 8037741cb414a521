public import LineageCore

/// A case as tables, and tables as a case.
public enum CaseTables {
    /// The tables of `evidence`, as CSV text (UTF-8, CRLF, header first), rows sorted by id so the same case
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
                 "aliases": AliasCell.text(party.aliases)]
                    .compactMapValues { $0 }
            }
        case .datasets:
            return evidence.datasets.values.sorted { $0.id < $1.id }.map { dataset in
                ["id": dataset.id.rawValue, "kind": dataset.kind.rawValue, "name": dataset.name,
                 "owner": dataset.owners.isEmpty ? nil : dataset.owners.map(\.rawValue).joined(separator: " "),
                 "fields": dataset.fields.isEmpty ? nil : dataset.fields.joined(separator: " "),
                 "aliases": AliasCell.text(dataset.aliases)]
                    .compactMapValues { $0 }.merging(count(dataset.records)) { $1 }
            }
        case .claims:
            return evidence.sortedClaimIDs.compactMap { id in
                let claim = evidence.claims[id]!
                guard claim.kind != .event else { return nil }
                var row = ["kind": claim.kind.rawValue, "id": claim.id.rawValue, "when": claim.when.description]
                row.merge(cells(of: claim)) { first, _ in first }
                row["basis"] = claim.basis?.rawValue
                if let payment = claim.payment {
                    row["price-amount"] = payment.amount
                    row["price-currency"] = payment.currency
                    row["price-approx"] = payment.isApproximate ? "true" : nil
                }
                row["grade"] = evidence.grade(of: claim)?.description
                row["disputed"] = claim.isDisputed ? "true" : "false"
                return row
            }
        case .events:
            return evidence.sortedClaimIDs.compactMap { id in
                guard let claim = evidence.claims[id], claim.kind == .event else { return nil }
                return ["id": id.rawValue].merging(cells(of: claim)) { first, _ in first }
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
        case .notes:
            // Ids are unique across kinds, so one sort by id orders every item's notes; an item's notes keep
            // their order.
            let notes: [(item: String, notes: [Note])] =
                evidence.sources.values.map { ($0.id.rawValue, $0.notes) }
                + evidence.parties.values.map { ($0.id.rawValue, $0.notes) }
                + evidence.datasets.values.map { ($0.id.rawValue, $0.notes) }
                + evidence.claims.values.map { ($0.id.rawValue, $0.notes) }
            return notes.sorted { $0.item < $1.item }.flatMap { item, notes in
                notes.map { ["item": item, "note": $0.text, "lang": $0.language].compactMapValues { $0 } }
            }
        }
    }

    /// `records`, and `unit` and `approx`, of a count.
    private static func count(_ records: RecordCount?) -> [String: String] {
        guard let records else { return [:] }
        var cells = ["records": String(records.value), "unit": records.unit.rawValue]
        cells["approx"] = records.isApproximate ? "true" : nil
        return cells
    }

    /// The claim's attributes by their evidence-format names, from its kind's description (`Claim.Kind.attributes`),
    /// with `unit` always beside `records`. A claim's own `basis` is its column whatever the kind.
    static func cells(of claim: Claim) -> [String: String] {
        let values = claim.fieldValues
        var cells: [String: String] = [:]
        for attribute in claim.kind.attributes where attribute.field != .basis {
            cells[attribute.name] = values[attribute.field]
        }
        cells["unit"] = claim.records?.unit.rawValue
        return cells
    }
}

/// An alias in the `aliases` cell, one per line: `text@lang` when it has a language; a text with an `@` of its own
/// and no language ends in a bare `@`, so it reads back without one.
enum AliasCell {
    /// The cell of `aliases`: one per line; nil when there are none.
    static func text(_ aliases: [Party.Alias]) -> String? {
        aliases.isEmpty ? nil : aliases.map(text).joined(separator: "\n")
    }

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
