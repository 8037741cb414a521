import Foundation
import Testing

/// The JSON API through real HTTP on loopback, against the shipped case: the same bytes as the command line's
/// `--json` answers (the golden files), the command line's messages for bad requests, and the guards every
/// request passes.
@Suite(.serialized) struct ServerAPITests {
    static let golden = ServedCase.packageRoot.appendingPathComponent("Tests/LineageCLITests/Golden/answers")

    /// Each route and query beside the golden answer it must equal byte for byte.
    static let answers: [(String, String)] = [
        ("/api/received?dataset=batch-2014-06-17", "received-batch-2014-06-17.json"),
        ("/api/received?dataset=batch-repeated&known-by=2014-07-09", "received-batch-repeated-known-2014-07-09.json"),
        ("/api/received?dataset=batch-repeated&as-of=2014-05&min-grade=B2", "received-batch-repeated-as-of-2014-05-min-B2.json"),
        ("/api/trace?subject=justsystems", "trace-justsystems.json"),
        ("/api/trace?subject=list-js", "trace-list-js.json"),
        ("/api/timeline", "timeline.json"),
        ("/api/timeline?known-by=2014-07-09", "timeline-known-2014-07-09.json"),
        ("/api/gaps", "gaps.json"),
        ("/api/check", "check.json"),
    ]

    @Test func everyAnswerIsTheCommandLinesJSON() throws {
        let server = try ServedCase(["Graphs/benesse"])
        defer { server.stop() }
        for (route, file) in Self.answers {
            let reply = try server.client.send("GET", route)
            #expect(reply.status == 200, "\(route): \(reply.text)")
            #expect(reply.headers["content-type"] == "application/json; charset=utf-8")
            let expected = try Data(contentsOf: Self.golden.appendingPathComponent(file))
            #expect(reply.body == expected, "\(route) differs from \(file)")
        }
        let dot = try server.client.send("GET", "/api/graph?format=dot&known-by=2014-07-09&merge-parallel=1&legend=1&sources=1")
        let committed = try Data(
            contentsOf: ServedCase.packageRoot.appendingPathComponent("Graphs/benesse-known-2014-07-09.dot"))
        #expect(dot.status == 200)
        #expect(dot.body == committed, "the API's DOT differs from lineage graph's")
        // main's graph options: ids, events, merge-identities and no-delegations draw what lineage graph draws.
        let options = try server.client.send(
            "GET", "/api/graph?format=dot&ids=1&events=1&merge-identities=C3&no-delegations=1")
        let drawn = try lineage(
            ["graph", "Graphs/benesse", "--ids", "--events", "--merge-identities", "C3", "--no-delegations"])
        #expect(options.status == 200, "\(options.text)")
        #expect(options.text == drawn.output, "the API's DOT with graph's options differs from lineage graph's")
        let merged = try server.client.send("GET", "/api/timeline?merge-identities=C3")
        #expect(merged.text == (try lineage(["timeline", "Graphs/benesse", "--json", "--merge-identities", "C3"])).output)
        let svg = try server.client.send("GET", "/api/graph?format=svg&batch=batch-2014-06-17")
        #expect(svg.status == 200)
        #expect(svg.headers["content-type"] == "image/svg+xml")
        #expect(svg.text.contains("<svg"))
    }

    @Test func badParametersGetTheCommandLinesMessage() throws {
        let server = try ServedCase(["Graphs/benesse"])
        defer { server.stop() }
        let cases: [(String, String)] = [
            ("/api/received?dataset=no-such", "no dataset 'no-such' in the case"),
            ("/api/received?dataset=justsystems", "'justsystems' is a party, not a dataset"),
            ("/api/received", "Missing expected argument '<dataset>'"),
            ("/api/timeline?min-grade=Z9", "The value 'Z9' is invalid for '--min-grade <grade>'"),
            ("/api/gaps?known-by=2014-13-45", "The value '2014-13-45' is invalid for '--known-by <date>'"),
            ("/api/timeline?knownby=2014", "Unknown option '--knownby'"),
            ("/api/trace?subject=justsystems&limit=0", "--limit must be a positive number of paths."),
            ("/api/graph?depth=2", "--depth needs --focus."),
            ("/api/graph?format=png", "The value 'png' is invalid for '--format <format>'"),
        ]
        for (route, message) in cases {
            let reply = try server.client.send("GET", route)
            #expect(reply.status == 400, "\(route)")
            let json = try JSONSerialization.jsonObject(with: reply.body) as? [String: String]
            #expect(json?["error"] == message, "\(route): \(reply.text)")
        }
        // The CLI's own words for the same mistakes.
        let cli = try lineage(["received", "no-such", "Graphs/benesse"])
        #expect(cli.error.contains("no dataset 'no-such' in the case"))
        let batch = try server.client.send("GET", "/api/graph?batch=nope")
        let graph = try lineage(["graph", "--batch", "nope", "Graphs/benesse"])
        let message = (try JSONSerialization.jsonObject(with: batch.body) as? [String: String])?["error"] ?? "?"
        #expect(batch.status == 400)
        #expect(graph.error.contains(message), "\(message) vs \(graph.error)")
    }

    @Test func requestsNamingAnotherHostAreRefused() throws {
        let server = try ServedCase(["Graphs/benesse"])
        defer { server.stop() }
        let rebound = try server.client.send("GET", "/api/timeline", headers: [("Host", "evil.example:\(server.port)")])
        #expect(rebound.status == 403)
        #expect(!rebound.text.contains("claim"))
        let wrongPort = try server.client.send("GET", "/", headers: [("Host", "127.0.0.1:1")])
        #expect(wrongPort.status == 403)
        let local = try server.client.send("GET", "/api/head", headers: [("Host", "localhost:\(server.port)")])
        #expect(local.status == 200)
    }

    @Test func everyResponseForbidsInlineScripts() throws {
        let server = try ServedCase(["Graphs/benesse"])
        defer { server.stop() }
        for route in ["/", "/api/gaps", "/nope", "/api/received?dataset=x"] {
            let reply = try server.client.send("GET", route)
            let policy = reply.headers["content-security-policy"] ?? ""
            #expect(policy.contains("script-src 'self'"), "\(route)")
            #expect(!policy.contains("unsafe-inline"), "\(route)")
            #expect(reply.headers["x-content-type-options"] == "nosniff")
        }
    }

    @Test func noPathReachesAFile() throws {
        let server = try ServedCase(["Graphs/benesse"])
        defer { server.stop() }
        for target in [
            "/assets/../../../../etc/passwd", "/assets/%2e%2e/%2e%2e/etc/passwd", "/../Package.swift",
            "/assets/..%2f..%2fPackage.swift", "/Graphs/benesse/parties.xml",
        ] {
            let reply = try server.client.send("GET", target)
            #expect(reply.status == 404 || reply.status == 400, "\(target): \(reply.status)")
            #expect(!reply.text.contains("root:"))
            #expect(!reply.text.contains("PackageDescription"))
        }
        let script = try server.client.send("GET", "/assets/app.js")
        #expect(script.status == 200)
        #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
    }

    @Test func theAssetsAreTheGeneratedOnes() throws {
        let assets = ServedCase.packageRoot.appendingPathComponent("Sources/LineageServer/Assets")
        let server = try ServedCase(["Graphs/benesse"])
        defer { server.stop() }
        for name in ["app.js", "app.css"] {
            let source = try String(contentsOf: assets.appendingPathComponent(name), encoding: .utf8)
            let served = try server.client.send("GET", "/assets/\(name)").text
            #expect(served + "\n" == source, "run scripts/generate-assets.sh after editing Assets/\(name)")
        }
    }
}
