import Foundation
import Testing

/// The page in a real browser (headless Chromium through WebDriver), on the shipped Benesse case: the clicks,
/// controls and forms an investigator uses, and the attacks the page must withstand. Screenshots go to
/// `.build/browser-screenshots/`; `LINEAGE_UPDATE_SCREENSHOT=1` also writes `docs/serve.png` for the README.
@Suite(.serialized) struct BrowserTests {
    static let screenshots = ServedCase.packageRoot.appendingPathComponent(".build/browser-screenshots")

    @Test func clickAClaimAndReadItsSources() throws {
        let server = try ServedCase(["Graphs/benesse"])
        defer { server.stop() }
        let browser = try Browser()
        defer { browser.quit() }
        try browser.open(server.address)
        let edge = try browser.wait(for: "g[id='claims:t-bk-js'] text")
        try browser.click(edge)
        let details = try browser.wait(for: "#details article.claim[data-claim='t-bk-js']")
        let text = try browser.text(of: details)
        #expect(text.contains("出所が明確ではないことはジャスト社も把握していた"), "the Kyodo quote")
        #expect(text.contains("Bunkensha"))
        #expect(try browser.url.contains("select=claim%3At-bk-js"), "the address holds the selection")
        #expect(try browser.find("g.edge.highlight[id='claims:t-bk-js']") != nil)
        try browser.screenshot(to: Self.screenshots.appendingPathComponent("claim-t-bk-js.png"))
        if ProcessInfo.processInfo.environment["LINEAGE_UPDATE_SCREENSHOT"] == "1" {
            try browser.screenshot(to: ServedCase.packageRoot.appendingPathComponent("docs/serve.png"))
        }

        // Knowledge time: by 9 July 2014 nobody had published the broker chain to JustSystems.
        try browser.execute(
            """
            const input = document.querySelector("input[name='known-by']");
            input.value = "2014-07-09";
            input.dispatchEvent(new Event("change", { bubbles: true }));
            """)
        try browser.wait("the page redrawn as known by 2014-07-09") { try browser.url.contains("known-by=2014-07-09") }
        _ = try browser.wait(for: "#diagram svg")
        #expect(try browser.find("g[id='claims:t-bk-js']") == nil, "the broker chain is gone")
        #expect(try browser.findAll("g[id^='claims:t-pw-bk'], g[id^='claims:t-bk-']").isEmpty)
        try browser.screenshot(to: Self.screenshots.appendingPathComponent("known-by-2014-07-09.png"))

        // An answer panel, highlighting its paths.
        try browser.open(server.address)
        _ = try browser.wait(for: "#diagram svg")
        try browser.execute(
            """
            document.querySelector("select[name='panel']").value = "received";
            document.querySelector("select[name='dataset']").value = "batch-2014-06-17";
            """)
        try browser.click(try browser.wait(for: "#answers button[type='submit']"))
        let answer = try browser.wait(for: "pre#answer")
        let cli = try lineage(["received", "batch-2014-06-17", "Graphs/benesse"])
        #expect(try browser.text(of: answer).contains(String(cli.output.split(separator: "\n")[0])))
        #expect(try !browser.findAll("g.edge.highlight").isEmpty, "the answer's paths are highlighted")
        try browser.screenshot(to: Self.screenshots.appendingPathComponent("received-batch-2014-06-17.png"))

        // A party: what it holds and how.
        try browser.click(try browser.wait(for: "g[id='party:justsystems'] text"))
        let party = try browser.wait(for: "#details article.party")
        #expect(try browser.text(of: party).contains("What it holds and how"))
    }

    @Test func hostileNamesShowAsTextAndRunNothing() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try hostileCase.write(toFile: folder.path("case.xml"), atomically: true, encoding: .utf8)
        let server = try ServedCase([folder.path("case.xml")])
        defer { server.stop() }
        let browser = try Browser()
        defer { browser.quit() }
        try browser.open(server.address + "?select=claim:c-1")
        let details = try browser.wait(for: "#details article.claim")
        #expect(try browser.alertText == nil, "no script ran")
        #expect(try browser.text(of: details).contains("</script><script>alert(2)</script>"))
        #expect(try browser.findAll("#details img, #details script, #diagram img").isEmpty)
        #expect(try browser.execute("return window.__injected === undefined && document.scripts.length === 1") as? Bool == true)
        try browser.click(try browser.wait(for: "g[id='party:p-img'] text"))
        let party = try browser.wait(for: "#details article.party h2")
        #expect(try browser.text(of: party) == "<img src=x onerror=alert(1)>")
        #expect(try browser.alertText == nil)
        try browser.screenshot(to: Self.screenshots.appendingPathComponent("hostile-names.png"))
    }

    @Test func addAClaimWithTheTokenAndSeeItDrawn() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let store = folder.path("case.lineage")
        #expect(try lineage(["init", store]).status == 0)
        #expect(try lineage(["add", store, "Graphs/benesse"]).status == 0)
        let server = try ServedCase([store, "--allow-writes", "--by", "browser-test"])
        defer { server.stop() }
        let token = try #require(server.token)
        let browser = try Browser()
        defer { browser.quit() }
        try browser.open(server.address)
        _ = try browser.wait(for: "form.add-form[data-item='claim']")
        let form = "form.add-form[data-item='claim'] "
        try browser.execute("document.querySelector(\"\(form)select[name='item']\").value = 'transfer';")
        for (name, value) in [
            ("id", "t-browser-added"), ("when", "2014-08"), ("dataset", "list-js"), ("from", "justsystems"),
            ("to", "bunkensha"), ("cite", "s-tsuhan"),
        ] {
            try browser.type(value, into: try browser.wait(for: "\(form)input[name='\(name)']"))
        }
        // First without the token: refused.
        try browser.click(try browser.wait(for: "\(form)button[type='submit']"))
        let result = try browser.wait(for: "\(form).result")
        try browser.wait("the refusal") { try browser.text(of: result).contains("refused") }
        #expect(try browser.find("g[id='claims:t-browser-added']") == nil)
        // Then with it.
        try browser.type(token, into: try browser.wait(for: "#token"))
        try browser.type("Browser Test", into: try browser.wait(for: "#by"))
        try browser.click(try browser.wait(for: "\(form)button[type='submit']"))
        _ = try browser.wait(for: "g[id='claims:t-browser-added']")
        try browser.screenshot(to: Self.screenshots.appendingPathComponent("added-claim.png"))
        let log = try lineage(["log", store])
        #expect(log.output.contains("Browser Test"), "the entry records who added it: \(log.output)")
    }
}
