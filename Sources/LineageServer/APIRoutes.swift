import Foundation
import Hummingbird
import HummingbirdCore
import LineageAnswers
import LineageCore
import LineageDiagrams
import LineageXML

extension CaseServer {
    /// `/api/received`, `/api/trace`, `/api/timeline`, `/api/gaps`, `/api/check`, `/api/graph` and `/api/head`:
    /// the read commands' `--json` answers byte for byte, with their option names as query parameters.
    func addAPIRoutes(to router: Router<ServerContext>) {
        for command in ReadCommand.allCases {
            router.get("/api/\(command.rawValue)") { request, _ in
                await self.answering {
                    let query = QueryParameters(request.uri)
                    try query.only(QueryParameters.filterNames.union(command.parameters))
                    let (_, prepared) = try await self.live.prepared(try query.filter())
                    return Reply.json(try ReadAnswer(command, query, prepared).json)
                }
            }
        }
        router.get("/api/check") { request, _ in
            await self.answering {
                try QueryParameters(request.uri).only([])
                let snapshot = try await self.live.current()
                return Reply.json(try AnswerJSON.encode(CheckReport(snapshot.loaded)) + Data("\n".utf8))
            }
        }
        router.get("/api/graph") { request, _ in
            await self.answering {
                let query = QueryParameters(request.uri)
                try query.only(QueryParameters.filterNames.union(QueryParameters.diagramNames).union(["format"]))
                let options = try query.diagramOptions()
                let snapshot = try await self.live.current()
                switch query["format"] ?? "dot" {
                case "dot":
                    do throws(DiagramError) {
                        let dot = try Diagram.dot(of: snapshot.loaded.evidence, options: options)
                        return Reply.text(dot, type: "text/vnd.graphviz; charset=utf-8")
                    } catch {
                        throw BadRequest(error.optionWording)
                    }
                case "svg":
                    let svg = try await self.renderer.svg(
                        of: snapshot.loaded.evidence, head: snapshot.head, options: options)
                    return Reply.body(svg, type: "image/svg+xml")
                case let other:
                    throw query.invalid(other, "format", "format")
                }
            }
        }
        router.get("/api/head") { _, _ in
            await self.answering {
                let snapshot = try await self.live.current()
                return Reply.json(try AnswerJSON.encode(["head": snapshot.head]) + Data("\n".utf8))
            }
        }
    }

    /// The response `body` gives, or the error it throws as a response made by `failure` (JSON by default): 400
    /// with the command line's message for a bad request, 403 for a refused write, 500 for anything else (a
    /// store that cannot be read, Graphviz missing).
    func answering(
        _ body: () async throws -> Response,
        failure: (HTTPResponse.Status, String) -> Response = Reply.error
    ) async -> Response {
        do {
            return try await body()
        } catch let error as BadRequest {
            return failure(.badRequest, error.message)
        } catch let error as WriteRefused {
            return failure(.forbidden, error.message)
        } catch let error as HTTPError {
            return failure(error.status, error.body ?? error.status.reasonPhrase)
        } catch let error as any HTTPResponseError {
            // A body over the cap (413) among them.
            return failure(error.status, error.status.reasonPhrase)
        } catch let error as CaseHasErrors {
            return failure(
                .internalServerError,
                "the evidence has \(error.diagnostics.count) errors; queries need a case without errors "
                    + "(lineage check lists every problem)")
        } catch {
            return failure(.internalServerError, "\(error)")
        }
    }
}

extension QueryParameters {
    /// The query of `uri`, as a form sends it (`+` for a space, percent-encoded bytes).
    init(_ uri: URI) {
        self.init(Self.pairs(ofQuery: uri.query ?? ""))
    }

    /// The name-value pairs of a query or a form body, decoded, in order.
    static func pairs(ofQuery query: String) -> [(String, String)] {
        var pairs: [(String, String)] = []
        for part in query.split(separator: "&") {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            pairs.append((decode(pieces[0]), pieces.count > 1 ? decode(pieces[1]) : ""))
        }
        return pairs
    }
}
