import LineageCore

/// The custody view: parties are nodes and claims are edges, read left to right as the data travelled. A transfer
/// runs from sender to receiver, an extraction from the database to the extractor; what a party did on its own
/// (made a list, used it, deleted it, still held it) runs to a small end node, never a loop, since GraphViz
/// stacks the labels of several loops on one node over each other. People sit in a shaded box with the
/// organisation a delegation says they worked for.
/// Gaps are drawn, not hidden: a party that held data no claim says how it got is fed by a grey "not known" node.
struct CustodyView {
    let scene: DiagramScene

    func draw() -> DOTGraph {
        let edges = plannedEdges()
        var nodes: [String: CustodyNode] = [:]
        for party in scene.extraParties { nodes[party.rawValue] = .party(party) }
        for edge in edges {
            nodes[edge.tail.id] = edge.tail
            nodes[edge.head.id] = edge.head
        }
        let nodeIDs = nodes.keys.sorted()
        // Delegations never shape the layout: ranked, a contracting chain from the data owner down to one engineer
        // drags everyone the owner later dealt with into line behind it.
        let flows = edges.filter { $0.role != .delegation }
        var constraints = Layering.constraints(nodes: nodeIDs, edges: flows.map { ($0.tail.id, $0.head.id) })[...]

        var graph = DOTGraph(
            attributes: DiagramStyle.graphAttributes(rankdir: "LR"), nodeDefaults: DiagramStyle.nodeDefaults,
            edgeDefaults: DiagramStyle.edgeDefaults)
        graph.statements = DiagramKey.comments(for: scene, drawn: edges.count)
        let clusters = delegationClusters()
        var clustered: Set<String> = []
        for cluster in clusters {
            let members = [cluster.organisation] + cluster.people
            clustered.formUnion(members.map(\.rawValue))
            graph.statements.append(
                .subgraph(
                    id: "cluster:" + cluster.organisation.rawValue,
                    [
                        "style": "rounded,filled", "fillcolor": .text(DiagramStyle.clusterFill),
                        "color": .text(DiagramStyle.clusterLine), "label": "",
                        "tooltip": .tooltip("people who worked for \(scene.label(of: cluster.organisation))"),
                    ],
                    members.map {
                        .node(
                            id: $0.rawValue,
                            DiagramMarks.marked(partyNode($0), DiagramMarks.party($0), scene.options))
                    }))
        }
        for id in nodeIDs where !clustered.contains(id) {
            if let node = nodes[id] {
                let marked = DiagramMarks.marked(attributes(of: node), DiagramMarks.node(node), scene.options)
                graph.statements.append(.node(id: id, marked))
            }
        }
        let big = Layering.isBig(edges: flows.count)
        for edge in edges {
            var attributes = Layering.edgeAttributes(attributes(of: edge), big: big)
            if edge.role == .delegation || !(constraints.popFirst() ?? true) { attributes["constraint"] = "false" }
            attributes = DiagramMarks.marked(attributes, DiagramMarks.claims(edge.claims), scene.options)
            graph.statements.append(.edge(tail: edge.tail.id, head: edge.head.id, attributes))
        }
        let key = DiagramKey.label(for: scene)
        graph.attributes = graph.attributes.merging(["label": .html(key), "labelloc": "b", "labeljust": "l"])
        return graph
    }

    // MARK: Nodes

    private func attributes(of node: CustodyNode) -> DOTAttributes {
        switch node {
        case .party(let party): partyNode(party)
        case .dataset(let dataset): databaseNode(dataset)
        case .use(_, let purpose):
            [
                "label": .text(DiagramText.abbreviated(purpose.isEmpty ? "use" : "use: " + purpose)), "shape": "note",
                "style": "filled", "fillcolor": "#F7F7F7",
                "tooltip": .tooltip(purpose.isEmpty ? "use" : "use: " + purpose),
            ]
        case .made(_, let dataset):
            [
                "label": .text(DiagramText.abbreviated("made " + scene.name(of: dataset))), "shape": "box",
                "style": "rounded,filled", "fillcolor": "#FFFDE0", "color": "#808080",
                "tooltip": .tooltip("dataset \(dataset): \(scene.name(of: dataset))"),
            ]
        case .held:
            ["label": "still held", "shape": "box", "style": "rounded,filled", "fillcolor": "#F7F7F7"]
        case .deletion:
            ["label": "deleted", "shape": "box", "style": "rounded,filled", "fillcolor": "#E6E6E6"]
        case .gap:
            [
                "label": "not known\nhow it got there", "shape": "box", "style": "rounded,dashed",
                "color": .text(DiagramStyle.gap), "fontcolor": .text(DiagramStyle.gap), "fontsize": "9",
            ]
        }
    }

    private func partyNode(_ id: PartyID) -> DOTAttributes {
        guard let party = scene.evidence.parties[id] else { return ["label": .text(id.rawValue)] }
        var label = DiagramText.abbreviated(party.label(in: scene.options.language), lines: 3)
        var styles = party.kind == .organization ? ["rounded"] : []
        var attributes: DOTAttributes = ["shape": party.kind == .organization ? "box" : "ellipse"]
        if !party.isIdentified {
            label += "\nunidentified"
            styles.append("dashed")
            attributes["color"] = .text(DiagramStyle.gap)
        }
        if id == scene.focusParty { attributes["penwidth"] = "2.5" }
        if !styles.isEmpty { attributes["style"] = .text(styles.joined(separator: ",")) }
        attributes["tooltip"] = .tooltip("\(party.kind.rawValue) \(id): \(party.name)")
        let labelled: DOTAttributes = ["label": .text(label)]
        return labelled.merging(attributes)
    }

    private func databaseNode(_ id: DatasetID) -> DOTAttributes {
        let dataset = scene.evidence.datasets[id]
        let owner = dataset?.owner.map { "customers of " + scene.label(of: $0) }
        let records = dataset?.records.map(\.description)
        let label = DiagramText.abbreviated(scene.name(of: id), lines: 3) + "\n" + DiagramText.line(owner, records)
        return [
            "label": .text(label), "shape": "cylinder", "style": "filled", "fillcolor": "#FFFC87",
            "color": "#808080", "tooltip": .tooltip("dataset \(id): \(scene.name(of: id))"),
        ]
    }
}

/// The kinds of node the custody view draws. Evidence ids are XML names and never contain `:`, so the view's own
/// nodes (`use:`, `made:`, `held:`, `deletion:`, `gap:`) cannot collide with parties or databases.
enum CustodyNode: Hashable {
    case party(PartyID)
    /// A database the data was extracted from.
    case dataset(DatasetID)
    /// Where a party used data, one node per purpose.
    case use(PartyID, purpose: String)
    /// A dataset a party made from others.
    case made(PartyID, DatasetID)
    /// Where a party is said to still hold data it is known to have got.
    case held(PartyID)
    /// Where a party destroyed its copy.
    case deletion(PartyID)
    /// Where a party got data from, when no claim says.
    case gap(Acquisitions.Holding)

    var id: String {
        switch self {
        case .party(let party): party.rawValue
        case .dataset(let dataset): dataset.rawValue
        case .use(let party, let purpose): "use:\(party):\(purpose)"
        case .made(let party, let dataset): "made:\(party):\(dataset)"
        case .held(let party): "held:\(party)"
        case .deletion(let party): "deletion:\(party)"
        case .gap(let holding): "gap:\(holding.party):\(holding.dataset)"
        }
    }
}
