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
        let planned = plannedEdges()
        // Who worked for whom goes in a table beside the picture, not on lines: drawn as edges, a contracting
        // chain from the data owner down to one engineer crosses the whole chain of custody.
        let edges = planned.filter { $0.role != .delegation }
        let delegations = planned.filter { $0.role == .delegation }.flatMap(\.claims)
        var nodes: [String: CustodyNode] = [:]
        for party in scene.extraParties { nodes[party.rawValue] = .party(party) }
        for edge in edges {
            nodes[edge.tail.id] = edge.tail
            nodes[edge.head.id] = edge.head
        }
        let clusters = delegationClusters(drawn: Set(nodes.keys))
        for cluster in clusters { nodes[cluster.organisation.rawValue] = .party(cluster.organisation) }
        let nodeIDs = nodes.keys.sorted()
        var constraints = Layering.constraints(nodes: nodeIDs, edges: edges.map { ($0.tail.id, $0.head.id) })[...]

        var graph = DOTGraph(
            attributes: DiagramStyle.graphAttributes(rankdir: "LR", page: scene.options.page),
            nodeDefaults: DiagramStyle.nodeDefaults, edgeDefaults: DiagramStyle.edgeDefaults)
        graph.statements = DiagramKey.comments(for: scene, drawn: edges.count)
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
        let big = Layering.isBig(edges: edges.count)
        for edge in edges {
            var attributes = Layering.edgeAttributes(attributes(of: edge), big: big)
            if !(constraints.popFirst() ?? true) { attributes["constraint"] = "false" }
            attributes = DiagramMarks.marked(attributes, DiagramMarks.claims(edge.claims), scene.options)
            graph.statements.append(.edge(tail: edge.tail.id, head: edge.head.id, attributes))
        }
        graph.statements += eventNotes(drawn: Set(nodeIDs).union(scene.extraParties.map(\.rawValue)))
        let marks = self.marks(nodes: nodes.values, edges: edges, delegations: delegations, clustered: !clusters.isEmpty)
        let key = DiagramKey.label(for: scene, marks: marks, panel: delegationTable(delegations))
        graph.attributes = graph.attributes.merging(["label": .html(key), "labelloc": "b", "labeljust": "l"])
        return graph
    }

    /// With `--events`: each event as a note beside the drawn parties it concerns, tied to each by a dotted line
    /// that never shapes the layout. Events move no data, so nothing flows along these lines.
    private func eventNotes(drawn: Set<String>) -> [DOTStatement] {
        var statements: [DOTStatement] = []
        for event in scene.events {
            guard case .event(let kind, let parties, _) = event.action else { continue }
            let concerned = parties.filter { drawn.contains($0.rawValue) }
            guard !concerned.isEmpty else { continue }
            let id = "event:" + event.id.rawValue
            let support = scene.support(of: event)
            statements.append(
                .node(
                    id: id,
                    [
                        "label": .text(DiagramText.wrapped(kind.rawValue + "\n" + DiagramDate.text(event.when) + "\n" + support.text)),
                        "shape": "note", "style": "filled", "fillcolor": .text(DiagramStyle.eventFill), "fontsize": "9",
                        "tooltip": .tooltip("event \(event.id): \(kind.rawValue), \(event.when)"),
                    ]))
            for party in concerned {
                statements.append(
                    .edge(
                        tail: id, head: party.rawValue,
                        ["style": "dotted", "arrowhead": "none", "constraint": "false", "color": .text(DiagramStyle.gap)]))
            }
        }
        return statements
    }

    /// What this picture draws that its legend must explain, and nothing else.
    private func marks(
        nodes: some Sequence<CustodyNode>, edges: [CustodyEdge], delegations: [Claim], clustered: Bool
    ) -> Set<DiagramMark> {
        var marks: Set<DiagramMark> = scene.options.showsIDs ? [.claimIDs] : []
        if clustered { marks.insert(.delegationBox) }
        for node in nodes {
            switch node {
            case .party(let id):
                guard let party = scene.evidence.parties[id] else { continue }
                marks.insert(party.kind == .organization ? .organisation : .person)
                if !party.isIdentified { marks.insert(.unidentified) }
            case .dataset: marks.insert(.database)
            case .use: marks.insert(.use)
            case .made: marks.insert(.made)
            case .held: marks.insert(.held)
            case .deletion: marks.insert(.deleted)
            case .gap: marks.insert(.gap)
            }
        }
        var claims = delegations
        for edge in edges {
            claims += edge.claims
            guard !edge.claims.isEmpty else { continue }
            let supports = edge.supports
            if edge.claims.count > 1 { marks.insert(.merged) }
            for support in supports {
                if support.isDisputed { marks.insert(.disputed) }
            }
            let support = supports.count == 1 ? supports[0] : ClaimSupport(merging: supports)
            marks.insert(DiagramMark.line(support.lineStyle))
        }
        // Format 1.1: what only some cases draw.
        if claims.contains(where: { $0.basis == .entrustment }) { marks.insert(.entrustment) }
        if claims.contains(where: { $0.kind == .containment }) { marks.insert(.containment) }
        if !scene.events.isEmpty { marks.insert(.event) }
        marks.formUnion(DiagramMark.dates(of: claims))
        if claims.contains(where: { scene.evidence.grade(of: $0) != nil }) { marks.insert(.grades) }
        return marks
    }

    // MARK: Nodes

    private func attributes(of node: CustodyNode) -> DOTAttributes {
        switch node {
        case .party(let party): partyNode(party)
        case .dataset(let dataset): databaseNode(dataset)
        case .use(_, let purpose):
            [
                "label": .text(text(purpose.isEmpty ? "use" : "use: " + purpose)), "shape": "note",
                "style": "filled", "fillcolor": "#F7F7F7",
                "tooltip": .tooltip(purpose.isEmpty ? "use" : "use: " + purpose),
            ]
        case .made(_, let dataset):
            [
                "label": .text(
                    text("made " + scene.name(of: dataset))
                        + (scene.evidence.datasets[dataset]?.records.map { "\n" + DiagramText.count($0) } ?? "")),
                "shape": "box",
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
                "color": .text(DiagramStyle.gap), "fontcolor": .text(DiagramStyle.gap),
            ]
        }
    }

    private func partyNode(_ id: PartyID) -> DOTAttributes {
        guard let party = scene.evidence.parties[id] else { return ["label": .text(id.rawValue)] }
        var label = text(party.label(in: scene.options.language), lines: 3)
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
        let owners = dataset?.owners.map { scene.label(of: $0) } ?? []
        let owner = owners.isEmpty ? nil : "customers of " + DiagramText.list(owners, limit: 3)
        let records = dataset?.records.map(DiagramText.count)
        let label = text(scene.name(of: id), lines: 3) + "\n" + DiagramText.wrapped(DiagramText.line(owner, records))
        return [
            "label": .text(label), "shape": "cylinder", "style": "filled", "fillcolor": "#FFFC87",
            "color": "#808080", "tooltip": .tooltip("dataset \(id): \(scene.name(of: id))"),
        ]
    }

    /// A name or a purpose on a node: wrapped in full for an exhibit, else cut after `lines` lines.
    private func text(_ text: String, lines: Int = 2) -> String {
        scene.options.showsFullLabels ? DiagramText.wrapped(text) : DiagramText.abbreviated(text, lines: lines)
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
