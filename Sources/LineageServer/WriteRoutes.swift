import Foundation
import HTTPTypes
import Hummingbird
import LineageAnswers
import LineageStore

extension CaseServer {
    /// `POST /api/add`: one item from the page's forms, added through `ItemAddition` as `lineage add` adds it.
    /// Refused unless the server was started with `--allow-writes` on exactly one store, the request carries the
    /// token in `X-Lineage-Token`, and its `Origin` (or, failing that, `Referer`) is this server's page.
    func addWriteRoutes(to router: Router<ServerContext>) {
        router.post("/api/add") { request, context in
            await self.answering {
                try self.authorizeWrite(request)
                let type = request.headers[.contentType] ?? ""
                guard type.hasPrefix("application/x-www-form-urlencoded") else {
                    throw BadRequest("send the form as application/x-www-form-urlencoded")
                }
                let body = try await request.body.collect(upTo: context.maxUploadSize)
                let form = ItemForm(QueryParameters.pairs(ofQuery: String(buffer: body)))
                let (kind, id, items) = try form.item()
                guard let writes = self.configuration.writes, let store = self.live.stores.first else {
                    throw WriteRefused("this server adds nothing")
                }
                let recorder = form["by"] ?? writes.recorder
                let outcome = try ItemAddition.add(
                    items, to: try CaseStore(opening: store), by: recorder, origin: "lineage serve")
                await self.live.invalidate()
                let answer = WriteAnswer(
                    added: outcome.entry != nil, kind: kind, id: id, entry: outcome.entry, recordedBy: recorder,
                    messages: outcome.messages)
                return Reply.json(
                    try AnswerJSON.encode(answer) + Data("\n".utf8),
                    status: outcome.entry == nil ? .unprocessableContent : .ok)
            }
        }
    }

    /// Throws `WriteRefused` unless this request may write.
    func authorizeWrite(_ request: Request) throws(WriteRefused) {
        guard acceptsWrites, let writes = configuration.writes else {
            throw WriteRefused(
                "this server was not started with --allow-writes on exactly one store: it adds nothing")
        }
        let origins = address.origins
        if let origin = request.headers[.origin] {
            guard origins.contains(origin.lowercased()) else {
                throw WriteRefused("refused: a write from another site (Origin \(origin))")
            }
        } else if let referer = request.headers[.referer] {
            guard origins.contains(where: { referer.lowercased().hasPrefix($0 + "/") }) else {
                throw WriteRefused("refused: a write from another site (Referer \(referer))")
            }
        } else {
            throw WriteRefused("refused: a write must come from this server's page (no Origin or Referer)")
        }
        guard let token = request.headers[Self.tokenHeader], Self.equalInConstantTime(token, writes.token) else {
            throw WriteRefused("refused: a write needs the token lineage serve printed at start-up")
        }
    }

    /// The header a write carries its token in: never the address, which browsers keep in history and logs.
    static let tokenHeader = HTTPField.Name("X-Lineage-Token")!

    /// Whether `a` equals `b`, taking as long for every wrong guess of the same length.
    static func equalInConstantTime(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// What `POST /api/add` answers.
struct WriteAnswer: Encodable {
    var added: Bool
    var kind: String
    var id: String
    var entry: Int?
    var recordedBy: String
    var messages: [String]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(added, forKey: .added)
        try container.encode(kind, forKey: .kind)
        try container.encode(id, forKey: .id)
        try container.encode(entry, forKey: .entry)
        try container.encode(recordedBy, forKey: .recordedBy)
        try container.encode(messages, forKey: .messages)
    }

    private enum CodingKeys: String, CodingKey {
        case added, kind, id, entry, recordedBy, messages
    }
}

/// A write the server refuses with 403.
struct WriteRefused: Error {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
