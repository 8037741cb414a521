package import LineageCore
package import LineageRecords

extension PersonLookup {
    /// Why values typed in cannot be looked up. Never holds a value: only which field.
    package enum InputProblem: Error, Equatable {
        /// The field's value cannot be normalised (`FieldNormaliser`).
        case unusable(RecordField)
        /// The fields given make no match key.
        case noMatchKey
    }

    /// The values given, each normalised as registered records are, in the order given; the first that cannot
    /// be is the problem reported.
    ///
    /// - Throws: `InputProblem.unusable` for a value that cannot be normalised; `.noMatchKey` when the fields
    ///   given complete no match key.
    package static func normalise(_ given: [(RecordField, String)]) throws(InputProblem) -> [RecordField: [UInt8]] {
        var values: [RecordField: [UInt8]] = [:]
        for (field, text) in given {
            guard let value = FieldNormaliser.normalise(text, as: field) else { throw .unusable(field) }
            values[field] = value
        }
        guard !MatchKey.available(with: values.keys).isEmpty else { throw .noMatchKey }
        return values
    }
}

extension AnswerText {
    /// `lineage lookup` when no registered dataset holds the person.
    package static func notHeld(_ keys: [MatchKey]) -> String {
        "No registered dataset holds this person (looked up on \(names(keys)))."
    }

    /// `lineage lookup`: each dataset holding the person and what it is shown to hold, then for each the parties
    /// that can have received it, as `received` words them.
    package static func lookup(_ found: PersonLookup, _ answers: [Recipients], _ prepared: PreparedCase) -> String {
        let keys = names(found.keys)
        var text = "Held in \(found.datasets.count) registered dataset\(found.datasets.count == 1 ? "" : "s") "
        text += "(looked up on \(keys)):\n"
        for dataset in found.datasets {
            text += "  \(dataset.dataset): \(words(for: dataset.strength(given: found.keys))), on "
            text += "\(dataset.keys.map(\.name).joined(separator: ", "))\n"
        }
        for answer in answers {
            text += "\n" + AnswerText.received(answer, prepared)
        }
        return text
    }

    private static func names(_ keys: [MatchKey]) -> String { keys.map(\.name).joined(separator: ", ") }

    /// What a dataset is shown to hold, in words.
    private static func words(for strength: MatchStrength) -> String {
        switch strength {
        case .person: "this person"
        case .nameAndBirthDateOnly:
            "someone with this name and birth date, perhaps a namesake (the phone or the address would confirm)"
        case .householdOnly: "this household only (phone)"
        case .none: "nothing"
        }
    }
}

/// `lineage lookup --json`: the datasets, and for each the recipients as `lineage received --json` gives them.
package struct LookupJSON: Encodable {
    package struct DatasetJSON: Encodable {
        let dataset: String
        let holds: String
        let keys: [String]
        let received: ReceivedJSON
    }

    let keys: [String]
    let datasets: [DatasetJSON]

    package init(keys: [String], datasets: [DatasetJSON]) {
        (self.keys, self.datasets) = (keys, datasets)
    }

    package init(found: PersonLookup, answers: [Recipients], prepared: PreparedCase) {
        keys = found.keys.map(\.name)
        datasets = zip(found.datasets, answers).map { dataset, answer in
            DatasetJSON(
                dataset: dataset.dataset, holds: dataset.strength(given: found.keys).rawValue,
                keys: dataset.keys.map(\.name), received: ReceivedJSON(answer, prepared))
        }
    }
}
