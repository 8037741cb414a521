/// What `lineage serve` was started with.
public struct ServerConfiguration: Sendable {
    /// Evidence files, folders and case stores, read together as one case (as every read command reads them).
    public var paths: [String]
    /// The address to listen on: a loopback address unless the user asked for another.
    public var host: String
    /// The port; 0 lets the system pick a free one.
    public var port: Int
    /// The largest evidence file read, in bytes.
    public var maximumFileSize: Int
    /// Present when the page may add evidence (`--allow-writes`).
    public var writes: Writes?

    /// What writing needs: the secret every write must carry, and whom the store's log names for entries whose
    /// form gives no name.
    public struct Writes: Sendable {
        public var token: String
        public var recorder: String

        public init(token: String = Self.newToken(), recorder: String) {
            self.token = token
            self.recorder = recorder
        }

        /// 32 random bytes in hexadecimal, from the system's generator.
        public static func newToken() -> String {
            var generator = SystemRandomNumberGenerator()
            return (0..<32).map { _ in
                let byte = UInt8.random(in: 0...255, using: &generator)
                return String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
            }.joined()
        }
    }

    public init(paths: [String], host: String = "127.0.0.1", port: Int = 0, maximumFileSize: Int, writes: Writes? = nil) {
        self.paths = paths
        self.host = host
        self.port = port
        self.maximumFileSize = maximumFileSize
        self.writes = writes
    }

    /// Whether `host` names this machine only, so that no other machine can reach the server.
    public static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased()
        return host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
