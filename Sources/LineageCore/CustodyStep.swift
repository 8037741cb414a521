/// One hop of a custody path: a claim that moved data to a holder, or showed that the holder had it.
public struct CustodyStep: Hashable, Sendable {
    /// How the holder came to hold the data.
    public enum Link: String, Sendable, Hashable, Codable, CaseIterable {
        /// The holder made the dataset: it extracted a batch, or derived a list from its inputs.
        case made
        /// A copy passed to the holder from another party.
        case transfer
        /// The holder is shown to hold the data (by a holding, a use, a sale or a derivation from it), but no claim
        /// says how it got it: a gap in the chain, not a hop anyone saw.
        case held
        /// The holder is shown to hold the data by a claim, and other claims do say how it got it: a
        /// best-supported path may rest on the showing when it is better supported than the explanation.
        case shown
        /// The holder held a dataset the data was inside (a containment): holding the whole, it held the part.
        case contained
    }

    /// How the holder came to hold the data.
    public var link: Link
    /// The claim the hop rests on. For `held`, the claim that shows the holding.
    public var claim: Claim
    /// Who holds the data after this hop.
    public var holder: PartyID
    /// What the holder holds.
    public var dataset: DatasetID
    /// For a transfer, the party it came from.
    public var sender: PartyID?
    /// For a making, the datasets it was made from; for a containment, the whole the data was inside.
    public var inputs: [DatasetID]
    /// The earliest day the holder can have had the data by this path; nil when no date bounds it.
    public var earliest: CalendarDay?
    /// Whether this hop certainly came after the path's previous dated hop, rather than only possibly (their
    /// dates overlap). A `held` step has no date of its own: it is compared through its claim.
    public var isOrderCertain: Bool
    /// The claim's grade (its best support); nil when no supporting source is known.
    public var grade: Grade?
    /// Other claims that state this same hop (same kind, data, sender and holder) and fit the path's time order:
    /// corroboration, listed with it rather than made into paths or routes of their own. A claim left out for
    /// contradicting the time order is never among them.
    public var sameHop: [ClaimID]

    package init(
        link: Link, claim: Claim, holder: PartyID, dataset: DatasetID, sender: PartyID? = nil,
        inputs: [DatasetID] = [], earliest: CalendarDay?, isOrderCertain: Bool, grade: Grade?,
        sameHop: [ClaimID] = []
    ) {
        self.link = link
        self.claim = claim
        self.holder = holder
        self.dataset = dataset
        self.sender = sender
        self.inputs = inputs
        self.earliest = earliest
        self.isOrderCertain = isOrderCertain
        self.grade = grade
        self.sameHop = sameHop
    }

    /// A disputed claim stays in the path, marked.
    public var isDisputed: Bool { claim.isDisputed }

    /// The count this hop's claim states, if any.
    public var records: RecordCount? { claim.records }
}
