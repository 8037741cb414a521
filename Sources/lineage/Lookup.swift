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

        /// The values given, normalised (`PersonLookup.normalise`); a problem is a usage error naming the option,
        /// not the value.
        func normalisedValues() throws -> [RecordField: [UInt8]] {
            let given: [(RecordField, String?)] = [
                (.nameKanji, nameKanji), (.nameKana, nameKana), (.birthDate, birthDate), (.phone, phone),
                (.postalCode, postalCode), (.address, address),
            ]
            do {
                return try PersonLookup.normalise(given.compactMap { field, text in text.map { (field, $0) } })
            } catch .unusable(let field) {
                throw ValidationError("--\(field.rawValue) is not a usable \(field.rawValue) (the value is not shown).")
            } catch .noMatchKey {
                throw ValidationError(
                    "Give the fields of at least one match key: --name-kana and --birth-date, --name-kanji and "
                        + "--birth-date, --postal-code, --address and --name-kana, or --phone.")
            }
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
                    print(AnswerText.notHeld(keys))
                }
                return
            }
            let prepared = try EvidenceOptions.parse([store]).prepare(filter)
            let answers = try found.datasets.map { try prepared.custody.recipients(of: DatasetID($0.dataset)) }
            if json {
                try JSONOutput.print(LookupJSON(found: found, answers: answers, prepared: prepared))
            } else {
                print(AnswerText.lookup(found, answers, prepared), terminator: "")
            }
        }
    }
}
