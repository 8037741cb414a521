extension EvidenceCase {
    /// Transfers of the same hop (dataset, sender, receiver) whose `<price>`s disagree, in the same currency and
    /// beyond what an approximate figure allows (`Price.conflicts(with:)`): reported like conflicting counts.
    /// `ordered` is the case's claims in id order.
    func priceProblems(_ ordered: [Claim]) -> [Diagnostic] {
        var byHop: [String: [Claim]] = [:]
        for claim in ordered {
            guard claim.payment != nil,
                case .transfer(let dataset, let from, let to, _, _) = claim.action
            else { continue }
            byHop["\(dataset.rawValue) \(from.rawValue) \(to.rawValue)", default: []].append(claim)
        }
        var problems: [Diagnostic] = []
        for key in byHop.keys.sorted() {
            let hop = byHop[key]!
            guard let first = hop.first, let price = first.payment else { continue }
            for other in hop.dropFirst() {
                guard let otherPrice = other.payment, otherPrice.conflicts(with: price) else { continue }
                problems.append(
                    .warning(
                        .conflictingPrices,
                        "conflicting prices for the same hop: transfer '\(other.id)' says \(otherPrice.description), "
                            + "transfer '\(first.id)' says \(price.description)",
                        at: other.location, notes: [.init("transfer '\(first.id)' pays \(price.description)", at: first.location)]))
            }
        }
        return problems
    }

    /// Containments that lead back to their start (`a` within `b` within `a`): a dataset cannot be inside itself.
    /// Each cycle is reported once, at its smallest dataset id. `ordered` is the case's claims in id order.
    ///
    /// - Complexity: O(*c*) for *c* containment claims.
    func containmentCycles(_ ordered: [Claim]) -> [Diagnostic] {
        var within: [DatasetID: [(DatasetID, Claim)]] = [:]
        for claim in ordered {
            guard case .containment(let dataset, let container, _) = claim.action else {
                continue
            }
            within[dataset, default: []].append((container, claim))
        }
        // Depth-first search with colours: 1 on the stack, 2 done.
        var colour: [DatasetID: Int] = [:]
        var problems: [Diagnostic] = []
        var reported: Set<[DatasetID]> = []
        func visit(_ dataset: DatasetID, _ stack: inout [(DatasetID, Claim?)]) {
            colour[dataset] = 1
            for (container, claim) in within[dataset] ?? [] {
                if colour[container] == 1 {
                    let start = stack.firstIndex { $0.0 == container } ?? 0
                    let cycleClaims = stack[(start + 1)...].compactMap(\.1) + [claim]
                    let members = stack[start...].map(\.0)
                    let key = members.sorted()
                    guard reported.insert(key).inserted else { continue }
                    let path = (members + [container]).map(\.rawValue).joined(separator: " within ")
                    problems.append(
                        .error(
                            .containmentCycle, "containment cycle: \(path) (a dataset cannot be inside itself)",
                            at: cycleClaims.first?.location,
                            notes: cycleClaims.map {
                                .init("containment '\($0.id)' is part of the cycle", at: $0.location)
                            }))
                } else if colour[container] == nil {
                    stack.append((container, claim))
                    visit(container, &stack)
                    stack.removeLast()
                }
            }
            colour[dataset] = 2
        }
        for dataset in within.keys.sorted() where colour[dataset] == nil {
            var stack: [(DatasetID, Claim?)] = [(dataset, nil)]
            visit(dataset, &stack)
        }
        return problems
    }
}
