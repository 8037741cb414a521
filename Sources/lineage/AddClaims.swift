import ArgumentParser
import LineageCore

extension ItemTarget {
    /// Adds the claim `action` describes, with `claim`'s time and cites.
    func add(_ action: Claim.Action, _ claim: ClaimOptions) throws {
        let item = Claim(id: ClaimID(id), when: claim.when, action: action, cites: claim.cites)
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
        @OptionGroup var claim: ClaimOptions

        func run() throws {
            try target.add(
                .transfer(
                    dataset: DatasetID(dataset), from: PartyID(from), to: PartyID(to), records: count.count,
                    price: price), claim)
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
