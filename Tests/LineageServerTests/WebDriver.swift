import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A headless Chromium driven through chromedriver's WebDriver protocol (JSON over HTTP), with the bare client
/// the server tests use: no Selenium, no Node.
final class Browser {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let driver = Process()
    private let client: HTTPProbe
    private let session: String
    /// Chromium's profile and temporary files, removed by `quit()`.
    private let scratch: URL
    /// The key WebDriver names an element reference with.
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    /// The programs, found on `PATH` or where Debian's packages put them.
    static func executable(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/lib/chromium"]
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }

    init() throws {
        guard let chromedriver = Self.executable(["chromedriver"]),
            let chromium = Self.executable(["chromium", "chromium-browser", "google-chrome"])
        else {
            throw Failure(
                description: "chromium and chromedriver are needed (scripts/install-dependencies.sh installs them)")
        }
        let port = try Self.freePort()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        self.scratch = scratch
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = scratch.path
        driver.environment = environment
        driver.executableURL = URL(fileURLWithPath: chromedriver)
        driver.arguments = ["--port=\(port)"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        client = HTTPProbe(port: port)
        let start = ContinuousClock.now
        while (try? client.send("GET", "/status"))?.status != 200 {
            guard ContinuousClock.now - start < .seconds(30) else {
                kill(driver.processIdentifier, SIGKILL)
                throw Failure(description: "chromedriver did not start")
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        let capabilities: [String: Any] = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome",
                    "goog:chromeOptions": [
                        "binary": chromium,
                        "args": [
                            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--window-size=1600,1000", "--lang=en", "--user-data-dir=\(scratch.path)/profile",
                        ],
                    ],
                ]
            ]
        ]
        let reply = try Self.call(client, "POST", "/session", capabilities)
        guard let value = reply["value"] as? [String: Any], let session = value["sessionId"] as? String else {
            kill(driver.processIdentifier, SIGKILL)
            throw Failure(description: "no session: \(reply)")
        }
        self.session = session
    }

    func quit() {
        _ = try? Self.call(client, "DELETE", "/session/\(session)", nil)
        // chromedriver does not always end on SIGTERM.
        if driver.isRunning {
            kill(driver.processIdentifier, SIGKILL)
            driver.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: scratch)
    }

    deinit { quit() }

    func open(_ url: String) throws {
        _ = try command("POST", "url", ["url": url])
    }

    var url: String {
        get throws { try command("GET", "url", nil) as? String ?? "" }
    }

    /// The first element `css` selects, or nil.
    func find(_ css: String) throws -> String? {
        let reply = try Self.call(client, "POST", "/session/\(session)/element", ["using": "css selector", "value": css])
        return (reply["value"] as? [String: Any])?[Self.elementKey] as? String
    }

    func findAll(_ css: String) throws -> [String] {
        let value = try command("POST", "elements", ["using": "css selector", "value": css]) as? [[String: Any]] ?? []
        return value.compactMap { $0[Self.elementKey] as? String }
    }

    /// Waits up to `seconds` for `css` to select an element.
    func wait(for css: String, seconds: Double = 20) throws -> String {
        let start = ContinuousClock.now
        while ContinuousClock.now - start < .seconds(seconds) {
            if let element = try find(css) { return element }
            Thread.sleep(forTimeInterval: 0.2)
        }
        throw Failure(description: "nothing matches \(css) at \((try? url) ?? "?")")
    }

    /// Waits up to `seconds` for `condition` to hold.
    func wait(seconds: Double = 20, _ what: String, until condition: () throws -> Bool) throws {
        let start = ContinuousClock.now
        while ContinuousClock.now - start < .seconds(seconds) {
            if try condition() { return }
            Thread.sleep(forTimeInterval: 0.2)
        }
        throw Failure(description: "timed out waiting: \(what)")
    }

    func click(_ element: String) throws {
        _ = try command("POST", "element/\(element)/click", [:])
    }

    func type(_ text: String, into element: String) throws {
        _ = try command("POST", "element/\(element)/clear", [:])
        _ = try command("POST", "element/\(element)/value", ["text": text])
    }

    func text(of element: String) throws -> String {
        try command("GET", "element/\(element)/text", nil) as? String ?? ""
    }

    /// Runs `script` in the page, as a user's own fiddling with the controls would (setting a value and
    /// firing the event a real change fires).
    @discardableResult
    func execute(_ script: String, _ arguments: [Any] = []) throws -> Any? {
        try command("POST", "execute/sync", ["script": script, "args": arguments])
    }

    /// The text of an open alert, or nil when there is none: a script injected by a name would open one.
    var alertText: String? {
        get throws {
            let reply = try Self.call(client, "GET", "/session/\(session)/alert/text", nil)
            return reply["value"] as? String
        }
    }

    func screenshot(to url: URL) throws {
        guard let base64 = try command("GET", "screenshot", nil) as? String, let data = Data(base64Encoded: base64)
        else { throw Failure(description: "no screenshot") }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    private func command(_ method: String, _ path: String, _ body: Any?) throws -> Any? {
        let reply = try Self.call(client, method, "/session/\(session)/\(path)", body)
        if let value = reply["value"] as? [String: Any], let error = value["error"] as? String {
            throw Failure(description: "\(path): \(error): \(value["message"] ?? "")")
        }
        return reply["value"] ?? nil
    }

    private static func call(_ client: HTTPProbe, _ method: String, _ path: String, _ body: Any?) throws -> [String: Any] {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        let reply = try client.send(
            method, path, headers: [("Host", "127.0.0.1:\(client.port)"), ("Content-Type", "application/json")],
            body: data)
        return (try? JSONSerialization.jsonObject(with: reply.body) as? [String: Any]) ?? [:]
    }

    /// A port nothing listens on now.
    private static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && getsockname(descriptor, pointer, &length) == 0
            }
        }
        guard bound else { throw Failure(description: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
