extension ProvRecord {
    /// The PROV statements ListLineage writes and understands. The raw value is the PROV-N keyword, which is
    /// also the PROV-JSON section name and (first letter aside) the PROV-XML element name.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case entity, activity, agent
        case used, wasGeneratedBy, wasDerivedFrom, wasAssociatedWith, actedOnBehalfOf, wasInfluencedBy
        case wasAttributedTo, wasInvalidatedBy, wasInformedBy, wasStartedBy, wasEndedBy, hadMember
        case specializationOf, alternateOf, wasQuotedFrom, hadPrimarySource, wasRevisionOf

        /// The formal arguments after the identifier, in PROV-N order; their names are the PROV-XML child
        /// elements and PROV-JSON keys (`prov:activity`, ...). Times are kept apart (see `timeArguments`).
        public var arguments: [String] {
            switch self {
            case .entity, .activity, .agent: []
            case .used: ["activity", "entity"]
            case .wasGeneratedBy, .wasInvalidatedBy: ["entity", "activity"]
            case .wasDerivedFrom, .wasQuotedFrom, .hadPrimarySource, .wasRevisionOf:
                ["generatedEntity", "usedEntity", "activity", "generation", "usage"]
            case .wasAssociatedWith: ["activity", "agent", "plan"]
            case .actedOnBehalfOf: ["delegate", "responsible", "activity"]
            case .wasInfluencedBy: ["influencee", "influencer"]
            case .wasAttributedTo: ["entity", "agent"]
            case .wasInformedBy: ["informed", "informant"]
            case .wasStartedBy: ["activity", "trigger", "starter"]
            case .wasEndedBy: ["activity", "trigger", "ender"]
            case .hadMember: ["collection", "entity"]
            case .specializationOf: ["specificEntity", "generalEntity"]
            case .alternateOf: ["alternate1", "alternate2"]
            }
        }

        /// The time arguments, in PROV-N order.
        public var timeArguments: [String] {
            switch self {
            case .activity: ["startTime", "endTime"]
            case .used, .wasGeneratedBy, .wasInvalidatedBy, .wasStartedBy, .wasEndedBy: ["time"]
            default: []
            }
        }

        /// Where a PROV-N statement puts its time argument: after which formal argument (`wasStartedBy` and
        /// `wasEndedBy` take theirs last).
        var timeComesLast: Bool { self == .wasStartedBy || self == .wasEndedBy }

        /// Whether this kind is an element (with a required identifier) rather than a relation.
        public var isElement: Bool { self == .entity || self == .activity || self == .agent }

        /// The PROV-XML element name: the keyword, with agents and entities of a PROV subtype written as such.
        package var xmlName: String { rawValue }
    }
}
