public import LineageCore

// An item as read, without where it was read: for comparing a case that went through a writer and back (XML,
// PROV, tables) with the original, whose items were read at other places.

extension Source {
    public var withoutLocation: Source {
        var copy = self
        copy.location = nil
        return copy
    }
}

extension Party {
    public var withoutLocation: Party {
        var copy = self
        copy.location = nil
        return copy
    }
}

extension Dataset {
    public var withoutLocation: Dataset {
        var copy = self
        copy.location = nil
        return copy
    }
}

extension Claim {
    /// The claim and its cites without their locations.
    public var withoutLocation: Claim {
        var copy = self
        copy.location = nil
        copy.cites = cites.map { cite in
            var cite = cite
            cite.location = nil
            return cite
        }
        return copy
    }
}
