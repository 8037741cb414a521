package import LineageCore

/// The answer of `lineage received --json`.
package struct ReceivedJSON: Encodable {
    package struct RecipientJSON: Encodable {
        package var party: String
        package var name: String?
        package var identified: Bool
        package var earliest: String?
        package var grade: String?
        /// True when every way in is an entrustment (a processor holding its clients' data).
        package var entrusted: Bool
        /// The parties `<identity>` claims say this one may be, best graded first.
        package var possiblySameAs: [QueryJSON.IdentityJSON]
        package var paths: [QueryJSON.PathJSON]
        package var best: BestJSON

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(party, forKey: .party)
            try container.encode(name, forKey: .name)
            try container.encode(identified, forKey: .identified)
            try container.encode(earliest, forKey: .earliest)
            try container.encode(grade, forKey: .grade)
            try container.encode(entrusted, forKey: .entrusted)
            try container.encode(possiblySameAs, forKey: .possiblySameAs)
            try container.encode(paths, forKey: .paths)
            try container.encode(best, forKey: .best)
        }

        private enum CodingKeys: String, CodingKey {
            case party, name, identified, earliest, grade, entrusted, possiblySameAs, paths, best
        }
    }

    /// A recipient's best-supported arrival: the best grade among its holdings' best-supported paths, the
    /// earliest day at that grade, and each holding's best-supported path.
    package struct BestJSON: Encodable {
        package var grade: String?
        package var earliest: String?
        package var paths: [QueryJSON.PathJSON]

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(grade, forKey: .grade)
            try container.encode(earliest, forKey: .earliest)
            try container.encode(paths, forKey: .paths)
        }

        private enum CodingKeys: String, CodingKey {
            case grade, earliest, paths
        }
    }

    package var dataset: String
    package var filter: QueryJSON.FilterJSON
    package var recipients: [RecipientJSON]
    package var leftOut: [QueryJSON.LeftOutJSON]

    package init(_ answer: Recipients, _ prepared: PreparedCase) {
        let evidence = prepared.evidence
        dataset = answer.dataset.rawValue
        filter = QueryJSON.FilterJSON(prepared.filter, prepared.omitted)
        let identities = evidence.identitiesByParty()
        recipients = answer.recipients.map { recipient in
            let party = evidence.parties[recipient.party]
            let holdings = recipient.holdings
            let paths = holdings.map { answer.path(to: $0) }
            return RecipientJSON(
                party: recipient.party.rawValue, name: party?.name, identified: party?.isIdentified ?? true,
                earliest: recipient.earliest?.description, grade: recipient.grade?.description,
                entrusted: CustodyPath.allEntrusted(paths),
                possiblySameAs: (identities[recipient.party] ?? []).map(QueryJSON.IdentityJSON.init),
                paths: zip(holdings, paths).map { holding, path in
                    QueryJSON.PathJSON(path, dataset: holding.dataset, otherWays: holding.otherWays, in: evidence)
                },
                best: BestJSON(
                    grade: recipient.bestGrade?.description, earliest: recipient.bestEarliest?.description,
                    paths: holdings.map { holding in
                        QueryJSON.PathJSON(answer.bestPath(to: holding), dataset: holding.dataset, in: evidence)
                    }))
        }
        leftOut = answer.leftOut.map(QueryJSON.LeftOutJSON.init)
    }
}

extension AnswerText {
    /// The text answer of `lineage received`.
    package static func received(_ answer: Recipients, _ prepared: PreparedCase) -> String {
        let format = QueryText(evidence: prepared.evidence)
        let identities = prepared.evidence.identitiesByParty()
        let count = answer.recipients.count
        var text = "\(answer.dataset): \(count) recipient\(count == 1 ? "" : "s")\n"
        for line in QueryText.omissions(prepared.omitted, prepared.filter) { text += "(\(line))\n" }
        for recipient in answer.recipients {
            // Entrustment is the last hop's: one step of each path tells.
            let entrusted = CustodyPath.allEntrusted(recipient.holdings.map { answer.path(to: $0, lastSteps: 1) })
            text +=
                "\n\(format.party(recipient.party)): earliest \(QueryText.day(recipient.earliest)), "
                + "grade \(QueryText.grade(recipient.grade))\(entrusted ? ", entrusted" : "")"
            if (recipient.bestGrade, recipient.bestEarliest) != (recipient.grade, recipient.earliest) {
                text += "; best supported: grade \(QueryText.grade(recipient.bestGrade)), "
                text += "earliest \(QueryText.day(recipient.bestEarliest))"
            }
            text += "\n"
            for line in format.identities(identities[recipient.party] ?? []) { text += "  \(line)\n" }
            for holding in recipient.holdings {
                // A long path is shown as the holding it passes through last, whose own path is listed with it,
                // and its last hop: printing every path in full costs the square of a chain's length (a chain of
                // 4,000 brokers gave 781 MB).
                let earlier = holding.hopCount > QueryText.longPath ? answer.earlierHolding(of: holding) : nil
                let path = earlier == nil ? answer.path(to: holding) : answer.path(to: holding, lastSteps: 1)
                let earliest = QueryText.day(holding.earliest, arrivingBy: path.steps.last)
                text += "  \(holding.dataset), earliest \(earliest), "
                text += QueryText.marks(
                    grade: holding.grade, isOrderCertain: holding.isOrderCertain, isDisputed: holding.isDisputed)
                if holding.otherWays > 0 {
                    text += "; \(holding.otherWays) other way\(holding.otherWays == 1 ? "" : "s") in"
                }
                text += "\n"
                if let earlier {
                    text += "    … \(holding.hopCount - 1) earlier hops: the path to \(format.party(earlier.party))'s "
                    text += "\(earlier.dataset)\n"
                }
                for step in path.steps { text += "    \(format.line(for: step))\n" }
                // The best-supported path, when it is not the earliest one.
                guard (holding.bestGrade, holding.bestEarliest) != (holding.grade, holding.earliest) else { continue }
                let best = answer.bestPath(to: holding)
                text += "  \(holding.dataset), best supported: earliest \(QueryText.day(holding.bestEarliest)), "
                text += QueryText.marks(grade: best.grade, isOrderCertain: best.isOrderCertain, isDisputed: best.isDisputed)
                text += "\n"
                for step in best.steps { text += "    \(format.line(for: step))\n" }
            }
        }
        if !answer.leftOut.isEmpty {
            text +=
                "\n\(answer.leftOut.count) hop\(answer.leftOut.count == 1 ? "" : "s") left out: "
                + "\(answer.leftOut.count == 1 ? "it contradicts" : "they contradict") the time order\n"
            for hop in answer.leftOut { text += "  \(format.line(for: hop))\n" }
        }
        return text
    }
}
