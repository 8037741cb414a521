extension EvidenceCase {
    /// The semantic checks of `lineage check`, over the whole case: what the schema cannot see because it needs
    /// more than one element, or more than one file.
    ///
    /// Errors make the case unusable: an unknown reference, a reference to the wrong kind of thing, a claim with
    /// no cite, a derivation cycle. Warnings flag content that contradicts itself (an event dated before its
    /// dataset can exist, counts that disagree): real evidence does that, and the case stays usable.
    ///
    /// - Complexity: O(*n* log *n*) for *n* items.
    public func check() -> [Diagnostic] {
        check(in: LineageGraph(self))
    }

    /// The same checks over `graph`, a `LineageGraph` of this very case, for a caller that goes on to query or draw
    /// the case and so builds the graph once for both.
    package func check(in graph: LineageGraph) -> [Diagnostic] {
        let suggester = Suggester(self)
        var diagnostics: [Diagnostic] = []
        for dataset in datasets.values {
            for owner in dataset.owners {
                diagnostics += reference(owner, as: "owner", from: dataset.location, suggester).map {
                    $0.prefixed(by: "dataset '\(dataset.id)': ")
                }
            }
        }
        let ordered = graph.orderedClaims
        // Each dataset's earliest existence, worked out once however many claims use the dataset.
        var existence: [DatasetID: CalendarDay?] = [:]
        for claim in ordered {
            diagnostics += references(of: claim, suggester).map {
                $0.prefixed(by: "\(claim.kind.rawValue) '\(claim.id)': ")
            }
            diagnostics += citeProblems(of: claim, suggester)
            diagnostics += timeProblems(of: claim, in: graph, existence: &existence)
            diagnostics += kindProblems(of: claim)
        }
        diagnostics += countProblems(ordered)
        diagnostics += priceProblems(ordered)
        diagnostics += containmentCycles(ordered)
        for cycle in graph.derivationCycles() {
            let path = (cycle + [cycle[0]]).map(\.rawValue).joined(separator: " ← ")
            let cycleClaims = cycle.flatMap { graph.creations[$0] ?? [] }.compactMap { claims[$0] }
            let claimNotes = cycleClaims.map {
                Diagnostic.Note("\($0.kind.rawValue) '\($0.id)' is part of the cycle", at: $0.location)
            }
            let closers = cycleClaims.map { "\($0.kind.rawValue) '\($0.id)'" }.joined(separator: ", ")
            diagnostics.append(
                .error(
                    .derivationCycle,
                    "derivation cycle: \(path), made by \(closers) (a dataset cannot be made from itself: correct "
                        + "the 'from' of one of them)",
                    at: datasets[cycle[0]]?.location ?? claimNotes.first?.location, notes: claimNotes))
        }
        return diagnostics.sorted(by: Diagnostic.byPlace)
    }

    // MARK: References

    private func references(of claim: Claim, _ suggester: Suggester) -> [Diagnostic] {
        let at = claim.location
        switch claim.action {
        case .extraction(let dataset, let from, let by, _, _):
            return reference(dataset, as: "dataset", from: at, suggester)
                + reference(from, as: "from", from: at, suggester)
                + reference(by, as: "by", from: at, suggester)
        case .transfer(let dataset, let from, let to, _, _):
            return reference(dataset, as: "dataset", from: at, suggester)
                + reference(from, as: "from", from: at, suggester)
                + reference(to, as: "to", from: at, suggester)
        case .derivation(let dataset, let from, let by, _, _):
            return reference(dataset, as: "dataset", from: at, suggester)
                + from.flatMap { reference($0, as: "from", from: at, suggester) }
                + reference(by, as: "by", from: at, suggester)
        case .use(let dataset, let by, _, _):
            return reference(dataset, as: "dataset", from: at, suggester)
                + reference(by, as: "by", from: at, suggester)
        case .holding(let dataset, let party), .deletion(let dataset, let party):
            return reference(dataset, as: "dataset", from: at, suggester)
                + reference(party, as: "party", from: at, suggester)
        case .delegation(let agent, let principal, _):
            return reference(agent, as: "agent", from: at, suggester)
                + reference(principal, as: "principal", from: at, suggester)
        case .containment(let dataset, let within, _):
            return reference(dataset, as: "dataset", from: at, suggester) + reference(within, as: "within", from: at, suggester)
        case .event(_, let parties, let datasets):
            return parties.flatMap { reference($0, as: "party", from: at, suggester) }
                + datasets.flatMap { reference($0, as: "dataset", from: at, suggester) }
        case .identity(let party, let sameAs):
            return reference(party, as: "party", from: at, suggester) + reference(sameAs, as: "same-as", from: at, suggester)
        }
    }

    private func reference(
        _ id: PartyID, as attribute: String, from location: SourceLocation?, _ suggester: Suggester
    ) -> [Diagnostic] {
        parties[id] == nil ? [unresolved(id.rawValue, PartyKindTag.noun, attribute, location, suggester)] : []
    }

    private func reference(
        _ id: DatasetID, as attribute: String, from location: SourceLocation?, _ suggester: Suggester
    ) -> [Diagnostic] {
        datasets[id] == nil ? [unresolved(id.rawValue, DatasetKindTag.noun, attribute, location, suggester)] : []
    }

    private func unresolved(
        _ id: String, _ expected: String, _ attribute: String, _ at: SourceLocation?, _ suggester: Suggester
    ) -> Diagnostic {
        if let actual = noun(of: id) {
            return .error(
                .wrongKindOfReference, "'\(attribute)' must name a \(expected), but '\(id)' is a \(actual)", at: at)
        }
        return .error(
            .unknownReference,
            "'\(attribute)' names unknown \(expected) '\(id)'\(suggester.phrase(for: id, kind: expected))", at: at)
    }

    // MARK: Cites

    private func citeProblems(of claim: Claim, _ suggester: Suggester) -> [Diagnostic] {
        guard !claim.cites.isEmpty else {
            return [.error(.missingCite, "\(claim.kind.rawValue) '\(claim.id)' has no cite: every claim needs a source", at: claim.location)]
        }
        var problems: [Diagnostic] = []
        for cite in claim.cites {
            let at = cite.location ?? claim.location
            guard let source = sources[cite.source] else {
                problems.append(
                    unresolved(cite.source.rawValue, SourceKind.noun, "source", at, suggester)
                        .prefixed(by: "cite in \(claim.kind.rawValue) '\(claim.id)': "))
                continue
            }
            // Knowledge time cannot precede event time: a source cannot report what had not yet happened.
            if let published = source.date.latest, let happened = claim.when.earliest, published < happened {
                problems.append(
                    .warning(
                        .reportedBeforeEvent,
                        "source '\(source.id)' (dated \(source.date)) cites \(claim.kind.rawValue) '\(claim.id)' "
                            + "dated \(claim.when), after the source was published",
                        at: at, notes: [.init("source '\(source.id)' defined here", at: source.location)]))
            }
        }
        return problems
    }

    // MARK: Time order

    /// `existence` remembers `graph.earliestExistence(of:)` for each dataset asked about so far.
    private func timeProblems(
        of claim: Claim, in graph: LineageGraph, existence: inout [DatasetID: CalendarDay?]
    ) -> [Diagnostic] {
        var used: [DatasetID] = []
        switch claim.action {
        case .transfer(let dataset, _, _, _, _), .use(let dataset, _, _, _), .holding(let dataset, _),
            .deletion(let dataset, _):
            used = [dataset]
        case .derivation(_, let from, _, _, _):
            used = from
        case .extraction(_, let from, _, _, _):
            used = [from]
        case .containment(_, let within, _):
            used = [within]
        case .delegation, .event, .identity:
            return []
        }
        return used.compactMap { dataset in
            guard let latest = claim.when.latest else { return nil }
            let earliest: CalendarDay?
            if let known = existence[dataset] {
                earliest = known
            } else {
                earliest = graph.earliestExistence(of: dataset)
                existence[dataset] = earliest
            }
            guard let exists = earliest, latest < exists else { return nil }
            let makers = (graph.creations[dataset] ?? []).compactMap { claims[$0] }
            return .warning(
                .beforeDatasetExists,
                "\(claim.kind.rawValue) '\(claim.id)' is dated \(claim.when), before dataset '\(dataset)' can exist "
                    + "(made \(exists) at the earliest)",
                at: claim.location,
                notes: makers.map { .init("\($0.kind.rawValue) '\($0.id)' makes '\(dataset)' on \($0.when)", at: $0.location) })
        }
    }

    // MARK: Kinds

    private func kindProblems(of claim: Claim) -> [Diagnostic] {
        if case .transfer(let dataset, let from, let to, _, _) = claim.action, from == to {
            return [
                .warning(
                    .selfTransfer,
                    "transfer '\(claim.id)' passes '\(dataset)' from '\(from)' to itself; it moves nothing, and the "
                        + "queries leave it out (a holding says the party had the data)",
                    at: claim.location)
            ]
        }
        guard case .extraction(_, let from, _, _, _) = claim.action, let source = datasets[from], source.kind != .database
        else { return [] }
        return [
            .warning(
                .unexpectedDatasetKind,
                "extraction '\(claim.id)' copies from '\(from)', a \(source.kind.rawValue), not a database; "
                    + "a copy of a batch or list is a derivation",
                at: claim.location)
        ]
    }

    // MARK: Counts

    /// Counts stated for the same dataset, by the dataset itself and by claims about it, must agree: in unit
    /// first (households and persons cannot be compared), then in value, allowing for figures given as "about"
    /// (`RecordCount.conflicts(with:)`).
    ///
    /// `ordered` is the case's claims in id order: each dataset's counting claims are gathered from it in that
    /// order (the order of `LineageGraph.claimsByDataset`), without looking each claim up again.
    private func countProblems(_ ordered: [Claim]) -> [Diagnostic] {
        var counted: [DatasetID: [(count: RecordCount, claim: Claim)]] = [:]
        for claim in ordered {
            if let records = claim.records, let dataset = claim.dataset {
                counted[dataset, default: []].append((records, claim))
            }
        }
        var problems: [Diagnostic] = []
        for dataset in datasets.values.sorted(by: { $0.id < $1.id }) {
            // The counts stated, in order: the dataset's own (`claim` nil), then its claims'. Walked where needed
            // rather than gathered, and who states one named only for a warning: gathering and naming every
            // claim's count built a string and a copy per claim of the case (issue 18).
            let claimed = counted[dataset.id] ?? []
            func stated(where matches: (RecordCount) -> Bool) -> (count: RecordCount, claim: Claim?)? {
                if let records = dataset.records, matches(records) { return (records, nil) }
                return claimed.first { matches($0.count) }.map { ($0.count, $0.claim) }
            }
            func by(_ claim: Claim?) -> String {
                claim.map { "\($0.kind.rawValue) '\($0.id)'" } ?? "dataset '\(dataset.id)'"
            }
            func at(_ claim: Claim?) -> SourceLocation? { claim.map(\.location) ?? dataset.location }
            guard let first = stated(where: { _ in true }) else { continue }
            if let other = stated(where: { !$0.isComparable(with: first.count) }) {
                problems.append(
                    .warning(
                        .countUnitsDisagree,
                        "counts for dataset '\(dataset.id)' are in different units (\(first.count.unit.rawValue) and "
                            + "\(other.count.unit.rawValue)); they are kept apart and never compared",
                        at: at(other.claim),
                        notes: [.init("\(by(first.claim)) counts \(first.count)", at: at(first.claim))]))
            }
            if let other = stated(where: { $0.isComparable(with: first.count) && $0.conflicts(with: first.count) }) {
                problems.append(
                    .warning(
                        .conflictingCounts,
                        "conflicting counts for dataset '\(dataset.id)': \(by(other.claim)) says \(other.count), "
                            + "\(by(first.claim)) says \(first.count)",
                        at: at(other.claim),
                        notes: [.init("\(by(first.claim)) counts \(first.count)", at: at(first.claim))]))
            }
        }
        return problems
    }
}

extension Diagnostic {
    /// The same diagnostic with `prefix` before its message, to name the item it is about.
    func prefixed(by prefix: String) -> Diagnostic {
        var copy = self
        copy.message = prefix + message
        return copy
    }
}
