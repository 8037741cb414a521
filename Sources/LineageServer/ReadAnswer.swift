import Foundation
import LineageAnswers
import LineageCore

/// The read commands the server answers, by the name of their route and command.
enum ReadCommand: String, CaseIterable, Sendable {
    case received, trace, timeline, gaps

    /// The query parameters each takes besides `as-of`, `known-by` and `min-grade`.
    var parameters: Set<String> {
        switch self {
        case .received: ["dataset"]
        case .trace: ["subject", "limit"]
        case .timeline, .gaps: []
        }
    }
}

/// One read command's answer in the forms the API and the page show: the JSON and the text the command line
/// prints, from the same library code, and the claims the answer's paths run along, for the page to highlight.
struct ReadAnswer: Sendable {
    /// Exactly what `lineage <command> --json` prints, newline included.
    var json: Data
    /// Exactly what `lineage <command>` prints.
    var text: String
    /// The claims on the answer's paths (or, for `timeline` and `gaps`, the claims it lists), in order.
    var claims: [String]

    /// Answers `command` on `prepared`, taking its argument and options from `query`.
    ///
    /// - Throws: `BadRequest` with the command line's message for a bad value or an id the case does not have.
    init(_ command: ReadCommand, _ query: QueryParameters, _ prepared: PreparedCase) throws(BadRequest) {
        let encodable: any Encodable
        do {
            switch command {
            case .received:
                let answer = try prepared.custody.recipients(of: DatasetID(try query.argument("dataset")))
                (encodable, text) = (ReceivedJSON(answer, prepared), AnswerText.received(answer, prepared))
            case .trace:
                let limit = try query.integer("limit", valueName: "limit") ?? 100
                guard limit > 0 else { throw BadRequest("--limit must be a positive number of paths.") }
                let answer: Provenance
                switch try Provenance.Subject(resolving: try query.argument("subject"), in: prepared.evidence) {
                case .dataset(let dataset): answer = try prepared.custody.provenance(of: dataset, limit: limit)
                case .party(let party): answer = try prepared.custody.provenance(of: party, limit: limit)
                }
                (encodable, text) = (TraceJSON(answer, prepared), AnswerText.trace(answer, prepared))
            case .timeline:
                let events = prepared.evidence.timeline()
                (encodable, text) = (TimelineJSON(events, prepared), AnswerText.timeline(events, prepared))
            case .gaps:
                let gaps = prepared.custody.gaps()
                (encodable, text) = (GapsJSON(gaps, prepared), AnswerText.gaps(gaps, prepared))
            }
            json = try AnswerJSON.encode(encodable) + Data("\n".utf8)
        } catch let error as BadRequest {
            throw error
        } catch let error as QueryError {
            throw BadRequest(error.description)
        } catch {
            throw BadRequest("\(error)")
        }
        claims = Self.claims(in: json)
    }

    /// The claim ids under `claim`, `claims` and `sameHop` anywhere in an answer's JSON, but not under `leftOut`
    /// (hops the answer could not use). Read from the JSON so that the page highlights what the answer says,
    /// whatever shape the answer's types take.
    private static func claims(in json: Data) -> [String] {
        guard let root = try? JSONSerialization.jsonObject(with: json) else { return [] }
        var found: [String] = []
        var seen: Set<String> = []
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                for key in object.keys.sorted() where key != "leftOut" {
                    let child = object[key]!
                    if ["claim", "claims", "sameHop"].contains(key) {
                        for id in (child as? [Any] ?? [child]).compactMap({ $0 as? String })
                        where seen.insert(id).inserted {
                            found.append(id)
                        }
                    }
                    walk(child)
                }
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(root)
        return found
    }
}
