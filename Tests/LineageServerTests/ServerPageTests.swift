import Foundation
import Testing

/// The page through real HTTP: the clickable diagram, the details of a claim with its sources in their own
/// words, untrusted names shown as text, and a store's new evidence appearing without a restart.
@Suite(.serialized) struct ServerPageTests {
    @Test func aClaimShowsItsSourcesInTheirOwnWords() throws {
        let server = try ServedCase(["Graphs/benesse"])
        defer { server.stop() }
        let page = try server.client.send("GET", "/?select=claim:t-bk-js")
        #expect(page.status == 200)
        let svgText = page.text.replacingOccurrences(of: "&#45;", with: "-")
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(svgText.contains("id=\"claims:t-bk-js\""), "the edge carries its claim's id")
        #expect(page.text.contains("出所が明確ではないことはジャスト社も把握していた"), "the Kyodo quote")
        #expect(page.text.contains("s-kyodo-2014-07-10"))
        #expect(page.text.contains("<dt>stance</dt><dd>disputes</dd>"))
        #expect(!page.text.contains("<script>"), "no inline script")
        let party = try server.client.send("GET", "/?select=party:justsystems")
        #expect(party.text.contains("What it holds and how"))
        #expect(party.text.contains("t-bk-js"))
    }

    @Test func anAnswerPanelHighlightsItsPaths() throws {
        let server = try ServedCase(["Graphs/benesse"])
        defer { server.stop() }
        let page = try server.client.send("GET", "/?panel=received&dataset=batch-2014-06-17")
        #expect(page.status == 200)
        let cli = try lineage(["received", "batch-2014-06-17", "Graphs/benesse"])
        let firstLine = String(cli.output.split(separator: "\n")[0])
        #expect(page.text.contains(escapedHTML(firstLine)))
        #expect(page.text.contains("data-highlight=\"") && !page.text.contains("data-highlight=\"\""))
    }

    @Test func theKnownByDateRedrawsTheDiagram() throws {
        let server = try ServedCase(["Graphs/benesse"])
        defer { server.stop() }
        let all = try server.client.send("GET", "/").text.replacingOccurrences(of: "&#45;", with: "-")
        let early = try server.client.send("GET", "/?known-by=2014-07-09").text
            .replacingOccurrences(of: "&#45;", with: "-")
        #expect(all.contains("id=\"claims:t-bk-js\""))
        #expect(!early.contains("id=\"claims:t-bk-js\""), "JustSystems' purchase was not known by 2014-07-09")
    }

    @Test func namesFromTheEvidenceShowAsText() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try hostileCase.write(toFile: folder.path("case.xml"), atomically: true, encoding: .utf8)
        let server = try ServedCase([folder.path("case.xml")])
        defer { server.stop() }
        for target in ["/", "/?select=party:p-img", "/?select=claim:c-1", "/?select=party:p-script&panel=timeline"] {
            let page = try server.client.send("GET", target)
            #expect(page.status == 200, "\(target): \(page.text)")
            #expect(!page.text.contains("<img src=x"), "\(target)")
            #expect(!page.text.contains("</script><script>"), "\(target)")
            #expect(!page.text.contains("href=\"javascript:"), "\(target)")
        }
        let party = try server.client.send("GET", "/?select=party:p-img").text
        #expect(party.contains("&lt;img src=x onerror=alert(1)&gt;"))
        let claim = try server.client.send("GET", "/?select=claim:c-1").text
        #expect(claim.contains("&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(claim.contains("ref: javascript:alert(3)"), "a javascript: ref is text, not a link")
    }

    @Test func evidenceAddedElsewhereAppearsWithoutARestart() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let store = folder.path("case.lineage")
        #expect(try lineage(["init", store]).status == 0)
        #expect(try lineage(["add", store, "Graphs/benesse"]).status == 0)
        let server = try ServedCase([store])
        defer { server.stop() }
        let before = try server.client.send("GET", "/api/head").text
        let added = try lineage([
            "add", store, "party", "--id", "newcomer", "--kind", "organization", "--name", "新しい名簿屋", "--by", "test",
        ])
        #expect(added.status == 0, "\(added.error)")
        let clock = ContinuousClock()
        let start = clock.now
        var seen = false
        while clock.now - start < .seconds(5), !seen {
            seen = try server.client.send("GET", "/api/head").text != before
                && server.client.send("GET", "/?select=party:newcomer").text.contains("新しい名簿屋")
            if !seen { Thread.sleep(forTimeInterval: 0.2) }
        }
        #expect(seen, "the new party appears within 5 seconds")
    }

    /// A hundred clients, each on a thread of its own with its own connections, for three seconds.
    @Test func oneHundredClientsAtOnceGetNoErrors() throws {
        let server = try ServedCase(["Graphs/benesse"])
        defer { server.stop() }
        let port = server.port
        let routes = [
            "/api/received?dataset=batch-2014-06-17", "/api/trace?subject=justsystems", "/api/gaps",
            "/api/timeline?known-by=2014-07-09", "/api/head",
        ]
        let deadline = ContinuousClock.now + .seconds(3)
        let tally = Tally()
        let group = DispatchGroup()
        for client in 0..<100 {
            group.enter()
            Thread {
                var index = client
                while ContinuousClock.now < deadline {
                    let route = routes[index % routes.count]
                    index += 1
                    do {
                        let reply = try HTTPProbe(port: port).send("GET", route)
                        tally.record(reply.status == 200 ? nil : "\(route): \(reply.status)")
                    } catch {
                        tally.record("\(route): \(error)")
                    }
                }
                group.leave()
            }.start()
        }
        group.wait()
        let (ok, failed) = tally.result
        #expect(failed.isEmpty, "\(failed.count) failed, e.g. \(failed.prefix(5))")
        #expect(ok >= 100)
    }
}

/// Successes and failures counted from many threads.
final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var ok = 0
    private var failed: [String] = []

    func record(_ failure: String?) {
        lock.lock()
        defer { lock.unlock() }
        if let failure { failed.append(failure) } else { ok += 1 }
    }

    var result: (Int, [String]) {
        lock.lock()
        defer { lock.unlock() }
        return (ok, failed)
    }
}

/// A case whose every name, quote and reference is an attempt to run script in the page.
let hostileCase = """
    <?xml version="1.0" encoding="UTF-8"?>
    <evidence xmlns="urn:listlineage:evidence:1">
      <source id="s-1" date="2014-07-10" reliability="B" title="&lt;img src=x onerror=alert(5)&gt;"
              publisher="&lt;/script&gt;&lt;script&gt;alert(4)&lt;/script&gt;" ref="javascript:alert(3)"/>
      <party id="p-img" kind="organization" name="&lt;img src=x onerror=alert(1)&gt;"/>
      <party id="p-script" kind="person" name="&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"/>
      <dataset id="d-1" kind="list" name="&quot;quoted&apos; &amp; &lt;b&gt;bold&lt;/b&gt;"/>
      <holding id="c-0" dataset="d-1" party="p-img" when="2014-05">
        <cite source="s-1" credibility="2"/>
      </holding>
      <transfer id="c-1" dataset="d-1" from="p-img" to="p-script" when="2014-06">
        <cite source="s-1" credibility="2"><quote>&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;</quote></cite>
      </transfer>
    </evidence>
    """

func escapedHTML(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        .replacingOccurrences(of: "'", with: "&#39;")
}
