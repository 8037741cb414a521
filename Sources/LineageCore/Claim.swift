/// Something a source says happened to data or between parties, with the cites that back it.
///
/// A claim is a value, but its fields live in one shared, copy-on-write box: a case keeps claims in a dictionary,
/// and with the fields inline every slot of it was 576 bytes, half of them empty after the table's last doubling
/// (71% of `check`'s peak heap at 100,000 claims; 1.2 GB at a million). A slot now holds one reference, and a
/// copy shares the box until one side changes a field.
public struct Claim: Hashable, Sendable {
    /// The claim's id, unique among every item of the case.
    public var id: ClaimID {
        get { box.fields.id }
        set { uniqueBox().fields.id = newValue }
    }
    /// When it happened: event time.
    public var when: EventTime {
        get { box.fields.when }
        set { uniqueBox().fields.when = newValue }
    }
    /// What the claim says happened, with the parties and datasets it names.
    public var action: Action {
        get { box.fields.action }
        set { uniqueBox().fields.action = newValue }
    }
    /// The sources that support or dispute it; at least one, or `check()` reports a missing cite.
    public var cites: [Cite] {
        get { box.fields.cites }
        set { uniqueBox().fields.cites = newValue }
    }
    /// Why a transfer's data moved (format 1.1 `basis`); nil when the evidence does not say, which means
    /// `unknown`. Only transfers have one.
    public var basis: Basis? {
        get { box.fields.basis }
        set { uniqueBox().fields.basis = newValue }
    }
    /// What was paid for a transfer, as a number (format 1.1 `<price>`), beside the version 1 free-text `price`.
    public var payment: Price? {
        get { box.fields.rare?.value.payment }
        set {
            let notes = notes
            uniqueBox().fields.setRare(payment: newValue, notes: notes)
        }
    }
    /// The investigator's reasoning (format 1.1 `<note>`), in document order.
    public var notes: [Note] {
        get { box.fields.rare?.value.notes ?? [] }
        set {
            let payment = payment
            uniqueBox().fields.setRare(payment: payment, notes: newValue)
        }
    }
    /// Where the claim was read, for diagnostics; nil for a claim made in code.
    public var location: SourceLocation? {
        get { box.fields.location }
        set { uniqueBox().fields.location = newValue }
    }

    private var box: Box

    /// - Parameters:
    ///   - id: unique among every item of the case.
    ///   - when: when it happened (event time).
    ///   - action: what happened.
    ///   - cites: the sources that support or dispute it.
    ///   - basis: why a transfer's data moved; nil when the evidence does not say.
    ///   - payment: what was paid for a transfer.
    ///   - notes: the investigator's reasoning.
    ///   - location: where the claim was read, for diagnostics.
    public init(
        id: ClaimID, when: EventTime, action: Action, cites: [Cite], basis: Basis? = nil, payment: Price? = nil,
        notes: [Note] = [], location: SourceLocation? = nil
    ) {
        var fields = Fields(
            id: id, action: action, basis: basis, when: when, cites: Self.trimmed(cites), location: location)
        fields.setRare(payment: payment, notes: notes)
        box = Box(fields)
    }

    public static func == (left: Claim, right: Claim) -> Bool {
        left.box === right.box || left.box.fields == right.box.fields
    }

    public func hash(into hasher: inout Hasher) {
        box.fields.hash(into: &hasher)
    }

    /// `cites` in a buffer no larger than they need. A list built by appending doubles its buffer, so three cites
    /// had room for four (80 bytes more a claim); a claim keeps its cites for as long as the case lives, so the
    /// one copy here is worth it. Lists without spare room are kept as they are.
    private static func trimmed(_ cites: [Cite]) -> [Cite] {
        cites.capacity > cites.count ? cites.withUnsafeBufferPointer { Array($0) } : cites
    }

    /// The bytes of a claim's fields in its box (without the object header), which `ClaimStorageTests` pins.
    package static var storedFieldsSize: Int { MemoryLayout<Fields>.size }

    /// The box, copied first when another claim shares it, so that a change reaches this claim only.
    private mutating func uniqueBox() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        return box
    }
}

extension Claim {
    /// A claim's fields, stored together in its box, in an order that leaves the least padding (Swift lays a
    /// struct out in declaration order). The payment and the notes, which few claims have, are held out of line
    /// together: inline, an optional `Price` alone took 40 of every claim's bytes. 152 bytes of fields make a
    /// 168-byte object, which malloc serves from its 176-byte size class (`ClaimStorageTests` pins the size).
    private struct Fields: Hashable {
        var id: ClaimID
        var action: Action
        var basis: Basis?
        var when: EventTime
        var cites: [Cite]
        var location: SourceLocation?
        /// Nil when the claim has neither a payment nor notes, so that equal claims have equal fields.
        private(set) var rare: Indirect<Rare>?

        init(id: ClaimID, action: Action, basis: Basis?, when: EventTime, cites: [Cite], location: SourceLocation?) {
            self.id = id
            self.action = action
            self.basis = basis
            self.when = when
            self.cites = cites
            self.location = location
        }

        mutating func setRare(payment: Price?, notes: [Note]) {
            rare = payment == nil && notes.isEmpty ? nil : Indirect(Rare(payment: payment, notes: notes))
        }
    }

    /// The fields few claims have.
    private struct Rare: Hashable, Sendable {
        var payment: Price?
        var notes: [Note]
    }

    /// A value stored out of line, compared and hashed by its content; immutable, so sharing it keeps value
    /// semantics.
    private enum Indirect<Value: Hashable & Sendable>: Hashable, Sendable {
        indirect case value(Value)

        init(_ value: Value) { self = .value(value) }

        var value: Value {
            switch self { case .value(let value): value }
        }
    }

    /// The shared storage of claims copied from one another. Its fields change only through `uniqueBox()`, when
    /// no other claim holds it, which is what makes sharing it between threads safe: the compiler cannot see that
    /// rule, hence `@unchecked`, as in every copy-on-write type.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }
}

extension Claim {
    /// What a claim says happened. Each case is one element of the evidence format.
    public enum Action: Hashable, Sendable {
        /// `by` copied batch `dataset` out of database `from`.
        case extraction(dataset: DatasetID, from: DatasetID, by: PartyID, medium: String?, records: RecordCount?)
        /// A copy of `dataset` passed from `from` to `to` (sale, gift, hand-over).
        case transfer(dataset: DatasetID, from: PartyID, to: PartyID, records: RecordCount?, price: String?)
        /// `by` made `dataset` from the datasets `from`.
        case derivation(
            dataset: DatasetID, from: [DatasetID], by: PartyID, operation: Operation, records: RecordCount?)
        /// `by` used `dataset`, for example for a direct-mail campaign.
        case use(dataset: DatasetID, by: PartyID, purpose: String?, records: RecordCount?)
        /// `party` is known to hold `dataset`; how it got it is unknown (a gap to close).
        case holding(dataset: DatasetID, party: PartyID)
        /// `party` says it destroyed its copy of `dataset`.
        case deletion(dataset: DatasetID, party: PartyID)
        /// `agent` worked for `principal`. This never makes an unauthorised act of the agent one done on the
        /// principal's behalf.
        case delegation(agent: PartyID, principal: PartyID, relation: Relation)
        /// The records of `dataset` were inside `within` during the claim's time (a client's batch inside the
        /// aggregate copy). Whoever gets `within` at a time the containment allows also gets `dataset`; never the
        /// reverse.
        case containment(dataset: DatasetID, within: DatasetID, records: RecordCount?)
        /// Something that happened but moved no data: a complaint, an arrest, a ruling. It concerns `parties`
        /// and `datasets` (either may be empty) and never makes anyone a recipient.
        case event(kind: EventKind, parties: [PartyID], datasets: [DatasetID])
        /// `party` and `sameAs` may be one party under two names.
        case identity(party: PartyID, sameAs: PartyID)
    }

    /// Why data moved in a transfer. `entrustment` (委託): the receiver processes it lawfully on the sender's
    /// behalf, and is a recipient marked *entrusted*.
    public enum Basis: String, Sendable, Hashable, Codable, CaseIterable {
        case sale, gift, entrustment
        case `return` = "return"
        case seizure, unknown
    }

    /// What kind of thing an `<event>` records.
    public enum EventKind: String, Sendable, Hashable, Codable, CaseIterable {
        case complaint, disclosure, investigation, arrest, indictment, judgment
        case regulatorAction = "regulator-action"
        case pressRelease = "press-release"
        case other
    }

    /// How a derived dataset was made from its inputs.
    public enum Operation: String, Sendable, Hashable, Codable, CaseIterable {
        case copy, subset, merge, dedupe, enrich
    }

    /// How an agent worked for a principal.
    public enum Relation: String, Sendable, Hashable, Codable, CaseIterable {
        case employee, contractor, subcontractor, dispatched
    }

    /// The element name of the claim's kind: `transfer`, `derivation`, ...
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case extraction, transfer, derivation, use, holding, deletion, delegation
        case containment, event, identity
    }

    /// The kind of the claim's action, as the element name that writes it.
    public var kind: Kind {
        switch action {
        case .extraction: .extraction
        case .transfer: .transfer
        case .derivation: .derivation
        case .use: .use
        case .holding: .holding
        case .deletion: .deletion
        case .delegation: .delegation
        case .containment: .containment
        case .event: .event
        case .identity: .identity
        }
    }

    /// The dataset the claim is about, if any (delegations, events and identities have none).
    public var dataset: DatasetID? {
        switch action {
        case .extraction(let dataset, _, _, _, _), .transfer(let dataset, _, _, _, _),
            .derivation(let dataset, _, _, _, _), .use(let dataset, _, _, _),
            .holding(let dataset, _), .deletion(let dataset, _), .containment(let dataset, _, _):
            dataset
        case .delegation, .event, .identity:
            nil
        }
    }

    /// The count the claim states, if any.
    public var records: RecordCount? {
        switch action {
        case .extraction(_, _, _, _, let records), .transfer(_, _, _, let records, _),
            .derivation(_, _, _, _, let records), .use(_, _, _, let records), .containment(_, _, let records):
            records
        case .holding, .deletion, .delegation, .event, .identity:
            nil
        }
    }

    /// The party that ends up holding the dataset because of this claim: the extractor, the receiver, the
    /// deriver, the user or the known holder. Nil for deletions, delegations, containments (who holds the part
    /// follows from who holds the whole), events and identities.
    public var holder: PartyID? {
        switch action {
        case .extraction(_, _, let by, _, _), .derivation(_, _, let by, _, _), .use(_, let by, _, _): by
        case .transfer(_, _, let to, _, _): to
        case .holding(_, let party): party
        case .deletion, .delegation, .containment, .event, .identity: nil
        }
    }

    /// Every party the claim names, in the order the format lists its attributes.
    public var parties: [PartyID] {
        switch action {
        case .extraction(_, _, let by, _, _), .derivation(_, _, let by, _, _), .use(_, let by, _, _): [by]
        case .transfer(_, let from, let to, _, _): [from, to]
        case .holding(_, let party), .deletion(_, let party): [party]
        case .delegation(let agent, let principal, _): [agent, principal]
        case .containment: []
        case .event(_, let parties, _): parties
        case .identity(let party, let sameAs): [party, sameAs]
        }
    }

    /// Every dataset the claim names: the one it is about, then those it was made from or is within, or those an
    /// event concerns.
    public var datasetsNamed: [DatasetID] {
        switch action {
        case .extraction(let dataset, let from, _, _, _): [dataset, from]
        case .derivation(let dataset, let from, _, _, _): [dataset] + from
        case .containment(let dataset, let within, _): [dataset, within]
        case .event(_, _, let datasets): datasets
        default: dataset.map { [$0] } ?? []
        }
    }

    /// The transfer's basis as the format defines it: `unknown` when the evidence gives none.
    public var effectiveBasis: Basis { basis ?? .unknown }

    /// The cites that support the claim.
    public var supportingCites: [Cite] { cites.filter { $0.stance == .supports } }

    /// The cites that dispute the claim.
    public var disputingCites: [Cite] { cites.filter { $0.stance == .disputes } }

    /// A claim with a disputing cite is disputed, and shows both sides.
    public var isDisputed: Bool { cites.contains { $0.stance == .disputes } }
}
