import ArgumentParser
import LineageStore

extension Lineage {
    /// `lineage fingerprint`: registers a dataset's records as keyed fingerprints.
    struct Fingerprint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register a dataset's records as keyed fingerprints, for lineage match and lookup.",
            discussion: """
                Reads a CSV or TSV file with a header row (UTF-8, or --encoding cp932), normalises each field the \
                way Japanese lists differ (width, katakana and hiragana, phone and postal-code punctuation, \
                address notations, era dates), and stores for each row the HMAC-SHA256 fingerprints, under the \
                case's own secret, of several match keys: kana-birth (reading + birth date), name-birth (kanji \
                name + birth date), address-kana (postal code + address + reading) and phone. No name, phone, \
                address or date is stored, printed or logged, and the secret never leaves the store. A dataset \
                can be registered from several files; the same file twice is refused. See docs/records.md. \
                \(ExitStatus.help)
                """
        )

        @OptionGroup var registration: RecordRegistration

        func run() throws { try registration.register(as: .records) }
    }

    /// `lineage seed`: registers decoy records planted in a dataset.
    struct Seed: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register decoy records planted in a batch or a rental, for lineage match.",
            discussion: """
                Seeds are made-up customers added to a list before it leaves its owner's hands. A recovered list \
                that holds one was made from that dataset or a copy of it: lineage match reports seed hits first, \
                as the strongest evidence there is. The file is read and fingerprinted exactly as lineage \
                fingerprint reads records. \
                \(ExitStatus.help)
                """
        )

        @OptionGroup var registration: RecordRegistration

        func run() throws { try registration.register(as: .seeds) }
    }
}
