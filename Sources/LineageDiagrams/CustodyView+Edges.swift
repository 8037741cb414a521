import LineageCore

/// One edge of the custody view before it is written: its ends, what it stands for, and the claims behind it.
struct CustodyEdge {
    enum Role: Hashable {
        /// Data moving, being made, used or deleted.
        case flow
        /// Who worked for whom.
        case delegation
        /// A holding no claim explains.
        case gap
    }

    var tail: CustodyNode
    var head: CustodyNode
    var role: Role
    /// The claims the edge draws: one, or several merged by `--merge-parallel`. Empty for an unexplained holding
    /// that only other claims presume.
    var claims: [Claim]
    /// What the sources say about each of `claims`, in the same order: worked out once, since the label, the
    /// line style and the legend each need it.
    var supports: [ClaimSupport] = []
    /// For an unexplained holding: the claims that presume it (the sender's transfer, the deriver's derivation).
    var presumedBy: [Claim] = []
}

extension CustodyView {
    /// Every edge to draw, in claim-id order, then the unexplained holdings the drawn claims presume, in party and
    /// dataset order; merged by ends when `--merge-parallel` asks.
    func plannedEdges() -> [CustodyEdge] {
        var edges: [CustodyEdge] = []
        var explicitGaps: Set<Acquisitions.Holding> = []
        var presumed: [Acquisitions.Holding: [Claim]] = [:]
        for claim in scene.claims {
            let (tail, head, role) = ends(of: claim)
            edges.append(
                CustodyEdge(tail: tail, head: head, role: role, claims: [claim], supports: [scene.support(of: claim)]))
            if case .gap(let holding) = tail { explicitGaps.insert(holding) }
            if claim.kind == .holding { continue }
            for holding in scene.acquisitions.unexplained(shownBy: claim) {
                presumed[holding, default: []].append(claim)
            }
        }
        for holding in presumed.keys.sorted() where !explicitGaps.contains(holding) {
            edges.append(
                CustodyEdge(
                    tail: .gap(holding), head: .party(holding.party), role: .gap, claims: [],
                    presumedBy: presumed[holding] ?? []))
        }
        return scene.options.mergesParallel ? merged(edges) : edges
    }

    /// Where a claim's edge runs, and what it stands for.
    private func ends(of claim: Claim) -> (tail: CustodyNode, head: CustodyNode, role: CustodyEdge.Role) {
        switch claim.action {
        case .extraction(_, let from, let by, _, _): (.dataset(from), .party(by), .flow)
        case .transfer(_, let from, let to, _, _): (.party(from), .party(to), .flow)
        case .derivation(let dataset, _, let by, _, _): (.party(by), .made(by, dataset), .flow)
        case .use(_, let by, let purpose, _): (.party(by), .use(by, purpose: purpose ?? ""), .flow)
        case .deletion(_, let party): (.party(party), .deletion(party), .flow)
        case .delegation(let agent, let principal, _): (.party(agent), .party(principal), .delegation)
        case .holding(let dataset, let party):
            scene.acquisitions.unexplained(shownBy: claim).isEmpty
                ? (.party(party), .held(party), .flow)
                : (.gap(.init(party: party, dataset: dataset)), .party(party), .gap)
        // The whole to the part, drawn as a composition (a diamond at the whole).
        case .containment(let dataset, let within, _): (.dataset(within), .dataset(dataset), .flow)
        // The scene never draws these as edges (see `DiagramScene.claims`).
        case .event, .identity: (.dataset(DatasetID("")), .dataset(DatasetID("")), .flow)
        }
    }

    /// Edges with the same ends and role folded into one, in the order of each group's first edge.
    private func merged(_ edges: [CustodyEdge]) -> [CustodyEdge] {
        struct Key: Hashable {
            var tail: CustodyNode
            var head: CustodyNode
            var role: CustodyEdge.Role
        }
        var groups: [Key: Int] = [:]
        var result: [CustodyEdge] = []
        for edge in edges {
            let key = Key(tail: edge.tail, head: edge.head, role: edge.role)
            if let index = groups[key] {
                result[index].claims += edge.claims
                result[index].supports += edge.supports
                result[index].presumedBy += edge.presumedBy
            } else {
                groups[key] = result.count
                result.append(edge)
            }
        }
        return result
    }

    // MARK: Attributes

    /// Label, line style, colour and tooltip of an edge.
    func attributes(of edge: CustodyEdge) -> DOTAttributes {
        guard !edge.claims.isEmpty else { return presumedGap(edge) }
        let supports = edge.supports
        let support = supports.count == 1 ? supports[0] : ClaimSupport(merging: supports)
        let colour =
            switch edge.role {
            case .flow: DiagramStyle.ink
            case .delegation: DiagramStyle.delegation
            case .gap: DiagramStyle.gap
            }
        var attributes: DOTAttributes = [
            "label": edge.claims.count == 1 ? .text(label(of: edge.claims[0], support: supports[0]))
                : .html(mergedLabel(of: edge.claims, supports: supports))
        ]
        attributes = attributes.merging(DiagramStyle.evidence(support, colour: colour, count: edge.claims.count))
        // A merged edge colours each claim's line itself: only the disputed ones are red.
        if edge.claims.count > 1 { attributes["fontcolor"] = nil }
        if edge.role == .delegation { attributes["arrowhead"] = "empty" }
        if edge.claims.allSatisfy({ $0.basis == .entrustment }) {
            // Entrusted to a processor, not sold: an open arrowhead and a double line (the legend says so).
            attributes["arrowhead"] = "onormal"
            attributes["color"] = .text(colour + ":" + colour)
        }
        if edge.claims.allSatisfy({ $0.kind == .containment }) {
            attributes["dir"] = "both"
            attributes["arrowtail"] = "diamond"
            attributes["arrowhead"] = "none"
        }
        attributes["tooltip"] = .tooltip(tooltip(of: edge.claims))
        return attributes
    }

    /// The label of one claim: its id when asked for, what moved or happened, its count, date and price, and its
    /// evidence. The name of the dataset may be shortened; the count, the date and the grade never are.
    private func label(of claim: Claim, support: ClaimSupport) -> String {
        let support = support.text
        let facts = DiagramText.line(DiagramDate.text(claim.when), claim.records.map(DiagramText.count))
        let id = scene.options.showsIDs ? "claim \(claim.id)" : ""
        switch claim.action {
        case .transfer(let dataset, _, _, _, let price):
            let basis = claim.basis.map { $0 == .unknown ? "" : $0.rawValue + ": " } ?? ""
            let paid = price.map { "price\u{00A0}" + $0 } ?? claim.payment.map { "price\u{00A0}" + $0.description }
            return lines(id, basis + name(of: dataset), DiagramText.line(facts, paid), support)
        case .containment(let dataset, _, _):
            return lines(id, name(of: dataset, after: "inside: "), facts, support)
        case .event(let kind, _, _):
            return lines(id, kind.rawValue, facts, support)
        case .identity:
            return lines(id, "possibly the same", facts, support)
        case .extraction(let dataset, _, _, let medium, _):
            return lines(id, name(of: dataset, after: "extracted "), facts, medium.map { prose("via " + $0) } ?? "", support)
        case .derivation(_, let from, _, let operation, _):
            let inputs = from.map { prose(scene.name(of: $0)) }
            let list = scene.options.showsFullLabels ? inputs.joined(separator: "; ") : DiagramText.list(inputs, limit: 2)
            return lines(id, "\(operation.rawValue) of \(list)", facts, support)
        case .use(let dataset, _, _, _):
            return lines(id, name(of: dataset), facts, support)
        case .deletion(let dataset, _), .holding(let dataset, _):
            return lines(id, name(of: dataset), facts, support)
        case .delegation(_, _, let relation):
            return lines(id, Self.phrase(relation), facts, support)
        }
    }

    /// The label of several claims drawn as one edge: how many of each kind and about what, then each claim on a
    /// line of its own, left-aligned, with its count, date and evidence, the disputed ones in red, so that which
    /// of them a source disputes is plain. Counts are not added up: different claims may count the same records,
    /// or count households where others count persons.
    private func mergedLabel(of claims: [Claim], supports: [ClaimSupport]) -> HTMLLabel {
        var datasets: [String] = []
        for claim in claims {
            if let dataset = claim.dataset, !datasets.contains(scene.name(of: dataset)) {
                datasets.append(scene.name(of: dataset))
            }
        }
        let full = scene.options.showsFullLabels
        var heading = DiagramText.kindCounts(of: claims)
        if datasets.count == 1 || !full {
            heading += " of " + DiagramText.list(datasets.map(prose), limit: 2)
        }
        let each = zip(claims, supports).map { claim, support -> HTMLLabel in
            let text =
                "• "
                + DiagramText.line(
                    scene.options.showsIDs ? "claim \(claim.id)" : nil,
                    full && datasets.count > 1 ? claim.dataset.map(scene.name(of:)) : nil,
                    claim.records.map(DiagramText.count), DiagramDate.text(claim.when), support.text)
            // Wider than a label's usual width: wrapped at 34 columns, a claim's count, date and grade broke over
            // three lines and nine claims made a label taller than the chain.
            let colour = claim.isDisputed ? DiagramStyle.disputed : DiagramStyle.ink
            return .font(color: colour, .text(DiagramText.wrapped(text, width: 72)))
        }
        let cell: [HTMLLabel.Attribute] = [.init("ALIGN", "LEFT"), .init("BALIGN", "LEFT")]
        return .table(
            DiagramKey.tableAttributes,
            ([.font(color: DiagramStyle.ink, .text(DiagramText.wrapped(heading)))] + each).map { .row([.cell(cell, $0)]) })
    }

    /// `transfer t-1: Customer list sold to JustSystems`, a line for each claim an edge draws: what it stands for,
    /// in full, for SVG viewers and for readers of the DOT.
    private func tooltip(of claims: [Claim]) -> String {
        claims.map { claim in
            "\(claim.kind.rawValue) \(claim.id)" + (claim.dataset.map { ": " + scene.name(of: $0) } ?? "")
        }.joined(separator: "\n")
    }

    /// A holding no claim explains, presumed by the claims that pass the data on or use it.
    private func presumedGap(_ edge: CustodyEdge) -> DOTAttributes {
        guard case .gap(let holding) = edge.tail else { return [:] }
        let numbers = edge.presumedBy.flatMap { scene.support(of: $0).supporting }
        let claims = edge.presumedBy.map(\.id.rawValue)
        let presumed =
            scene.options.showsIDs
            ? "presumed by claim\(claims.count == 1 ? "" : "s") \(claims.joined(separator: ", ")) "
                + SourceNumbers.citation(numbers)
            : "presumed by " + SourceNumbers.citation(numbers)
        return [
            "label": .text(lines(name(of: holding.dataset), presumed)),
            "style": "dotted", "color": .text(DiagramStyle.gap), "fontcolor": .text(DiagramStyle.gap),
            "tooltip": .tooltip(
                "no claim says how \(holding.party) got \(holding.dataset); presumed by "
                    + claims.joined(separator: ", ")),
        ]
    }

    /// What the agent was to the principal the arrow points at: `employee of`, `dispatched to`.
    static func phrase(_ relation: Claim.Relation) -> String {
        switch relation {
        case .employee: "employee of"
        case .contractor: "contractor of"
        case .subcontractor: "subcontractor of"
        case .dispatched: "dispatched to"
        }
    }

    /// A dataset's name as edge labels show it, after a verb if any: in full for an exhibit, else at most two
    /// lines, the rest in the tooltip.
    private func name(of dataset: DatasetID, after verb: String = "") -> String {
        scene.options.showsFullLabels
            ? DiagramText.wrapped(verb + scene.name(of: dataset)) : DiagramText.abbreviated(verb + scene.name(of: dataset))
    }

    /// Free text from the evidence (a medium, an input's name): in full for an exhibit, else cut to one line.
    private func prose(_ text: String) -> String {
        scene.options.showsFullLabels ? text : DiagramText.abbreviated(text, lines: 1)
    }

    /// Label lines, each wrapped, empty ones dropped.
    private func lines(_ parts: String...) -> String {
        lines(parts)
    }

    private func lines(_ parts: [String]) -> String {
        parts.filter { !$0.isEmpty }.map { DiagramText.wrapped($0) }.joined(separator: "\n")
    }
}
