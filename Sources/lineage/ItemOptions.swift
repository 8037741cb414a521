import ArgumentParser
import Foundation
import LineageAnswers
import LineageCore
import LineageStore
import LineageXML

/// The case store and id every item added from the command line needs, and the one way such an item is added
/// (`ItemAddition`), so it meets exactly the rules the same item in a file meets.
struct ItemTarget: ParsableArguments {
    @Argument(
        help: ArgumentHelp("The case store (created by lineage init).", valueName: "case"),
        completion: .file(extensions: ["lineage"]))
    var store: String

    @Option(help: "The item's id, unique in the case (letters, digits, - _ .; not starting with a digit).")
    var id: String

    @OptionGroup var recorder: RecorderOption

    /// Adds the one item `build` puts into a case; `noun` names it in messages (`transfer`, `source`).
    func add(_ noun: String, _ build: (inout EvidenceCase) -> Void) throws {
        var evidence = EvidenceCase()
        build(&evidence)
        let outcome = try ItemAddition.add(
            evidence, to: try CaseStore(opening: store), by: recorder.name, origin: "command line")
        for message in outcome.messages { print(message) }
        guard let entry = outcome.entry else {
            print("rejected \(noun) '\(id)'; nothing was added")
            throw ExitCode.failure
        }
        print("added \(noun) '\(id)' (entry \(entry))")
    }
}

/// What every claim has besides its kind's attributes: when, and who says so.
struct ClaimOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "When it happened: an EDTF date or interval (2014-05, 2014-04-21/2014-04-30, ../2014-06, 2014-07~).",
            valueName: "date"),
        transform: { text in try EventTime(parsing: text) })
    var when: EventTime

    @Option(
        help: ArgumentHelp(
            "A source that says so, with its information grade 1-6 (SOURCE:GRADE); SOURCE:GRADE:disputes for a "
                + "source that denies it. Repeat for several.", valueName: "source:grade"))
    var cite: [CiteArgument] = []

    @Option(help: ArgumentHelp("A passage of the first cited source, in its own words. Repeatable.", valueName: "text"))
    var quote: [String] = []

    @Option(help: ArgumentHelp("The language of the quotes (BCP 47, such as ja).", valueName: "language"))
    var quoteLang: String?

    @Option(help: ArgumentHelp("Where in the first cited source (page, paragraph).", valueName: "text"))
    var page: String?

    @Option(help: ArgumentHelp("The investigator's reasoning, kept with the claim. Repeatable.", valueName: "text"))
    var note: [String] = []

    @Option(help: ArgumentHelp("The language of the notes (BCP 47, such as en).", valueName: "language"))
    var noteLang: String?

    /// The notes, in the order given.
    var notes: [Note] { note.map { Note($0, language: noteLang) } }

    func validate() throws {
        guard !cite.isEmpty else {
            throw ValidationError("A claim needs at least one --cite SOURCE:GRADE: every claim needs a source.")
        }
    }

    /// The cites, the quotes and page going with the first.
    var cites: [Cite] {
        var cites = cite.map { Cite(source: $0.source, credibility: $0.credibility, stance: $0.stance) }
        cites[0].page = page
        cites[0].quotes = quote.map { Cite.Quote($0, language: quoteLang) }
        return cites
    }
}

/// A count with its unit: `--records 2573068 --unit households`.
struct CountOptions: ParsableArguments {
    @Option(help: ArgumentHelp("How many records the source states.", valueName: "count"))
    var records: UInt64?

    @Option(help: "What the count counts: records, households or persons.")
    var unit: CountUnit = .records

    @Flag(help: "The source gives the count as \"about\" (約, 약): conflicts allow 10% either way.")
    var approx = false

    var count: RecordCount? { records.map { RecordCount($0, unit: unit, approx: approx) } }
}

/// `--cite s-tsuhan:2` or `--cite s-denial:5:disputes`.
struct CiteArgument: ExpressibleByArgument {
    let source: SourceID
    let credibility: Credibility
    let stance: Cite.Stance

    init?(argument: String) {
        let parts = argument.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (2...3).contains(parts.count), !parts[0].isEmpty, let number = Int(parts[1]),
            let credibility = Credibility(rawValue: number)
        else { return nil }
        let stance = parts.count == 3 ? Cite.Stance(rawValue: parts[2]) : .supports
        guard let stance else { return nil }
        self.source = SourceID(parts[0])
        self.credibility = credibility
        self.stance = stance
    }
}
