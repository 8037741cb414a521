import Synchronization

/// Where the server listens, known once the port is bound: what `Host` a request must name, and the page's
/// address.
final class BoundAddress: Sendable {
    private let state = Mutex<(host: String, port: Int)>(("127.0.0.1", 0))

    func set(host: String, port: Int) {
        state.withLock { $0 = (host, port) }
    }

    var port: Int { state.withLock { $0.port } }

    /// `http://127.0.0.1:PORT/`, with brackets around an IPv6 address.
    var pageURL: String {
        state.withLock { state in "http://\(Self.bracketed(state.host)):\(state.port)/" }
    }

    /// The origin a page served from here sends with its writes: `http://HOST:PORT`, for each name the server
    /// answers to.
    var origins: Set<String> {
        let port = self.port
        return Set(names.map { "http://\($0):\(port)" })
    }

    /// Whether a request's `Host` names this server: the bound address or a loopback name, with the bound port.
    /// Anything else is a browser that was sent here under another name (DNS rebinding) and is refused, even for
    /// reads.
    func accepts(host authority: String?) -> Bool {
        guard let authority else { return false }
        return names.contains { "\($0):\(port)" == authority.lowercased() }
    }

    /// The host names a request may use, lowercased.
    private var names: [String] {
        let host = state.withLock { $0.host }.lowercased()
        return Array(Set([Self.bracketed(host), "localhost", "127.0.0.1", "[::1]"]))
    }

    private static func bracketed(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }
}
