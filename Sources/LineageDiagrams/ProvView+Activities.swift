import LineageCore

/// One activity of the PROV view: a claim, several parallel transfers merged, or a gap.
struct ProvActivity {
    enum Kind {
        /// One claim, or with `--merge-parallel` the transfers between the same two parties.
        case claims
        /// A party held a dataset and no claim says how it got it; `claims` are those that presume the holding.
        case gap(Acquisitions.Holding)
    }

    var id: String
    var kind: Kind
    var claims: [Claim]
}

extension ProvView {
    /// An activity per drawn claim (delegations are relations between agents, not activities), in claim-id
    /// order; then one per holding the drawn claims presume and no claim explains, in party and dataset order.
    /// With `--merge-parallel`, transfers between the same two parties become one activity.
    ///
    /// Ids: a claim's activity has the claim's id; the view's own are `transfers:FROM:TO` and `gap:PARTY:DATASET`
    /// (evidence ids never contain `:`).
    func plannedActivities() -> [ProvActivity] {
        var activities: [ProvActivity] = []
        var merged: [String: Int] = [:]
        var presumed: [Acquisitions.Holding: [Claim]] = [:]
        var explicitGaps: Set<Acquisitions.Holding> = []
        for claim in scene.claims where claim.kind != .delegation {
            for holding in scene.acquisitions.unexplained(shownBy: claim) {
                if claim.kind == .holding {
                    explicitGaps.insert(holding)
                } else {
                    presumed[holding, default: []].append(claim)
                }
            }
            if scene.options.mergesParallel, case .transfer(_, let from, let to, _, _) = claim.action {
                let id = "transfers:\(from):\(to)"
                if let index = merged[id] {
                    activities[index].claims.append(claim)
                    continue
                }
                merged[id] = activities.count
            }
            activities.append(ProvActivity(id: claim.id.rawValue, kind: .claims, claims: [claim]))
        }
        for (id, index) in merged where activities[index].claims.count > 1 {
            activities[index].id = id
        }
        for holding in presumed.keys.sorted() where !explicitGaps.contains(holding) {
            activities.append(
                ProvActivity(
                    id: "gap:\(holding.party):\(holding.dataset)", kind: .gap(holding), claims: presumed[holding] ?? [])
            )
        }
        return activities
    }

    /// The relations of an activity, parallel ones (the same two ends, the same relation) folded into one that
    /// carries all their claims.
    func relations(of activity: ProvActivity) -> [Relation] {
        let id = activity.id
        var relations: [Relation] = []
        if case .gap(let holding) = activity.kind {
            return [
                Relation(
                    tail: id, head: holding.dataset.rawValue, name: "used", claims: activity.claims, isPresumed: true),
                Relation(
                    tail: id, head: holding.party.rawValue, name: "wasAssociatedWith", claims: activity.claims,
                    isPresumed: true),
            ]
        }
        for claim in activity.claims {
            func add(_ tail: String, _ head: String, _ name: String, role: String? = nil) {
                if let index = relations.firstIndex(where: {
                    $0.tail == tail && $0.head == head && $0.name == name && $0.role == role
                }) {
                    relations[index].claims.append(claim)
                } else {
                    relations.append(Relation(tail: tail, head: head, name: name, role: role, claims: [claim]))
                }
            }
            switch claim.action {
            case .extraction(let dataset, let from, let by, _, _):
                add(id, from.rawValue, "used")
                add(dataset.rawValue, id, "wasGeneratedBy")
                add(dataset.rawValue, from.rawValue, "wasDerivedFrom")
                add(id, by.rawValue, "wasAssociatedWith")
            case .transfer(let dataset, let from, let to, _, _):
                add(id, dataset.rawValue, "used")
                add(id, from.rawValue, "wasAssociatedWith", role: "sender")
                add(id, to.rawValue, "wasAssociatedWith", role: "recipient")
            case .derivation(let dataset, let inputs, let by, _, _):
                for input in inputs { add(id, input.rawValue, "used") }
                add(dataset.rawValue, id, "wasGeneratedBy")
                for input in inputs { add(dataset.rawValue, input.rawValue, "wasDerivedFrom") }
                add(id, by.rawValue, "wasAssociatedWith")
            case .use(let dataset, let party, _, _), .holding(let dataset, let party),
                .deletion(let dataset, let party):
                add(id, dataset.rawValue, "used")
                add(id, party.rawValue, "wasAssociatedWith")
            case .containment(let dataset, let within, _):
                add(id, within.rawValue, "used")
                add(id, dataset.rawValue, "used")
            case .delegation, .event, .identity:
                break
            }
        }
        return relations
    }

    /// The activity's box: blue and filled as PROV draws it, its outline styled by the grade, red when disputed;
    /// grey and dashed for a gap.
    func attributes(of activity: ProvActivity) -> DOTAttributes {
        if case .gap(let holding) = activity.kind {
            return [
                "label": .text("not known how\n" + DiagramText.wrapped(scene.label(of: holding.party)) + "\ngot it"),
                "shape": "box", "style": "filled,dashed", "fillcolor": "#EEEEEE", "color": .text(DiagramStyle.gap),
                "fontcolor": .text(DiagramStyle.gap),
                "tooltip": .tooltip("gap: \(holding.party) held \(holding.dataset)"),
            ]
        }
        let supports = activity.claims.map(scene.support(of:))
        let support = supports.count == 1 ? supports[0] : ClaimSupport(merging: supports)
        var lines: [String]
        if activity.claims.count == 1 {
            lines = details(of: activity.claims[0]) + [support.text]
        } else {
            // Each merged claim keeps its own count, date and grade: a span and a total would hide which claim
            // says what, and which one a source disputes.
            lines = [DiagramText.kindCounts(of: activity.claims)]
            lines += activity.claims.map { claim in
                "• "
                    + DiagramText.line(
                        claim.id.rawValue, claim.records.map(DiagramText.count), DiagramDate.text(claim.when),
                        scene.support(of: claim).text)
            }
        }
        var attributes: DOTAttributes = [
            "label": .text(
                lines.filter { !$0.isEmpty }.map { DiagramText.wrapped($0, width: $0.hasPrefix("• ") ? 72 : DiagramText.width) }
                    .joined(separator: "\n")),
            "shape": "box", "style": .text("filled," + support.lineStyle), "fillcolor": .text(Colour.activityFill),
            "color": .text(Colour.activityLine),
            "tooltip": .tooltip(activity.claims.map { "\($0.kind.rawValue) \($0.id)" }.joined(separator: "\n")),
        ]
        if support.isDisputed {
            attributes["color"] = .text(DiagramStyle.disputed)
            attributes["penwidth"] = "2.5"
        }
        return attributes
    }

    /// What one claim's activity says: its kind and id, what the claim adds, when and how many.
    private func details(of claim: Claim) -> [String] {
        let title = "\(claim.kind.rawValue) \(claim.id)"
        let when = DiagramDate.text(claim.when)
        let records = claim.records.map(DiagramText.count)
        switch claim.action {
        case .extraction(_, _, _, let medium, _):
            return [title, DiagramText.line(when, records, medium.map { "via " + $0 })]
        case .transfer(_, _, _, _, let price):
            let basis = claim.basis.map { " (\($0.rawValue))" } ?? ""
            return [title + basis, DiagramText.line(when, records, price ?? claim.payment?.description)]
        case .containment(_, let within, _):
            return [title, "inside " + scene.name(of: within), DiagramText.line(when, records)]
        case .event(let kind, _, _):
            return [title + " (\(kind.rawValue))", when]
        case .identity(let party, let sameAs):
            return [title, "\(party) possibly = \(sameAs)", when]
        case .derivation(_, _, _, let operation, _):
            return [title + " (\(operation.rawValue))", DiagramText.line(when, records)]
        case .use(_, _, let purpose, _):
            return [title, purpose.map { "for " + $0 } ?? "", DiagramText.line(when, records)]
        case .holding:
            let explained = scene.acquisitions.unexplained(shownBy: claim).isEmpty
            return [title, explained ? "" : "how it got it: not known", when]
        case .deletion, .delegation:
            return [title, when]
        }
    }
}
