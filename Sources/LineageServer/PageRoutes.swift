import Hummingbird
import LineageAnswers
import LineageCore
import LineageDiagrams
import LineageXML

extension CaseServer {
    /// `/`, the page, and `/assets/app.js` and `/assets/app.css`, compiled into the binary: nothing is read
    /// from disk or the network to serve them, so no path in a request can name a file.
    func addPageRoutes(to router: Router<ServerContext>) {
        router.get("/") { request, _ in
            await self.answeringPage {
                let query = QueryParameters(request.uri)
                try query.only(
                    QueryParameters.filterNames.union(QueryParameters.diagramNames).union(Page.pageNames))
                var options = try query.diagramOptions()
                options.marksElements = true
                let (snapshot, prepared) = try await self.live.prepared(options.filter)
                let narrowed = options.batch != nil || options.focus != nil || options.trace != nil
                let svg: String?
                if narrowed || prepared.evidence.claims.count <= Page.drawingLimit {
                    svg = DiagramRenderer.inlineSVG(
                        try await self.renderer.svg(of: snapshot.loaded.evidence, head: snapshot.head, options: options))
                } else {
                    svg = nil
                }
                let page = Page(
                    query: query, snapshot: snapshot, prepared: prepared, options: options, svg: svg,
                    writable: self.acceptsWrites, title: self.title)
                return Reply.html(page.html())
            }
        }
        router.get("/assets/app.js") { _, _ in
            var response = Reply.text(Assets.appJS, type: "text/javascript; charset=utf-8")
            response.headers[.cacheControl] = "no-cache"
            return response
        }
        router.get("/assets/app.css") { _, _ in
            var response = Reply.text(Assets.appCSS, type: "text/css; charset=utf-8")
            response.headers[.cacheControl] = "no-cache"
            return response
        }
    }

    /// The page `body` renders, or a short page with the command line's message and a way back: a browser
    /// shows the message, where the API's JSON error would look like a fault.
    func answeringPage(_ body: () async throws -> Response) async -> Response {
        await answering(body) { status, message in
            Reply.html(
                """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>lineage: \(status.code)</title>
                <link rel="stylesheet" href="/assets/app.css"></head><body><header><h1>\(HTML.escape(title))</h1></header>
                <p class="notice" id="error">\(HTML.escape(message))</p><p><a href="/">back to the whole case</a></p></body></html>

                """, status: status)
        }
    }

    /// The page's title: the names of the files and stores served.
    var title: String {
        configuration.paths.map { path in path.split(separator: "/").last.map(String.init) ?? path }
            .joined(separator: ", ")
    }

    /// Whether the page may add evidence: started with `--allow-writes`, on exactly one store and nothing else.
    package var acceptsWrites: Bool {
        configuration.writes != nil && live.stores.count == 1 && configuration.paths.count == 1
    }
}
