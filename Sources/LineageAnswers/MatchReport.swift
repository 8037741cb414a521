package import LineageRecords

/// A match's result with what it is about: the list file, its digest, and the datasets' names. Renders the text
/// report and the sentences `--record` quotes. Counts only, never a row's values.
package struct MatchReport: Sendable {
    package let file: String
    package let sha256: String
    package let attribution: Attribution
    /// Dataset names by id, from the case.
    package let names: [String: String]

    package init(file: String, sha256: String, attribution: Attribution, names: [String: String]) {
        (self.file, self.sha256, self.attribution, self.names) = (file, sha256, attribution, names)
    }

    package var text: String {
        let list = attribution.list
        var text = "\(file): \(Count.rows(list.rows)), compared on \(attribution.keys.map(\.name).joined(separator: ", "))"
        text += " with \(attribution.results.count) registered dataset\(attribution.results.count == 1 ? "" : "s")\n"
        text += "  sha256 \(sha256)\n"
        for result in attribution.results {
            text += "\n\(result.dataset)"
            if let name = names[result.dataset] { text += " (\(name))" }
            text += ": \(result.conclusion.rawValue)\n"
            if result.seedRows > 0 {
                text += "  SEED RECORDS: \(Count.rows(result.seedRows)) of the list are decoys planted in it\n"
            }
            text += "  same person \(Count.rows(result.rowsMatched)) (\(Count.percent(result.containment)) of the list)"
            text += "; only in this dataset \(Count.grouped(result.uniqueRows))\n"
            if result.nameAndBirthDateOnlyRows + result.householdOnlyRows > 0 {
                text += "  unconfirmed: name and birth date only \(Count.grouped(result.nameAndBirthDateOnlyRows))"
                text += "; phone only \(Count.grouped(result.householdOnlyRows))\n"
            }
            text += "  by key: "
            text += attribution.keys.map { "\($0.name) \(Count.grouped(result.rowsByKey[$0.name] ?? 0))" }
                .joined(separator: " · ")
            text += "\n"
        }
        text += "\n\(Count.rows(attribution.unmatchedRows)) (\(Count.percent(share(attribution.unmatchedRows)))) "
        text += "match no registered record"
        if attribution.unconfirmedRows > 0 {
            text += "; \(Count.grouped(attribution.unconfirmedRows)) match only on name and birth date or on a phone"
        }
        text += "\n"
        if list.rowsWithoutKey > 0 { text += "\(Count.rows(list.rowsWithoutKey)) gave no match key\n" }
        text += Count.unusable(list.unusableValues).dropFirst(2)
        text += "\nConclusion: \(conclusion)\n"
        return text
    }

    /// The finding in sentences, strongest evidence first.
    package var conclusion: String {
        var sentences: [String] = []
        let seeded = attribution.results.filter { $0.conclusion == .seedFound }
        for result in seeded {
            sentences.append(
                "\(Count.rows(result.seedRows)) of the list \(result.seedRows == 1 ? "is a decoy" : "are decoys") "
                    + "planted in \(result.dataset): the list was made from \(result.dataset) or a copy of it"
                    + (result.uniqueRows > 0 ? " (and \(Count.rows(result.uniqueRows)) are found only there)." : "."))
        }
        let origins = attribution.results.filter { $0.conclusion == .origin }
        if origins.isEmpty && seeded.isEmpty {
            sentences.append(
                "No registered dataset holds at least \(Count.rows(attribution.minimumUniqueRows)) of the list "
                    + "that no other holds: the list is not attributed.")
        } else if !origins.isEmpty {
            let parts = origins.map { "\($0.dataset) (\(Count.rows($0.uniqueRows)) found only there)" }
            sentences.append("The list draws on \(parts.joined(separator: ", ")).")
        }
        let consistent = attribution.results.filter { $0.conclusion == .overlapOnly }
        if !consistent.isEmpty {
            sentences.append(
                "\(consistent.map(\.dataset).joined(separator: ", ")) also match\(consistent.count == 1 ? "es" : ""), but too few of "
                    + "\(consistent.count == 1 ? "its" : "their") rows are in no other dataset: consistent, not shown.")
        }
        return sentences.joined(separator: " ")
    }

    private func share(_ rows: Int) -> Double {
        attribution.list.rows == 0 ? 0 : Double(rows) / Double(attribution.list.rows)
    }
}

/// `lineage match --json`.
package struct MatchJSON: Encodable {
    struct List: Encodable {
        let file: String
        let sha256: String
        let rows: Int
        let rowsWithoutKey: Int
        let unusableValues: [String: Int]
    }

    struct Dataset: Encodable {
        let dataset: String
        let name: String
        let conclusion: String
        let rowsMatched: Int
        let containment: Double
        let uniqueRows: Int
        let nameAndBirthDateOnlyRows: Int
        let householdOnlyRows: Int
        let seedRows: Int
        let rowsByKey: [String: Int]
    }

    let list: List
    let keys: [String]
    let minimumUniqueRows: Int
    let datasets: [Dataset]
    let origins: [String]
    let unmatchedRows: Int
    let unconfirmedRows: Int
    let seedRows: Int
    let conclusion: String

    package init(_ report: MatchReport) {
        let attribution = report.attribution
        list = List(
            file: report.file, sha256: report.sha256, rows: attribution.list.rows,
            rowsWithoutKey: attribution.list.rowsWithoutKey,
            unusableValues: Dictionary(
                uniqueKeysWithValues: attribution.list.unusableValues.map { ($0.key.rawValue, $0.value) }))
        keys = attribution.keys.map(\.name)
        minimumUniqueRows = attribution.minimumUniqueRows
        datasets = attribution.results.map { result in
            Dataset(
                dataset: result.dataset, name: report.names[result.dataset] ?? result.dataset, conclusion: result.conclusion.rawValue,
                rowsMatched: result.rowsMatched, containment: result.containment, uniqueRows: result.uniqueRows,
                nameAndBirthDateOnlyRows: result.nameAndBirthDateOnlyRows, householdOnlyRows: result.householdOnlyRows,
                seedRows: result.seedRows, rowsByKey: result.rowsByKey)
        }
        origins = attribution.origins.map(\.dataset)
        (unmatchedRows, unconfirmedRows, seedRows) =
            (attribution.unmatchedRows, attribution.unconfirmedRows, attribution.seedRows)
        conclusion = report.conclusion
    }
}
