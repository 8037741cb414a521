extension LineageGraph {
    /// `dataset` and every dataset made from it, directly or through other datasets (extracted, or derived by
    /// any operation), in id order. A dataset the case does not make anything from gives just itself.
    ///
    /// Iterative, so a chain of a million derivations cannot overflow the stack; a derivation cycle (which
    /// `lineage check` reports) ends the walk instead of looping.
    ///
    /// - Complexity: O(*d* log *d* + *e*) for the *d* datasets and *e* derivation links reached.
    package func descendants(of dataset: DatasetID) -> [DatasetID] {
        var reached: Set<DatasetID> = [dataset]
        var pending = [dataset]
        while let next = pending.popLast() {
            for child in children[next] ?? [] where reached.insert(child).inserted {
                pending.append(child)
            }
        }
        return reached.sorted()
    }

    /// Every claim about `dataset` or one of its descendants, in id order: what happened to a batch and to
    /// everything made from it (how it was made, who passed it on, who held, used or deleted it). This is the
    /// "downstream of a batch" view of `lineage graph --batch`.
    ///
    /// A derivation that merged a descendant with other datasets is included, since it made a descendant; the
    /// other datasets' own histories are not.
    ///
    /// - Complexity: O(*d* log *d* + *e* + *k* log *k*) for the *d* datasets and *e* links reached and the *k*
    ///   claims returned.
    package func claims(downstreamOf dataset: DatasetID) -> [ClaimID] {
        descendants(of: dataset).flatMap { claimsByDataset[$0] ?? [] }.sorted()
    }
}
