import LineageCore

/// The W3C PROV view: datasets are entities, claims are activities, parties are agents, drawn with the shapes
/// and colours of the Python `prov` package's DOT output (yellow ellipses, blue boxes, orange houses; `used` in
/// dark red, `wasGeneratedBy` in dark green) and, like it, with arrows pointing back in time. Its direction is
/// right to left (one of the four that package offers; its default is bottom to top): PROV links no transfer
/// to the next, so the graph is only a few ranks deep, and in rows it ran to eleven thousand pixels wide for the
/// Benesse case where columns give a page-shaped picture, read left to right like the custody view.
///
/// On top of PROV's conventions, the evidence: each activity's outline and each relation's line follow the
/// claim's grade, a disputed claim's activity is outlined thick and red (its relations keep PROV's colours and
/// name the disputing sources), every relation carries its sources, and gaps (unidentified agents, datasets no
/// claim says how they were made, holdings no claim explains) are dashed.
struct ProvView {
    let scene: DiagramScene

    /// The conventional colours of the Python `prov` package.
    enum Colour {
        static let entityFill = "#FFFC87"
        static let entityLine = "#808080"
        static let activityFill = "#9FB1FC"
        static let activityLine = "#0000FF"
        static let agentFill = "#FED37F"
        static let used = "red4"
        static let usedText = "red"
        static let generated = "darkgreen"
        static let association = "#FED37F"
    }

    /// A PROV relation drawn as an edge, and the claims behind it.
    struct Relation {
        var tail: String
        var head: String
        /// `used`, `wasGeneratedBy`, ...
        var name: String
        /// What the relation adds, such as an agent's role in a transfer.
        var role: String?
        var claims: [Claim]
        /// A gap's relation: `claims` do not state it, they presume it.
        var isPresumed = false
    }

    func draw() -> DOTGraph {
        let activities = plannedActivities()
        var relations: [Relation] = []
        var entities: Set<DatasetID> = []
        var agents = Set(scene.extraParties)
        for activity in activities {
            relations += self.relations(of: activity)
            for claim in activity.claims {
                entities.formUnion(Self.datasets(of: claim))
                agents.formUnion(claim.parties)
            }
            if case .gap(let holding) = activity.kind {
                entities.insert(holding.dataset)
                agents.insert(holding.party)
            }
        }
        for claim in scene.claims {
            guard case .delegation(let agent, let principal, let relation) = claim.action else { continue }
            agents.formUnion([agent, principal])
            relations.append(
                Relation(
                    tail: agent.rawValue, head: principal.rawValue, name: "actedOnBehalfOf",
                    role: relation.rawValue, claims: [claim]))
        }

        var graph = DOTGraph(
            attributes: DiagramStyle.graphAttributes(rankdir: "RL", page: scene.options.page), nodeDefaults: DiagramStyle.nodeDefaults,
            edgeDefaults: DiagramStyle.edgeDefaults.merging(["fontsize": "10"]))
        graph.statements = DiagramKey.comments(for: scene, drawn: relations.count)
        var nodeIDs: [String] = []
        for dataset in entities.sorted() {
            nodeIDs.append(dataset.rawValue)
            graph.statements.append(
                .node(
                    id: dataset.rawValue,
                    DiagramMarks.marked(entity(dataset), DiagramMarks.dataset(dataset), scene.options)))
        }
        for activity in activities {
            nodeIDs.append(activity.id)
            graph.statements.append(
                .node(
                    id: activity.id,
                    DiagramMarks.marked(
                        attributes(of: activity), DiagramMarks.claims(activity.claims), scene.options)))
        }
        for party in agents.sorted() {
            nodeIDs.append(party.rawValue)
            graph.statements.append(
                .node(id: party.rawValue, DiagramMarks.marked(agent(party), DiagramMarks.party(party), scene.options)))
        }
        let constraints = Layering.constraints(
            nodes: nodeIDs.sorted(), edges: relations.map { ($0.tail, $0.head) })
        let big = Layering.isBig(edges: relations.count)
        for (relation, constrains) in zip(relations, constraints) {
            var attributes = Layering.edgeAttributes(attributes(of: relation), big: big)
            if !constrains || relation.name == "actedOnBehalfOf" { attributes["constraint"] = "false" }
            graph.statements.append(.edge(tail: relation.tail, head: relation.head, attributes))
        }
        let key = DiagramKey.label(for: scene)
        graph.attributes = graph.attributes.merging(["label": .html(key), "labelloc": "b", "labeljust": "l"])
        return graph
    }

    /// Every dataset a claim names.
    private static func datasets(of claim: Claim) -> [DatasetID] {
        switch claim.action {
        case .extraction(let dataset, let from, _, _, _): [dataset, from]
        case .derivation(let dataset, let from, _, _, _): [dataset] + from
        case .containment(let dataset, let within, _): [dataset, within]
        default: claim.dataset.map { [$0] } ?? []
        }
    }

    // MARK: Nodes

    private func entity(_ id: DatasetID) -> DOTAttributes {
        let dataset = scene.evidence.datasets[id]
        var lines = [DiagramText.wrapped(scene.name(of: id))]
        lines.append(DiagramText.line(dataset?.kind.rawValue, dataset?.records.map(DiagramText.count)))
        var style = "filled"
        if let dataset, dataset.kind != .database, scene.graph.creations[id] == nil {
            lines.append("origin: not known")
            style = "filled,dashed"
        }
        return [
            "label": .text(lines.filter { !$0.isEmpty }.joined(separator: "\n")), "shape": "oval",
            "style": .text(style), "fillcolor": .text(Colour.entityFill), "color": .text(Colour.entityLine),
            "tooltip": .tooltip("entity: dataset \(id)"),
        ]
    }

    private func agent(_ id: PartyID) -> DOTAttributes {
        let party = scene.evidence.parties[id]
        var label = DiagramText.wrapped(scene.label(of: id))
        var style = "filled"
        if party?.isIdentified == false {
            label += "\nunidentified"
            style = "filled,dashed"
        }
        var attributes: DOTAttributes = [
            "label": .text(label), "shape": "house", "style": .text(style), "fillcolor": .text(Colour.agentFill),
            "tooltip": .tooltip("agent: \(party?.kind.rawValue ?? "party") \(id)"),
        ]
        if id == scene.focusParty { attributes["penwidth"] = "2.5" }
        return attributes
    }

    // MARK: Edges

    private func attributes(of relation: Relation) -> DOTAttributes {
        if relation.isPresumed {
            let numbers = relation.claims.flatMap { scene.support(of: $0).supporting }
            return [
                "label": .text(relation.name + " · presumed by " + SourceNumbers.citation(numbers)), "style": "dotted",
                "color": .text(DiagramStyle.gap), "fontcolor": .text(DiagramStyle.gap),
            ]
        }
        let supports = relation.claims.map(scene.support(of:))
        let support = supports.count == 1 ? supports[0] : ClaimSupport(merging: supports)
        let citation =
            (support.supporting.isEmpty ? "no supporting source" : SourceNumbers.citation(support.supporting))
            + (support.isDisputed ? " · disputed by " + SourceNumbers.citation(support.disputing) : "")
        let name = relation.role.map { "\(relation.name) (\($0))" } ?? relation.name
        var attributes: DOTAttributes = [
            "label": .text(DiagramText.line(name, citation)),
            "style": .text(support.lineStyle),
        ]
        switch relation.name {
        case "used":
            attributes["color"] = .text(Colour.used)
            attributes["fontcolor"] = .text(Colour.usedText)
        case "wasGeneratedBy":
            attributes["color"] = .text(Colour.generated)
            attributes["fontcolor"] = .text(Colour.generated)
        case "wasAssociatedWith", "actedOnBehalfOf":
            attributes["color"] = .text(Colour.association)
        default:
            break
        }
        // A disputed claim's activity is outlined in red; its relations keep PROV's colours, or a disputed `used`
        // (dark red by convention) would look like any other. A delegation has no activity, so its edge turns red.
        if support.isDisputed, relation.name == "actedOnBehalfOf" {
            attributes["color"] = .text(DiagramStyle.disputed)
            attributes["fontcolor"] = .text(DiagramStyle.disputed)
        }
        return attributes
    }
}
