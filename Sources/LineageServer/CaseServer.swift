import Foundation
import Hummingbird
import LineageAnswers
import Logging
import NIOCore

/// `lineage serve`: the case as a page and as the read commands' JSON, over HTTP on a loopback address.
///
/// Start it with `run(onListening:)`; it returns when the process gets SIGINT or SIGTERM.
package struct CaseServer: Sendable {
    let configuration: ServerConfiguration
    let live: LiveCase
    let renderer = DiagramRenderer()
    let address = BoundAddress()

    /// Reads the case the server will serve.
    ///
    /// - Throws: `CaseHasErrors` when the case has errors (a server answering from a case with errors would
    ///   answer from evidence that is not what the investigator wrote); a `StoreError` or a `CaseLoader` error
    ///   when a path cannot be read.
    package init(_ configuration: ServerConfiguration) throws {
        self.configuration = configuration
        live = try LiveCase(paths: configuration.paths, maximumFileSize: configuration.maximumFileSize)
    }

    /// Serves until SIGINT or SIGTERM. `onListening` gets the page's address (`http://127.0.0.1:PORT/`) once
    /// the port is bound, with the port the system chose when the configuration asked for 0.
    package func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "lineage-serve")
        logger.logLevel = .error
        let address = self.address
        let host = configuration.host
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                address.set(host: host, port: port)
                onListening(address.pageURL)
            },
            logger: logger)
        try await app.runService()
    }

    /// Every route, behind the guard that checks `Host` and sets the security headers.
    func router() -> Router<ServerContext> {
        let router = Router(context: ServerContext.self)
        router.add(middleware: GuardMiddleware(address: address))
        addAPIRoutes(to: router)
        addPageRoutes(to: router)
        addWriteRoutes(to: router)
        return router
    }
}

/// What each request carries: Hummingbird's core context, and the cap on a request's body.
struct ServerContext: RequestContext {
    var coreContext: CoreRequestContextStorage

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// A form adding one item is a few kilobytes; nothing the server takes is larger.
    var maxUploadSize: Int { 64 * 1024 }
}
