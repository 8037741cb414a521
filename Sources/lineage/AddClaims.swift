import ArgumentParser
import LineageCore

extension ItemTarget {
    /// Adds the claim `action` describes, with `claim`'s time, cites and notes, and a transfer's basis and price.
    func add(_ action: Claim.Action, _ claim: ClaimOptions, basis: Claim.Basis? = nil, payment: Price? = nil) throws {
        let item = Claim(
            id: ClaimID(id), when: claim.when, action: action, cites: claim.cites, basis: basis, payment: payment,
            notes: claim.notes)
        try add(item.kind.rawValue) { evidence in _ = evidence.insert(item) }
    }
}

/// The help of `--by-party`, which `--by` (who records the entry) leaves the format's `by` attribute to.
private func byPartyHelp(_ what: String) -> ArgumentHelp {
    ArgumentHelp("The party that \(what) (the format's by attribute).", valueName: "party")
}

extension Lineage.Add {
    struct Extraction: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add one extraction: a party copied a batch out of a database.")

        @OptionGroup var target: ItemTarget
        @Option(help: ArgumentHelp("The batch that was copied out.", valueName: "dataset")) var dataset: String
        @Option(help: ArgumentHelp("The database it was copied from.", valueName: "dataset")) var from: String
        @Option(help: byPartyHelp("copied it")) var byParty: String
        @Option(help: "How it was copied, such as a smartphone or USB drive.") var medium: String?
        @OptionGroup var count: CountOptions
        @OptionGroup var claim: ClaimOptions

        func run() throws {
            try target.add(
                .extraction(
                    dataset: DatasetID(dataset), from: DatasetID(from), by: PartyID(byParty), medium: medium,
                    records: count.count), claim)
        }
    }

    struct Transfer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add one transfer: a copy of a dataset passed from one party to another (sale, gift, hand-over).")

        @OptionGroup var target: ItemTarget
        @Option(help: "The dataset passed on.") var dataset: String
        @Option(help: ArgumentHelp("The party that passed it on.", valueName: "party")) var from: String
        @Option(help: ArgumentHelp("The party that received it.", valueName: "party")) var to: String
        @OptionGroup var count: CountOptions
        @Option(help: "What was paid, as the source says it.") var price: String?
        @Option(help: "Why the data moved: sale, gift, entrustment, return, seizure or unknown.")
        var basis: Claim.Basis?
        @Option(help: ArgumentHelp("What was paid, as a number (with --price-currency).", valueName: "amount"))
        var priceAmount: String?
        @Option(help: ArgumentHelp("The currency of --price-amount (ISO 4217, such as KRW).", valueName: "code"))
        var priceCurrency: String?
        @Flag(help: "The price was given as \"about\".") var priceApprox = false
        @OptionGroup var claim: ClaimOptions

        func validate() throws {
            if (priceAmount == nil) != (priceCurrency == nil) {
                throw ValidationError("--price-amount and --price-currency go together: a price needs its currency.")
            }
        }

        func run() throws {
            let payment = zip(priceAmount, priceCurrency).map {
                Price(amount: $0, currency: $1, isApproximate: priceApprox)
            }
            try target.add(
                .transfer(
                    dataset: DatasetID(dataset), from: PartyID(from), to: PartyID(to), records: count.count,
                    price: price), claim, basis: basis, payment: payment)
        }
    }

    struct Derivation: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add one derivation: a party made a dataset from others (copy, subset, merge, dedupe, enrich).")

        @OptionGroup var target: ItemTarget
        @Option(help: "The dataset made.") var dataset: String
        @Option(help: ArgumentHelp("A dataset it was made from. Repeatable.", valueName: "dataset")) var from: [String]
        @Option(help: byPartyHelp("made it")) var byParty: String
        @Option(help: "copy, subset, merge, dedupe or enrich.") var operation: Claim.Operation
        @OptionGroup var count: CountOptions
        @OptionGroup var claim: ClaimOptions

        func run() throws {
            try target.add(
                .derivation(
                    dataset: DatasetID(dataset), from: from.map { DatasetID($0) }, by: PartyID(byParty),
                    operation: operation, records: count.count), claim)
        }
    }

    struct Use: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add one use: a party used a dataset, such as for a direct-mail campaign.")

        @OptionGroup var target: ItemTarget
        @Option(help: "The dataset used.") var dataset: String
        @Option(help: byPartyHelp("used it")) var byParty: String
        @Option(help: "What it was used for.") var purpose: String?
        @OptionGroup var count: CountOptions
        @OptionGroup var claim: ClaimOptions

        func run() throws {
            try target.add(
                .use(dataset: DatasetID(dataset), by: PartyID(byParty), purpose: purpose, records: count.count), claim)
        }
    }

    struct Holding: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add one holding: a party is known to hold a dataset, how it got it unknown (a gap to close).")

        @OptionGroup var target: ItemTarget
        @Option(help: "The dataset held.") var dataset: String
        @Option(help: "The party holding it.") var party: String
        @OptionGroup var claim: ClaimOptions

        func run() throws {
            try target.add(.holding(dataset: DatasetID(dataset), party: PartyID(party)), claim)
        }
    }

    struct Deletion: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add one deletion: a party says it destroyed its copy of a dataset.")

        @OptionGroup var target: ItemTarget
        @Option(help: "The dataset destroyed.") var dataset: String
        @Option(help: "The party that destroyed its copy.") var party: String
        @OptionGroup var claim: ClaimOptions

        func run() throws {
            try target.add(.deletion(dataset: DatasetID(dataset), party: PartyID(party)), claim)
        }
    }

    struct Delegation: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add one delegation: an agent worked for a principal.",
            discussion: "A delegation never makes an unauthorised act of the agent one done on the principal's behalf.")

        @OptionGroup var target: ItemTarget
        @Option(help: ArgumentHelp("The party that worked for the principal.", valueName: "party")) var agent: String
        @Option(help: ArgumentHelp("The party it worked for.", valueName: "party")) var principal: String
        @Option(help: "employee, contractor, subcontractor or dispatched.") var relation: Claim.Relation
        @OptionGroup var claim: ClaimOptions

        func run() throws {
            try target.add(
                .delegation(agent: PartyID(agent), principal: PartyID(principal), relation: relation), claim)
        }
    }
}

/// Both values, or nil when either is missing.
private func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}

extension Lineage.Add {
    struct Containment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add one containment: a dataset's records were inside another during a time (format 1.1).",
            discussion: "Whoever holds the whole at a time the containment allows also holds the part; never the reverse.")

        @OptionGroup var target: ItemTarget
        @Option(help: "The part: the dataset whose records were inside.") var dataset: String
        @Option(help: ArgumentHelp("The whole it was inside.", valueName: "dataset")) var within: String
        @OptionGroup var count: CountOptions
        @OptionGroup var claim: ClaimOptions

        func run() throws {
            try target.add(
                .containment(dataset: DatasetID(dataset), within: DatasetID(within), records: count.count), claim)
        }
    }

    struct Event: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add one event: something that happened but moved no data, such as an arrest (format 1.1).")

        @OptionGroup var target: ItemTarget
        @Option(
            help: "complaint, disclosure, investigation, arrest, indictment, judgment, regulator-action, press-release or other.")
        var kind: Claim.EventKind
        @Option(help: ArgumentHelp("A party the event concerns. Repeatable.", valueName: "party")) var party: [String] = []
        @Option(help: ArgumentHelp("A dataset the event concerns. Repeatable.", valueName: "dataset")) var dataset: [String] = []
        @OptionGroup var claim: ClaimOptions

        func run() throws {
            try target.add(
                .event(kind: kind, parties: party.map { PartyID($0) }, datasets: dataset.map { DatasetID($0) }), claim)
        }
    }

    struct Identity: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add one identity: two parties may be one under two names (format 1.1).")

        @OptionGroup var target: ItemTarget
        @Option(help: "One name.") var party: String
        @Option(help: ArgumentHelp("The other name.", valueName: "party")) var sameAs: String
        @OptionGroup var claim: ClaimOptions

        func run() throws {
            try target.add(.identity(party: PartyID(party), sameAs: PartyID(sameAs)), claim)
        }
    }
}
