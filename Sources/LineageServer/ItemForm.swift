import Foundation
import LineageCore

/// A form of the page that adds one item, read into the same `LineageCore` value `lineage add` builds from its
/// options, with the same option names (`title`, `date`, `by-party`, `cite`, ...) and the command line's messages
/// for a missing or bad value. What the item must satisfy is checked afterwards by the code every file meets.
///
/// One cite per claim: `cite`, `credibility` and `stance`, with `quote` (one a line), `quote-lang` and `page`; a
/// claim's notes one a line in `note`, with `note-lang`. Repeatable options (`owner`, an event's `party` and
/// `dataset`) take one value a line.
struct ItemForm {
    private var values: [String: String] = [:]

    /// The kinds of item the page adds, by the name `lineage add` gives them.
    static let kinds = ["source", "party", "dataset"] + Claim.Kind.allCases.map(\.rawValue)

    /// - Parameter pairs: the decoded fields; empty ones count as absent.
    init(_ pairs: [(String, String)]) {
        for (name, value) in pairs {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { values[name] = trimmed }
        }
    }

    subscript(name: String) -> String? { values[name] }

    /// The item the form describes, in a case of its own.
    func item() throws(BadRequest) -> (kind: String, id: String, evidence: EvidenceCase) {
        let kind = try required("item", valueName: "kind")
        let id = try required("id", valueName: "id")
        var evidence = EvidenceCase()
        switch kind {
        case "source":
            _ = evidence.insert(
                Source(
                    id: SourceID(id), title: try required("title"), date: try time("date"),
                    publisher: values["publisher"], reference: values["ref"],
                    reliability: try choice("reliability", Reliability.init(rawValue:)), language: values["lang"]))
        case "party":
            _ = evidence.insert(
                Party(
                    id: PartyID(id), kind: try choice("kind", Party.Kind.init(rawValue:)), name: try required("name"),
                    isIdentified: values["unidentified"] == nil, whereabouts: values["location"],
                    aliases: lines("alias").map { Party.Alias($0, language: values["alias-lang"]) }))
        case "dataset":
            _ = evidence.insert(
                Dataset(
                    id: DatasetID(id), kind: try choice("kind", Dataset.Kind.init(rawValue:)), name: try required("name"),
                    owners: lines("owner").map { PartyID($0) }, records: try count(),
                    fields: lines("field")))
        default:
            guard let claimKind = Claim.Kind(rawValue: kind) else { throw invalid(kind, "item", "kind") }
            _ = evidence.insert(
                Claim(
                    id: ClaimID(id), when: try time("when"), action: try action(claimKind), cites: [try cite()],
                    basis: claimKind == .transfer && values["basis"] != nil
                        ? try choice("basis", Claim.Basis.init(rawValue:)) : nil,
                    payment: claimKind == .transfer ? try payment() : nil,
                    notes: lines("note").map { Note($0, language: values["note-lang"]) }))
        }
        return (kind, id, evidence)
    }

    private func action(_ kind: Claim.Kind) throws(BadRequest) -> Claim.Action {
        switch kind {
        case .extraction:
            .extraction(
                dataset: DatasetID(try required("dataset")), from: DatasetID(try required("from", valueName: "dataset")),
                by: PartyID(try required("by-party", valueName: "party")), medium: values["medium"], records: try count())
        case .transfer:
            .transfer(
                dataset: DatasetID(try required("dataset")), from: PartyID(try required("from", valueName: "party")),
                to: PartyID(try required("to", valueName: "party")), records: try count(), price: values["price"])
        case .derivation:
            .derivation(
                dataset: DatasetID(try required("dataset")),
                from: try required("from", valueName: "dataset").split(separator: ",").map {
                    DatasetID($0.trimmingCharacters(in: .whitespaces))
                },
                by: PartyID(try required("by-party", valueName: "party")),
                operation: try choice("operation", Claim.Operation.init(rawValue:)), records: try count())
        case .use:
            .use(
                dataset: DatasetID(try required("dataset")), by: PartyID(try required("by-party", valueName: "party")),
                purpose: values["purpose"], records: try count())
        case .holding:
            .holding(dataset: DatasetID(try required("dataset")), party: PartyID(try required("party")))
        case .deletion:
            .deletion(dataset: DatasetID(try required("dataset")), party: PartyID(try required("party")))
        case .delegation:
            .delegation(
                agent: PartyID(try required("agent", valueName: "party")),
                principal: PartyID(try required("principal", valueName: "party")),
                relation: try choice("relation", Claim.Relation.init(rawValue:)))
        case .containment:
            .containment(
                dataset: DatasetID(try required("dataset")), within: DatasetID(try required("within", valueName: "dataset")),
                records: try count())
        case .event:
            .event(
                kind: try choice("kind", Claim.EventKind.init(rawValue:)), parties: lines("party").map { PartyID($0) },
                datasets: lines("dataset").map { DatasetID($0) })
        case .identity:
            .identity(
                party: PartyID(try required("party")), sameAs: PartyID(try required("same-as", valueName: "party")))
        }
    }

    /// A transfer's `price-amount` and `price-currency`, which go together, and `price-approx`.
    private func payment() throws(BadRequest) -> Price? {
        switch (values["price-amount"], values["price-currency"]) {
        case (nil, nil):
            return nil
        case (let amount?, let currency?):
            return Price(amount: amount, currency: currency, isApproximate: values["price-approx"] != nil)
        default:
            throw BadRequest("--price-amount and --price-currency go together: a price needs its currency.")
        }
    }

    private func cite() throws(BadRequest) -> Cite {
        let source = try required("cite", valueName: "source")
        let credibility = try choice("credibility") { Int($0).flatMap(Credibility.init(rawValue:)) }
        let stance = values["stance"] == nil ? .supports : try choice("stance", Cite.Stance.init(rawValue:))
        return Cite(
            source: SourceID(source), credibility: credibility, stance: stance, page: values["page"],
            quotes: lines("quote").map { Cite.Quote($0, language: values["quote-lang"]) })
    }

    private func count() throws(BadRequest) -> RecordCount? {
        guard let text = values["records"] else { return nil }
        guard let value = UInt64(text) else { throw invalid(text, "records", "count") }
        let unit = values["unit"] == nil ? CountUnit.records : try choice("unit", CountUnit.init(rawValue:))
        return RecordCount(value, unit: unit, approx: values["approx"] != nil)
    }

    private func time(_ name: String) throws(BadRequest) -> EventTime {
        let text = try required(name, valueName: "date")
        guard let time = try? EventTime(parsing: text) else { throw invalid(text, name, "date") }
        return time
    }

    private func choice<T>(_ name: String, _ make: (String) -> T?) throws(BadRequest) -> T {
        let text = try required(name)
        guard let value = make(text) else { throw invalid(text, name, name) }
        return value
    }

    private func required(_ name: String, valueName: String? = nil) throws(BadRequest) -> String {
        guard let value = values[name] else {
            throw BadRequest("Missing expected argument '--\(name) <\(valueName ?? name)>'")
        }
        return value
    }

    /// A repeatable option, given one value a line (or, for fields, also separated by commas).
    private func lines(_ name: String) -> [String] {
        guard let text = values[name] else { return [] }
        let separators: (Character) -> Bool = name == "field" ? { $0.isNewline || $0 == "," } : { $0.isNewline }
        return text.split(whereSeparator: separators).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    private func invalid(_ value: String, _ name: String, _ valueName: String) -> BadRequest {
        BadRequest("The value '\(value)' is invalid for '--\(name) <\(valueName)>'")
    }
}
