extension Claim {
    /// The claim's grade: the best pair of source reliability and information credibility among its supporting
    /// cites (see `Grade.<` for what "best" means). Nil when no supporting cite's source is known: a claim
    /// that only disputing sources mention has no grade of its own.
    ///
    /// - Complexity: O(*c*) for *c* cites, with a dictionary look-up per cite.
    public func grade(sources: [SourceID: Source]) -> Grade? {
        supportingCites.compactMap { cite in
            sources[cite.source].map { Grade($0.reliability, cite.credibility) }
        }.min()
    }
}
