import ArgumentParser
import LineageAnswers
import LineageCore
import LineageRecords
import LineageStore

extension Lineage {
    /// `lineage lookup`: the question the callers asked: is my child's record in it, and who has it now?
    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find the datasets holding one person's record, and every party that received them.",
            discussion: """
                The values are normalised and fingerprinted as lineage fingerprint does and looked up in every \
                registered dataset; they are never printed, stored or logged. Give the fields of at least one \
                match key: --name-kana and --birth-date, --name-kanji and --birth-date, --postal-code, --address \
                and --name-kana, or --phone (which finds the household: siblings share a phone). For each \
                dataset holding the person, the parties that can have received it follow, as lineage received \
                answers. Values on a command line can be seen by other users of the machine (ps) and stay in \
                shell history: on a shared machine, prefer a private shell. \
                \(ExitStatus.help)
                """
        )

        @Argument(
            help: ArgumentHelp("The case store holding the registered records.", valueName: "case"),
            completion: .file(extensions: ["lineage"]))
        var store: String

        @Option(help: ArgumentHelp("The person's name in kanji.", valueName: "name"))
        var nameKanji: String?
        @Option(help: ArgumentHelp("The name's reading, in katakana or hiragana.", valueName: "reading"))
        var nameKana: String?
        @Option(help: ArgumentHelp("The birth date: 2003-04-05, 2003/4/5, 平成15年4月5日 ...", valueName: "date"))
        var birthDate: String?
        @Option(help: ArgumentHelp("The phone number, in any punctuation.", valueName: "number"))
        var phone: String?
        @Option(help: ArgumentHelp("The postal code.", valueName: "code"))
        var postalCode: String?
        @Option(help: ArgumentHelp("The address.", valueName: "address"))
        var address: String?

        @OptionGroup var filter: FilterOptions

        @Flag(help: "Print the answer as JSON on standard output.")
        var json = false

        /// The values given, normalised; a value that cannot be is a usage error naming the option, not the value.
        func normalisedValues() throws -> [RecordField: [UInt8]] {
            let given: [(RecordField, String?)] = [
                (.nameKanji, nameKanji), (.nameKana, nameKana), (.birthDate, birthDate), (.phone, phone),
                (.postalCode, postalCode), (.address, address),
            ]
            var values: [RecordField: [UInt8]] = [:]
            for case (let field, let text?) in given {
                guard let value = FieldNormaliser.normalise(text, as: field) else {
                    throw ValidationError("--\(field.rawValue) is not a usable \(field.rawValue) (the value is not shown).")
                }
                values[field] = value
            }
            guard !MatchKey.available(with: values.keys).isEmpty else {
                throw ValidationError(
                    "Give the fields of at least one match key: --name-kana and --birth-date, --name-kanji and "
                        + "--birth-date, --postal-code, --address and --name-kana, or --phone.")
            }
            return values
        }

        func run() throws {
            let values = try normalisedValues()
            let caseStore = try CaseStore(opening: store, readOnly: true)
            let found = try PersonLookup(values, in: caseStore, secret: caseStore.registeredSecret())
            let keys = found.keys
            guard !found.datasets.isEmpty else {
                // Nothing to trace, so the case is not read.
                if json {
                    try JSONOutput.print(LookupJSON(keys: keys.map(\.name), datasets: []))
                } else {
                    print("No registered dataset holds this person (looked up on \(Self.names(keys))).")
                }
                return
            }
            let prepared = try EvidenceOptions.parse([store]).prepare(filter)
            let answers = try found.datasets.map { try prepared.custody.recipients(of: DatasetID($0.dataset)) }
            if json {
                try JSONOutput.print(LookupJSON(found: found, answers: answers, prepared: prepared))
            } else {
                print(Self.text(found, answers, prepared), terminator: "")
            }
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

        static func text(_ found: PersonLookup, _ answers: [Recipients], _ prepared: PreparedCase) -> String {
            let keys = names(found.keys)
            var text = "Held in \(found.datasets.count) registered dataset\(found.datasets.count == 1 ? "" : "s") "
            text += "(looked up on \(keys)):\n"
            for dataset in found.datasets {
                text += "  \(dataset.dataset): \(Self.words(for: dataset.strength(given: found.keys))), on "
                text += "\(dataset.keys.map(\.name).joined(separator: ", "))\n"
            }
            for answer in answers {
                text += "\n" + AnswerText.received(answer, prepared)
            }
            return text
        }
    }
}

/// `lineage lookup --json`: the datasets, and for each the recipients as `lineage received --json` gives them.
struct LookupJSON: Encodable {
    struct DatasetJSON: Encodable {
        let dataset: String
        let holds: String
        let keys: [String]
        let received: ReceivedJSON
    }

    let keys: [String]
    let datasets: [DatasetJSON]

    init(keys: [String], datasets: [DatasetJSON]) {
        (self.keys, self.datasets) = (keys, datasets)
    }

    init(found: PersonLookup, answers: [Recipients], prepared: PreparedCase) {
        keys = found.keys.map(\.name)
        datasets = zip(found.datasets, answers).map { dataset, answer in
            DatasetJSON(
                dataset: dataset.dataset, holds: dataset.strength(given: found.keys).rawValue,
                keys: dataset.keys.map(\.name), received: ReceivedJSON(answer, prepared))
        }
    }
}
