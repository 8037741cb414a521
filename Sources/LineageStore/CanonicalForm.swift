import Crypto
import LineageCore

/// What an entry's hash covers: its canonical form, one JSON object (see `CanonicalJSON`) holding everything the
/// entry says, and nothing that depends on how it is stored.
///
/// For an addition: `{"at","by","digest"?,"format":1,"items":[...],"kind":"add","origin","sequence"}`, with the
/// items sorted by id, each an object named after the evidence format (`"type":"transfer"`, its attributes, its
/// `cites` with their `quotes` in document order). For a retraction: `{"at","by","claim","format":1,
/// "kind":"retract","reason","sequence"}`. Optional attributes that are absent are left out. `docs/store.md`
/// gives every key.
///
/// The form is computed from model values: at `add` from the items read, at `verify` from the rows read back.
/// An edit to any row therefore changes what `verify` computes, and no longer matches the recorded hash.
///
/// Format 2 is format 1 plus the keys of evidence format 1.1 (`docs/store.md`): `basis`, `payment`, `within`, an
/// event's `kind`, `party` and `dataset` lists, `same-as`, `approx`, `notes`, a dataset's `aliases` and an `owner`
/// list. An entry whose items use none of them has format 1 and exactly the bytes an older build hashed, so every
/// old entry verifies as before; an entry that uses any of them has format 2.
struct CanonicalForm {
    /// The version of these rules for entries with no 1.1 content; a change to them is a new format, never a
    /// silent change to this one.
    static let format: UInt64 = 1
    /// The version for entries with 1.1 content.
    static let formatWithDetails: UInt64 = 2

    let sequence: Int
    let recordedBy: String
    let recordedAt: String
    let change: Change

    enum Change {
        case addition(origin: String, digest: String?, items: EvidenceCase)
        case retraction(claim: ClaimID, reason: String)
        /// A record file registered (format 3, `CanonicalForm+Records.swift`).
        case registration(Registration)
        /// The record key's check value recorded (format 3).
        case recordKey(check: String)
    }

    /// The format number of this entry: 2 when its items use anything of evidence format 1.1, else 1.
    var formatNumber: UInt64 {
        switch change {
        case .registration, .recordKey: return Self.formatWithRecords
        case .addition(_, _, let items) where Self.usesDetails(items): return Self.formatWithDetails
        case .addition, .retraction: return Self.format
        }
    }

    var json: CanonicalJSON {
        var members: [String: CanonicalJSON] = [
            "format": .integer(formatNumber),
            "sequence": .integer(UInt64(sequence)),
            "by": .string(recordedBy),
            "at": .string(recordedAt),
        ]
        switch change {
        case .addition(let origin, let digest, let items):
            members["kind"] = .string("add")
            members["origin"] = .string(origin)
            if let digest { members["digest"] = .string(digest) }
            members["items"] = .array(Self.items(items))
        case .retraction(let claim, let reason):
            members["kind"] = .string("retract")
            members["claim"] = .string(claim.rawValue)
            members["reason"] = .string(reason)
        case .registration(let registration):
            members["kind"] = .string("register")
            members.merge(registration.members) { _, new in new }
        case .recordKey(let check):
            members["kind"] = .string("key")
            members["check"] = .string(check)
        }
        return .object(members)
    }

    /// The hash that follows `previous` (hex) for this entry: SHA-256 of the 32 bytes of `previous` followed by
    /// the canonical form's bytes, in lowercase hex.
    func hash(after previous: String) -> String {
        var hasher = SHA256()
        hasher.update(data: Self.bytes(fromHex: previous))
        hasher.update(data: json.bytes)
        return hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The previous hash of the first entry.
    static let genesis = String(repeating: "0", count: 64)

    /// The bytes of a hex string; a malformed one (an edited row) yields bytes that match nothing.
    private static func bytes(fromHex hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return Array(hex.utf8) }
        return stride(from: 0, to: digits.count, by: 2).map { index in
            UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) ?? 0
        }
    }

    // MARK: Items

    /// Every item of `evidence`, sorted by id (ids are unique across kinds, so the order is total).
    private static func items(_ evidence: EvidenceCase) -> [CanonicalJSON] {
        var keyed: [(id: String, json: CanonicalJSON)] = []
        keyed.reserveCapacity(evidence.count)
        for source in evidence.sources.values { keyed.append((source.id.rawValue, json(source))) }
        for party in evidence.parties.values { keyed.append((party.id.rawValue, json(party))) }
        for dataset in evidence.datasets.values { keyed.append((dataset.id.rawValue, json(dataset))) }
        for claim in evidence.claims.values { keyed.append((claim.id.rawValue, json(claim))) }
        keyed.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        return keyed.map(\.json)
    }

    private static func json(_ source: Source) -> CanonicalJSON {
        .members([
            "type": .string("source"), "id": .string(source.id.rawValue), "title": .string(source.title),
            "date": .string(source.date.description), "publisher": source.publisher.map(CanonicalJSON.string),
            "ref": source.reference.map(CanonicalJSON.string),
            "reliability": .string(source.reliability.rawValue), "lang": source.language.map(CanonicalJSON.string),
            "notes": notes(source.notes),
        ])
    }

    private static func json(_ party: Party) -> CanonicalJSON {
        .members([
            "type": .string("party"), "id": .string(party.id.rawValue), "kind": .string(party.kind.rawValue),
            "name": .string(party.name), "identified": .boolean(party.isIdentified),
            "location": party.whereabouts.map(CanonicalJSON.string),
            "aliases": .array(party.aliases.map { text($0.text, language: $0.language) }),
            "notes": notes(party.notes),
        ])
    }

    private static func json(_ dataset: Dataset) -> CanonicalJSON {
        // One owner is a string, as in format 1; several (1.1) are an array.
        let owner: CanonicalJSON? =
            dataset.owners.count > 1
            ? .array(dataset.owners.map { .string($0.rawValue) }) : dataset.owner.map { .string($0.rawValue) }
        return .members([
            "type": .string("dataset"), "id": .string(dataset.id.rawValue), "kind": .string(dataset.kind.rawValue),
            "name": .string(dataset.name), "owner": owner,
            "records": dataset.records.map { .integer($0.value) },
            "unit": dataset.records.map { .string($0.unit.rawValue) },
            "approx": (dataset.records?.isApproximate ?? false) ? .boolean(true) : nil,
            "fields": .array(dataset.fields.map(CanonicalJSON.string)),
            "aliases": dataset.aliases.isEmpty ? nil : .array(dataset.aliases.map { text($0.text, language: $0.language) }),
            "notes": notes(dataset.notes),
        ])
    }

    /// `notes`, present only when there are any (format 2).
    private static func notes(_ notes: [Note]) -> CanonicalJSON? {
        notes.isEmpty ? nil : .array(notes.map { text($0.text, language: $0.language) })
    }

    /// Whether any item uses something of evidence format 1.1, and so needs format 2.
    static func usesDetails(_ evidence: EvidenceCase) -> Bool {
        if evidence.sources.values.contains(where: { !$0.notes.isEmpty }) { return true }
        if evidence.parties.values.contains(where: { !$0.notes.isEmpty }) { return true }
        if evidence.datasets.values.contains(where: {
            $0.owners.count > 1 || !$0.aliases.isEmpty || !$0.notes.isEmpty || ($0.records?.isApproximate ?? false)
        }) {
            return true
        }
        return evidence.claims.values.contains { claim in
            switch claim.kind {
            case .containment, .event, .identity: return true
            default:
                return claim.basis != nil || claim.payment != nil || !claim.notes.isEmpty
                    || (claim.records?.isApproximate ?? false)
            }
        }
    }

    /// A claim: its kind's attributes as the format describes them (`FormatElement`), each under its name in
    /// the format, with id lists as arrays, counts as integers and `approx` as `true`; `unit` always goes with
    /// `records`. Then its cites, notes, basis and payment.
    private static func json(_ claim: Claim) -> CanonicalJSON {
        var members: [String: CanonicalJSON] = [
            "type": .string(claim.kind.rawValue),
            "cites": .array(claim.cites.map(json)),
        ]
        for attribute in FormatElement(claim).attributes {
            switch attribute.kind {
            case .identifierList:
                members[attribute.name] = .array(attribute.value.split(separator: " ").map { .string(String($0)) })
            case .count:
                // The format element writes a count with String(UInt64), so it always reads back.
                members[attribute.name] = .integer(UInt64(attribute.value)!)
                if members["unit"] == nil { members["unit"] = .string(CountUnit.records.rawValue) }
            case .flag:
                members[attribute.name] = .boolean(attribute.value == "true")
            case .identifier, .text, .language, .name, .amount, .currency, .typed:
                members[attribute.name] = .string(attribute.value)
            }
        }
        members["notes"] = notes(claim.notes)
        if let basis = claim.basis { members["basis"] = .string(basis.rawValue) }
        if let payment = claim.payment {
            members["payment"] = .members([
                "amount": .string(payment.amount), "currency": .string(payment.currency),
                "approx": .boolean(payment.isApproximate),
            ])
        }
        return .object(members)
    }

    private static func json(_ cite: Cite) -> CanonicalJSON {
        .members([
            "source": .string(cite.source.rawValue), "credibility": .integer(UInt64(cite.credibility.rawValue)),
            "stance": .string(cite.stance.rawValue), "page": cite.page.map(CanonicalJSON.string),
            "quotes": .array(cite.quotes.map { text($0.text, language: $0.language) }),
        ])
    }

    /// An alias or quote: `{"lang"?,"text"}`.
    private static func text(_ text: String, language: String?) -> CanonicalJSON {
        .members(["text": .string(text), "lang": language.map(CanonicalJSON.string)])
    }
}
