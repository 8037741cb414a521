extension CustodyGraph {
    /// The public step for `hop`, as a path reaches its target on day `day`.
    ///
    /// - Parameter others: hops to look through for other claims of the same hop (same source, target and link).
    /// - Complexity: O(*k*) for *k* hops in `others`, with a dictionary look-up per claim.
    func step(
        _ hop: Hop, day: Int, isOrderCertain: Bool, others: some Sequence<Hop>
    ) -> CustodyStep {
        // Every numbered claim came from the case, so the look-up cannot fail.
        let claim = graph.evidence.claims[claimIDs[hop.claim.index]]!
        let sameHop = others.filter {
            $0.target == hop.target && $0.source == hop.source && $0.link == hop.link && $0.claim != hop.claim
        }.map { claimIDs[$0.claim.index] }
        var link = CustodyStep.Link.made
        var sender: PartyID?
        var inputs: [DatasetID] = []
        switch claim.action {
        case .extraction(_, let from, _, _, _):
            inputs = [from]
        case .derivation(_, let from, _, _, _):
            inputs = from
        case .transfer(_, let from, _, _, _):
            link = .transfer
            sender = from
        case .containment(_, let within, _):
            link = .contained
            inputs = [within]
        case .use, .holding, .deletion, .delegation, .event, .identity:
            break
        }
        if hop.link.isShowing {
            link = hop.link == .held ? .held : .shown
            sender = nil
            inputs = []
        }
        // A making reaches the maker's custody, or the made dataset itself (whose holder is then the maker).
        let holder = isCustody(hop.target) ? partyIDs[partyNumber(of: hop.target).index] : claim.holder ?? PartyID("")
        return CustodyStep(
            link: link, claim: claim, holder: holder, dataset: datasetIDs[Int(datasetNumber(of: hop.target))],
            sender: sender, inputs: inputs, earliest: day.boundedDay, isOrderCertain: isOrderCertain,
            grade: claimGrade[hop.claim.index].grade, sameHop: sameHop)
    }
}
