/// Something a source says happened to data or between parties, with the cites that back it.
public struct Claim: Hashable, Sendable {
    public var id: ClaimID
    /// When it happened: event time.
    public var when: EventTime
    public var action: Action
    public var cites: [Cite]
    public var location: SourceLocation?

    public init(id: ClaimID, when: EventTime, action: Action, cites: [Cite], location: SourceLocation? = nil) {
        self.id = id
        self.when = when
        self.action = action
        self.cites = cites
        self.location = location
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
    }

    public var kind: Kind {
        switch action {
        case .extraction: .extraction
        case .transfer: .transfer
        case .derivation: .derivation
        case .use: .use
        case .holding: .holding
        case .deletion: .deletion
        case .delegation: .delegation
        }
    }

    /// The dataset the claim is about, if any (delegations have none).
    public var dataset: DatasetID? {
        switch action {
        case .extraction(let dataset, _, _, _, _), .transfer(let dataset, _, _, _, _),
            .derivation(let dataset, _, _, _, _), .use(let dataset, _, _, _),
            .holding(let dataset, _), .deletion(let dataset, _):
            dataset
        case .delegation:
            nil
        }
    }

    /// The count the claim states, if any.
    public var records: RecordCount? {
        switch action {
        case .extraction(_, _, _, _, let records), .transfer(_, _, _, let records, _),
            .derivation(_, _, _, _, let records), .use(_, _, _, let records):
            records
        case .holding, .deletion, .delegation:
            nil
        }
    }

    /// The party that ends up holding the dataset because of this claim: the extractor, the receiver, the
    /// deriver, the user or the known holder. Nil for deletions and delegations.
    public var holder: PartyID? {
        switch action {
        case .extraction(_, _, let by, _, _), .derivation(_, _, let by, _, _), .use(_, let by, _, _): by
        case .transfer(_, _, let to, _, _): to
        case .holding(_, let party): party
        case .deletion, .delegation: nil
        }
    }

    /// Every party the claim names, in the order the format lists its attributes.
    public var parties: [PartyID] {
        switch action {
        case .extraction(_, _, let by, _, _), .derivation(_, _, let by, _, _), .use(_, let by, _, _): [by]
        case .transfer(_, let from, let to, _, _): [from, to]
        case .holding(_, let party), .deletion(_, let party): [party]
        case .delegation(let agent, let principal, _): [agent, principal]
        }
    }

    /// The cites that support the claim.
    public var supportingCites: [Cite] { cites.filter { $0.stance == .supports } }

    /// The cites that dispute the claim.
    public var disputingCites: [Cite] { cites.filter { $0.stance == .disputes } }

    /// A claim with a disputing cite is disputed, and shows both sides.
    public var isDisputed: Bool { cites.contains { $0.stance == .disputes } }
}
