/// What an investigator should chase next: where the chain of custody is broken, which parties are unnamed,
/// which claims rest on thin or disputed support, and where sources disagree about the same hop.
public struct Gaps: Hashable, Sendable {
    /// A party shown holding a dataset with no claim explaining how it got it in time: only with explanations that
    /// come certainly after it already held it, or that rest on its own holding (a resale cycle). Never an owner's
    /// database nor what a party made (see `CustodyGraph.unexplainedHoldings()`).
    public struct UnexplainedHolding: Hashable, Sendable {
        /// The party that holds the data.
        public var party: PartyID
        /// The dataset it holds.
        public var dataset: DatasetID
        /// The claims that show the holding (a holding, use, deletion, sale or derivation).
        public var shownBy: [ClaimID]
        /// Claims that would explain the custody but do not in time (too late, or only by a route through the
        /// holding itself); empty when there are none.
        public var lateAcquisitions: [ClaimID]
    }

    /// A party known to exist but not yet named, and the claims naming it.
    public struct UnidentifiedParty: Hashable, Sendable {
        /// The party not yet named.
        public var party: PartyID
        /// The claims that name it, in claim-id order.
        public var claims: [ClaimID]
    }

    /// Claims that state the same hop (the same kind, data, sender or inputs, and holder) but disagree.
    public struct Conflict: Hashable, Sendable {
        /// What the claims of the hop disagree on.
        public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
            /// Counts in the same unit that differ (beyond 10% of the larger when either is "about"): only the
            /// claims counting in that unit are listed.
            case counts
            /// Counts in different units: kept apart, never compared.
            case units
            /// Dates that cannot both be right: they share no day.
            case dates
            /// Prices (`<price>`) in the same currency that differ (beyond 10% when either is "about"); prices in
            /// different currencies are never compared.
            case prices
        }

        /// What they disagree on.
        public var kind: Kind
        /// Every claim of the hop, side by side, in claim-id order.
        public var claims: [Claim]
    }

    /// Parties shown to hold data that no claim explains how they got in time.
    public var unexplainedHoldings: [UnexplainedHolding] = []
    /// Batches and lists no claim makes: where they came from is not in the evidence.
    public var unmadeDatasets: [DatasetID] = []
    /// Parties known to exist but not yet named, with the claims naming them.
    public var unidentifiedParties: [UnidentifiedParty] = []
    /// Claims resting on one source (or on none, when only disputing sources mention them).
    public var singleSource: [Claim] = []
    /// Claims whose every supporting cite cannot be judged: the source's reliability is F or the item's
    /// credibility is 6.
    public var ungradedSupport: [Claim] = []
    /// Claims a source disputes; each shows both sides in its cites.
    public var disputed: [Claim] = []
    /// Hops whose claims disagree on counts, units, dates or prices.
    public var conflicts: [Conflict] = []
    /// Identity claims (`<identity>`) still open: two names that may be one party, which a further source could
    /// settle. Those `--merge-identities` merged are no longer here. In claim-id order.
    public var possibleIdentities: [Claim] = []

    package init() {}

    /// Whether nothing was found.
    public var isEmpty: Bool { self == Gaps() }
}
