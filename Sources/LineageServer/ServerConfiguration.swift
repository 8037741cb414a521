/// What `lineage serve` was started with.
package struct ServerConfiguration: Sendable {
    /// Evidence files, folders and case stores, read together as one case (as every read command reads them).
    package var paths: [String]
    /// The address to listen on: a loopback address unless the user asked for another.
    package var host: String
    /// The port; 0 lets the system pick a free one.
    package var port: Int
    /// The largest evidence file read, in bytes.
    package var maximumFileSize: Int
    /// Present when the page may add evidence (`--allow-writes`).
    package var writes: Writes?

    /// What writing needs: the secret every write must carry, and whom the store's log names for entries whose
    /// form gives no name.
    package struct Writes: Sendable {
        package var token: String
        package var recorder: String

        package init(token: String = Self.newToken(), recorder: String) {
            self.token = token
            self.recorder = recorder
        }

        /// 32 random bytes in hexadecimal, from the system's generator.
        package static func newToken() -> String {
            var generator = SystemRandomNumberGenerator()
            return (0..<32).map { _ in
                let byte = UInt8.random(in: 0...255, using: &generator)
                return String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
            }.joined()
        }
    }

    package init(paths: [String], host: String = "127.0.0.1", port: Int = 0, maximumFileSize: Int, writes: Writes? = nil) {
        self.paths = paths
        self.host = host
        self.port = port
        self.maximumFileSize = maximumFileSize
        self.writes = writes
    }

    /// Whether `host` names this machine only, so that no other machine can reach the server.
    package static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased()
        return host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
