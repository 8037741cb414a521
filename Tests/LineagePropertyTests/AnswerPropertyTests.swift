import Foundation
import LineageCore
import LineageDiagrams
import LineageTestSupport
import PropertyBased
import Testing

/// The rules of docs/queries.md, checked on generated cases: they must hold on any case, not only the shipped one.
///
/// `swift test` checks 200 cases per property; `LINEAGE_PROPERTY_RUNS=10000 swift test --filter
/// AnswerPropertyTests` checks more. A failure prints the shrunk case and the seed that reproduces it.
@Suite struct AnswerPropertyTests {
    static let runs = ProcessInfo.processInfo.environment["LINEAGE_PROPERTY_RUNS"].flatMap(Int.init) ?? 200

    /// Rule 1: no owner is among the recipients of its own database.
    @Test func noOwnerReceivesItsOwnDatabase() async {
        await propertyCheck(count: Self.runs, input: GeneratedCase.generator()) { generated in
            recordingErrors {
                let evidence = generated.evidence
                try #require(!evidence.check().contains { $0.severity == .error })
                let custody = CustodyGraph(LineageGraph(evidence))
                for (id, dataset) in evidence.datasets where dataset.kind == .database {
                    guard let owner = dataset.owner else { continue }
                    let answer = try custody.recipients(of: id)
                    let owned = answer.recipients.filter { $0.party == owner }.flatMap(\.holdings).map(\.dataset)
                    #expect(!owned.contains(id), "\(owner) listed as a recipient of its own \(id)")
                    #expect(!custody.unexplainedHoldings().contains { $0.party == owner && $0.dataset == id })
                }
            }
        }
    }

    /// Rule 2: added support (a better cite, or another claim opening a route) never lowers a recipient's best
    /// grade, and never removes a recipient. (A claim explaining an unexplained holding is new knowledge: it may
    /// move the holder's date later, and a later date may contradict a sale after it, which is then left out.)
    @Test func addedSupportNeverLowersTheBestGradeNorRemovesARecipient() async {
        await propertyCheck(count: Self.runs, input: GeneratedCase.generator(), AddedSupport.generator) {
            generated, added in
            recordingErrors {
                let before = generated.evidence
                let after = added.adding(to: before, claims: generated.claims.count)
                try #require(!after.check().contains { $0.severity == .error })
                let (old, new) = (CustodyGraph(LineageGraph(before)), CustodyGraph(LineageGraph(after)))
                for dataset in GeneratedCase.datasets {
                    let was = Dictionary(
                        uniqueKeysWithValues: try old.recipients(of: dataset).recipients.map { ($0.party, $0) })
                    let now = Dictionary(
                        uniqueKeysWithValues: try new.recipients(of: dataset).recipients.map { ($0.party, $0) })
                    for (party, recipient) in was {
                        let kept = try #require(now[party], "\(party) no longer receives \(dataset)")
                        #expect(
                            !Self.worse(kept.bestGrade, than: recipient.bestGrade),
                            """
                            \(party)'s best grade for \(dataset) fell from \(String(describing: recipient.bestGrade)) \
                            to \(String(describing: kept.bestGrade))
                            """)
                    }
                }
            }
        }
    }

    /// Rule 4: the holdings no claim explains are the same in `gaps` and both diagram views; `received` and
    /// `trace` show a held step for no other holding, and `received` shows one for each of them that a path can
    /// reach (one of its showing claims is not dated before the data existed).
    @Test func everyAnswerAndDiagramAgreesOnTheUnexplainedHoldings() async {
        await propertyCheck(count: Self.runs, input: GeneratedCase.generator()) { generated in
            recordingErrors {
                let evidence = generated.evidence
                let graph = LineageGraph(evidence)
                let custody = CustodyGraph(graph)
                let gaps = Set(custody.gaps().unexplainedHoldings.map { Holding($0.party, $0.dataset) })

                // A held step can only be on a path where one of its showing claims can come after the data existed
                // (a `received` of the dataset itself starts there; a `trace` may find no way back to a database).
                let drawable = Set(
                    custody.gaps().unexplainedHoldings.filter { holding in
                        holding.shownBy.contains { claim in
                            guard let exists = graph.earliestExistence(of: holding.dataset),
                                let latest = evidence.claims[claim]?.when.latest
                            else { return true }
                            return latest >= exists
                        }
                    }.map { Holding($0.party, $0.dataset) })

                var traced: Set<Holding> = []
                for party in GeneratedCase.parties {
                    for holding in try custody.provenance(of: party).holdings {
                        for step in holding.paths.flatMap(\.steps) where step.link == .held {
                            traced.insert(Holding(step.holder, step.dataset))
                        }
                    }
                }
                #expect(traced.isSubset(of: gaps))

                var received: Set<Holding> = []
                for dataset in GeneratedCase.datasets {
                    let answer = try custody.recipients(of: dataset)
                    for holding in answer.recipients.flatMap(\.holdings) {
                        for step in answer.path(to: holding).steps where step.link == .held {
                            received.insert(Holding(step.holder, step.dataset))
                        }
                    }
                }
                #expect(received.isSubset(of: gaps))
                #expect(drawable.isSubset(of: received))

                #expect(try Self.custodyViewGaps(evidence) == gaps)
                #expect(try Self.provViewGaps(evidence) == gaps)
            }
        }
    }

    /// Rule 5: a hop left out for contradicting the time order is never cited as support of a kept step.
    @Test func leftOutHopsAreNeverCited() async {
        await propertyCheck(count: Self.runs, input: GeneratedCase.generator()) { generated in
            recordingErrors {
                let custody = CustodyGraph(LineageGraph(generated.evidence))
                for dataset in GeneratedCase.datasets {
                    let answer = try custody.recipients(of: dataset)
                    let leftOut = Set(answer.leftOut.map(\.claim.id))
                    for holding in answer.recipients.flatMap(\.holdings) {
                        for step in answer.path(to: holding).steps + answer.bestPath(to: holding).steps {
                            #expect(leftOut.isDisjoint(with: step.sameHop), "received \(dataset) cites a left-out hop")
                        }
                    }
                }
                for party in GeneratedCase.parties {
                    let trace = try custody.provenance(of: party)
                    let leftOut = Set(trace.leftOut.map(\.claim.id))
                    for step in trace.holdings.flatMap(\.paths).flatMap(\.steps) {
                        #expect(!leftOut.contains(step.claim.id), "trace \(party) uses a left-out hop")
                        #expect(leftOut.isDisjoint(with: step.sameHop), "trace \(party) cites a left-out hop")
                    }
                }
            }
        }
    }

    /// Cycles never hide a recipient: with databases only, no date can contradict the data's existence, so every
    /// party a claim shows holding or receiving a database is among its recipients, however the sales loop.
    @Test func cyclesNeverHideARecipient() async {
        await propertyCheck(count: Self.runs, input: GeneratedCase.generator()) { generated in
            recordingErrors {
                let evidence = generated.withDatabasesOnly.evidence
                let custody = CustodyGraph(LineageGraph(evidence))
                for dataset in GeneratedCase.datasets {
                    let owner = evidence.datasets[dataset]?.owner
                    var named: Set<PartyID> = []
                    for claim in evidence.claims.values where claim.dataset == dataset {
                        switch claim.action {
                        case .transfer(_, let from, let to, _, _) where from != to: named.formUnion([from, to])
                        case .holding(_, let party), .use(_, let party, _, _): named.insert(party)
                        default: break
                        }
                    }
                    if let owner { named.remove(owner) }
                    let recipients = Set(try custody.recipients(of: dataset).recipients.map(\.party))
                    #expect(named.isSubset(of: recipients), "\(dataset): \(named.subtracting(recipients)) hidden")
                }
            }
        }
    }

    // MARK: Support

    struct Holding: Hashable, CustomStringConvertible {
        var party: PartyID
        var dataset: DatasetID
        init(_ party: PartyID, _ dataset: DatasetID) { (self.party, self.dataset) = (party, dataset) }
        var description: String { "\(party) holds \(dataset)" }
    }

    /// Whether `grade` is worse than `other` (no grade is the worst).
    static func worse(_ grade: Grade?, than other: Grade?) -> Bool {
        switch (grade, other) {
        case (nil, nil): false
        case (nil, _?): true
        case (_?, nil): false
        case (let grade?, let other?): grade > other
        }
    }

    /// The custody view's gap nodes: `gap:PARTY:DATASET`.
    static func custodyViewGaps(_ evidence: EvidenceCase) throws -> Set<Holding> {
        let graph = try Diagram.graph(of: evidence, options: DiagramOptions(view: .custody))
        return Set(nodeIDs(graph.statements).compactMap(gapHolding))
    }

    /// The PROV view's gaps: its `gap:PARTY:DATASET` activities, and the holding claims it marks as not known how
    /// the party got the data.
    static func provViewGaps(_ evidence: EvidenceCase) throws -> Set<Holding> {
        let graph = try Diagram.graph(of: evidence, options: DiagramOptions(view: .prov))
        var gaps = Set(nodeIDs(graph.statements).compactMap(gapHolding))
        for (id, attributes) in nodes(graph.statements) {
            guard let claim = evidence.claims[ClaimID(id)], case .holding(let dataset, let party) = claim.action,
                case .text(let label)? = attributes["label"],
                label.split(separator: "\n").joined(separator: " ").contains("not known")
            else { continue }
            gaps.insert(Holding(party, dataset))
        }
        return gaps
    }

    static func gapHolding(_ id: String) -> Holding? {
        let parts = id.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "gap" else { return nil }
        return Holding(PartyID(String(parts[1])), DatasetID(String(parts[2])))
    }

    static func nodeIDs(_ statements: [DOTStatement]) -> [String] { nodes(statements).map(\.0) }

    static func nodes(_ statements: [DOTStatement]) -> [(String, DOTAttributes)] {
        statements.flatMap { statement -> [(String, DOTAttributes)] in
            switch statement {
            case .node(let id, let attributes): [(id, attributes)]
            case .subgraph(_, _, let inner): nodes(inner)
            case .edge, .comment: []
            }
        }
    }
}
