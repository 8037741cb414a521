import LineageCore
import LineageProv

/// What `lineage import --json` prints: the document's notation, what was written, every note, and the account of
/// every record (the item it went into, or that it was reported), so a reader can check nothing was lost.
/// Optional values are written as `null`, so every object of a kind has the same keys.
struct ImportReport: Encodable {
    var document: String
    var format: String?
    var written: Written?
    var errors: [String]
    var notes: [NoteJSON]
    var records: [RecordJSON]

    struct Written: Encodable {
        var sources: Int
        var parties: Int
        var datasets: Int
        var claims: Int

        init(_ evidence: EvidenceCase) {
            sources = evidence.sources.count
            parties = evidence.parties.count
            datasets = evidence.datasets.count
            claims = evidence.claims.count
        }
    }

    struct NoteJSON: Encodable {
        var kind: String
        var record: String?
        var part: String?
        var message: String

        enum CodingKeys: String, CodingKey { case kind, record, part, message }

        init(_ note: ProvImport.Note) {
            kind = note.kind.rawValue
            record = note.record
            part = note.part
            message = note.message
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(record, forKey: .record)
            try container.encode(part, forKey: .part)
            try container.encode(message, forKey: .message)
        }
    }

    struct RecordJSON: Encodable {
        var kind: String
        var id: String?
        var arguments: [String: String]
        var signature: String
        var item: String?
        var kept: [String]
        var reported: [String]

        enum CodingKeys: String, CodingKey { case kind, id, arguments, signature, item, kept, reported }

        init(_ account: ProvImport.RecordAccount) {
            kind = account.kind.rawValue
            id = account.id?.description
            arguments = account.arguments.mapValues(\.description)
            signature = account.signature
            item = account.item
            kept = account.keptAttributes.map(\.description)
            reported = account.reportedAttributes.map(\.description)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(id, forKey: .id)
            try container.encode(arguments, forKey: .arguments)
            try container.encode(signature, forKey: .signature)
            try container.encode(item, forKey: .item)
            try container.encode(kept, forKey: .kept)
            try container.encode(reported, forKey: .reported)
        }
    }

    enum CodingKeys: String, CodingKey { case document, format, written, errors, notes, records }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(format, forKey: .format)
        try container.encode(written, forKey: .written)
        try container.encode(errors, forKey: .errors)
        try container.encode(notes, forKey: .notes)
        try container.encode(records, forKey: .records)
    }
}
