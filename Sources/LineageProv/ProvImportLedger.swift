/// The record of which parts of a PROV document an import used, so that everything else can be reported: the
/// guarantee that nothing is lost silently is kept here, once, rather than by each mapping rule remembering to
/// say what it skipped.
struct ProvImportLedger {
    private let records: [ProvRecord]
    /// The item each used record went into.
    private var items: [Int: String] = [:]
    private var keptAttributes: Set<Part> = []
    private var keptParts: Set<NamedPart> = []
    /// Why a record that was not used was not, when a rule knows better than "no counterpart".
    private var reasons: [Int: String] = [:]
    /// What a used attribute lost on the way (a label's language, say).
    private var losses: [Part: String] = [:]

    private struct Part: Hashable {
        var record: Int
        var attribute: Int
    }

    private struct NamedPart: Hashable {
        var record: Int
        var name: String
    }

    init(records: [ProvRecord]) {
        self.records = records
    }

    /// Marks record `index` as mapped into `item`, with the formal arguments the mapping read (the others present
    /// are reported).
    mutating func use(_ index: Int, into item: String, arguments: [String] = [], times: [String] = []) {
        items[index] = items[index] ?? item
        for argument in arguments { keptParts.insert(NamedPart(record: index, name: "argument " + argument)) }
        for time in times { keptParts.insert(NamedPart(record: index, name: "time " + time)) }
    }

    func isUsed(_ index: Int) -> Bool { items[index] != nil }

    mutating func keep(_ index: Int, attribute: Int, losing loss: String? = nil) {
        keptAttributes.insert(Part(record: index, attribute: attribute))
        if let loss { losses[Part(record: index, attribute: attribute)] = loss }
    }

    func isKept(_ index: Int, attribute: Int) -> Bool { keptAttributes.contains(Part(record: index, attribute: attribute)) }

    /// Says why record `index` is not imported, if it ends up not used.
    mutating func explain(_ index: Int, _ reason: String) {
        reasons[index] = reasons[index] ?? reason
    }

    /// A note for every record, argument, time and attribute not used, and the account of every record.
    func report() -> (notes: [ProvImport.Note], accounts: [ProvImport.RecordAccount]) {
        var notes: [ProvImport.Note] = []
        var accounts: [ProvImport.RecordAccount] = []
        for (index, record) in records.enumerated() {
            let signature = record.signature
            var account = ProvImport.RecordAccount(
                kind: record.kind, id: record.id, arguments: record.arguments, signature: signature, item: items[index],
                keptAttributes: [], reportedAttributes: [])
            guard let item = items[index] else {
                let attributes = record.attributes.isEmpty ? "" : " (with its \(record.attributes.count) attribute(s))"
                notes.append(
                    ProvImport.Note(
                        .unmapped, record: signature,
                        "not imported\(attributes); \(reasons[index] ?? "the model has no counterpart")"))
                account.reportedAttributes = record.attributes.map(\.name)
                accounts.append(account)
                continue
            }
            for argument in record.kind.arguments where record.arguments[argument] != nil {
                let part = "argument " + argument
                guard !keptParts.contains(NamedPart(record: index, name: part)) else { continue }
                notes.append(
                    ProvImport.Note(
                        .unmapped, record: signature, part: "\(part) \(record.arguments[argument]!)",
                        "not kept in \(item)"))
            }
            for time in record.kind.timeArguments.filter({ record.times[$0] != nil }) {
                let part = "time " + time
                guard !keptParts.contains(NamedPart(record: index, name: part)) else { continue }
                notes.append(
                    ProvImport.Note(.unmapped, record: signature, part: "\(time) \(record.times[time]!)", "not kept in \(item)"))
            }
            for (offset, attribute) in record.attributes.enumerated() {
                let part = Part(record: index, attribute: offset)
                let described = "attribute \(attribute.name)=\(Self.describe(attribute.value))"
                if keptAttributes.contains(part) {
                    account.keptAttributes.append(attribute.name)
                    if let loss = losses[part] {
                        notes.append(ProvImport.Note(.unmapped, record: signature, part: described, loss))
                    }
                } else {
                    account.reportedAttributes.append(attribute.name)
                    notes.append(ProvImport.Note(.unmapped, record: signature, part: described, "not kept in \(item)"))
                }
            }
            accounts.append(account)
        }
        return (notes, accounts)
    }

    /// A value as PROV-N would write it, cut short when long, so a note stays one readable line.
    static func describe(_ value: ProvValue) -> String {
        let text = ProvNWriter.literal(value)
        return text.count > 80 ? String(text.prefix(77)) + "..." : text
    }
}
