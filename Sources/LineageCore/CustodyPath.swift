/// A chain of custody: the hops by which data went from a dataset to a holder, in time order.
///
/// Every path respects time: there are days, one within each hop's event time, that never go backwards. Where
/// the dates overlap, the order is only possible, and the path says so.
public struct CustodyPath: Hashable, Sendable {
    /// Where a path begins.
    public enum Origin: String, Sendable, Hashable, Codable, CaseIterable {
        /// The dataset a `recipients(of:)` query asked about.
        case asked
        /// A database: a system of record, where leaked data begins.
        case database
        /// A batch or list no claim makes: how it came to exist is a gap in the evidence.
        case unknownMaking = "unknown-making"
    }

    /// The dataset the path begins at.
    public var start: DatasetID
    /// What kind of start it is: the asked dataset, a database, or a gap.
    public var origin: Origin
    /// The hops, in time order; empty when the holding is the dataset the path starts at.
    public var steps: [CustodyStep]

    package init(start: DatasetID, origin: Origin, steps: [CustodyStep]) {
        self.start = start
        self.origin = origin
        self.steps = steps
    }

    /// The earliest day the last holder can have had the data by this path; nil when no date bounds it.
    public var earliest: CalendarDay? { steps.last?.earliest }

    /// The path's grade: its weakest link. Nil when a hop has no grade (no supporting source is known), or there
    /// are no hops.
    public var grade: Grade? {
        guard !steps.isEmpty else { return nil }
        var weakest: Grade?
        for step in steps {
            guard let grade = step.grade else { return nil }
            weakest = Swift.max(weakest ?? grade, grade)
        }
        return weakest
    }

    /// Whether a hop rests on a disputed claim.
    public var isDisputed: Bool { steps.contains(where: \.isDisputed) }

    /// Whether every hop certainly came after the one before, not only possibly.
    public var isOrderCertain: Bool { steps.allSatisfy(\.isOrderCertain) }

    /// The counts the hops state, in path order. They are never added up: hops count different things, and
    /// counts in different units cannot be compared.
    public var counts: [RecordCount] { steps.compactMap(\.records) }
}
