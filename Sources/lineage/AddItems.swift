import ArgumentParser
import LineageCore

extension Lineage.Add {
    /// `lineage add <case> source`: one source from the command line.
    struct Source: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add one source: a document that says something, with its date and reliability A-F.")

        @OptionGroup var target: ItemTarget

        @Option(help: "The document's title.")
        var title: String

        @Option(
            help: ArgumentHelp("When it was published or obtained (EDTF): knowledge time.", valueName: "date"),
            transform: { text in try EventTime(parsing: text) })
        var date: EventTime

        @Option(help: "How reliable the source is in general: A (completely) to E (unreliable), F cannot be judged.")
        var reliability: Reliability

        @Option(help: "Who published it.")
        var publisher: String?

        @Option(help: "A URL, file name or exhibit number.")
        var ref: String?

        @Option(help: ArgumentHelp("The document's language (BCP 47, such as ja).", valueName: "language"))
        var lang: String?

        func run() throws {
            try target.add("source") { evidence in
                _ = evidence.insert(
                    LineageCore.Source(
                        id: SourceID(target.id), title: title, date: date, publisher: publisher, reference: ref,
                        reliability: reliability, language: lang))
            }
        }
    }

    /// `lineage add <case> party`: one party from the command line.
    struct Party: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add one party: an organization or a person.")

        @OptionGroup var target: ItemTarget

        @Option(help: "organization or person.")
        var kind: LineageCore.Party.Kind

        @Option(help: "The party's name.")
        var name: String

        @Flag(help: "The party is known to exist but not yet named.")
        var unidentified = false

        @Option(help: "Where the party is, such as Fussa, Tokyo.")
        var location: String?

        @Option(help: ArgumentHelp("Another spelling of the name. Repeatable.", valueName: "name"))
        var alias: [String] = []

        @Option(help: ArgumentHelp("The language of the aliases (BCP 47, such as ja).", valueName: "language"))
        var aliasLang: String?

        func run() throws {
            try target.add("party") { evidence in
                _ = evidence.insert(
                    LineageCore.Party(
                        id: PartyID(target.id), kind: kind, name: name, isIdentified: !unidentified,
                        whereabouts: location, aliases: alias.map { LineageCore.Party.Alias($0, language: aliasLang) }))
            }
        }
    }

    /// `lineage add <case> dataset`: one dataset from the command line.
    struct Dataset: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add one dataset: a database, a batch extracted from one, or a list a party compiled or sold.")

        @OptionGroup var target: ItemTarget

        @Option(help: "database, batch or list.")
        var kind: LineageCore.Dataset.Kind

        @Option(help: "The dataset's name.")
        var name: String

        @Option(
            help: ArgumentHelp(
                "A party whose customers the records describe. Repeat for a pooled store (format 1.1).",
                valueName: "party"))
        var owner: [String] = []

        @OptionGroup var count: CountOptions

        @Option(help: ArgumentHelp("A data item present, such as postal-code. Repeatable.", valueName: "name"))
        var field: [String] = []

        func run() throws {
            try target.add("dataset") { evidence in
                _ = evidence.insert(
                    LineageCore.Dataset(
                        id: DatasetID(target.id), kind: kind, name: name, owners: owner.map { PartyID($0) },
                        records: count.count, fields: field))
            }
        }
    }
}
