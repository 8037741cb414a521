import Foundation
import Testing

/// Adding evidence through `POST /api/add`: only with `--allow-writes`, the token in its header and the page's own
/// origin; checked as `lineage add` checks it; recorded under the name the form gives.
@Suite(.serialized) struct ServerWriteTests {
    static let transfer =
        "item=transfer&id=t-page-added&when=2014-08&dataset=list-js&from=justsystems&to=bunkensha"
        + "&cite=s-tsuhan&credibility=3&by=Page+Tester"

    @Test func aWriteNeedsTheTokenAndThePagesOrigin() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let store = folder.path("case.lineage")
        #expect(try lineage(["init", store]).status == 0)
        #expect(try lineage(["add", store, "Graphs/benesse"]).status == 0)
        let server = try ServedCase([store, "--allow-writes", "--by", "server-test"])
        defer { server.stop() }
        let token = try #require(server.token)
        let origin = "http://127.0.0.1:\(server.port)"
        let form = ("Content-Type", "application/x-www-form-urlencoded")
        let body = Data(Self.transfer.utf8)

        let noToken = try server.client.send("POST", "/api/add", headers: [form, ("Origin", origin)], body: body)
        #expect(noToken.status == 403)
        let wrongToken = try server.client.send(
            "POST", "/api/add", headers: [form, ("Origin", origin), ("X-Lineage-Token", (token.first == "0" ? "1" : "0") + token.dropFirst())],
            body: body)
        #expect(wrongToken.status == 403)
        let otherSite = try server.client.send(
            "POST", "/api/add", headers: [form, ("Origin", "http://evil.example"), ("X-Lineage-Token", token)],
            body: body)
        #expect(otherSite.status == 403)
        let noOrigin = try server.client.send("POST", "/api/add", headers: [form, ("X-Lineage-Token", token)], body: body)
        #expect(noOrigin.status == 403)
        let tooBig = try server.client.send(
            "POST", "/api/add", headers: [form, ("Origin", origin), ("X-Lineage-Token", token)],
            body: Data(repeating: UInt8(ascii: "a"), count: 100_000))
        #expect(tooBig.status == 413)
        #expect(!(try lineage(["timeline", store]).output.contains("t-page-added")), "nothing was added")

        let added = try server.client.send(
            "POST", "/api/add", headers: [form, ("Origin", origin), ("X-Lineage-Token", token)], body: body)
        #expect(added.status == 200, "\(added.text)")
        #expect(try lineage(["timeline", store]).output.contains("t-page-added"))
        #expect(try lineage(["log", store]).output.contains("Page Tester"), "the entry names who added it")
        let page = try server.client.send("GET", "/").text.replacingOccurrences(of: "&#45;", with: "-")
        #expect(page.contains("id=\"claims:t-page-added\""), "the new claim is drawn")

        // Checked as lineage add checks it: the same id again is refused, with the same diagnostic.
        let again = try server.client.send(
            "POST", "/api/add", headers: [form, ("Origin", origin), ("X-Lineage-Token", token)], body: body)
        #expect(again.status == 422)
        #expect(again.text.contains("t-page-added"))
        let bad = try server.client.send(
            "POST", "/api/add", headers: [form, ("Origin", origin), ("X-Lineage-Token", token)],
            body: Data("item=source&id=s-x&title=T&date=2014&reliability=Q".utf8))
        #expect(bad.status == 400)
        #expect(bad.text.contains("The value 'Q' is invalid for '--reliability <reliability>'"))
    }

    @Test func aServerStartedWithoutAllowWritesAddsNothing() throws {
        let server = try ServedCase(["Graphs/benesse"])
        defer { server.stop() }
        let reply = try server.client.send(
            "POST", "/api/add",
            headers: [
                ("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "http://127.0.0.1:\(server.port)"),
                ("X-Lineage-Token", "anything"),
            ],
            body: Data(Self.transfer.utf8))
        #expect(reply.status == 403)
        #expect(server.token == nil, "no token is printed without --allow-writes")
    }

    /// Format 1.1's items and attributes (a transfer's basis and price, notes, an identity claim) added through
    /// the page land in the store exactly as `lineage add` puts them there: both go through ItemAddition.
    @Test func formatOnePointOneItemsAddedThroughThePageEqualLineageAdd() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let viaPage = folder.path("page.lineage")
        let viaCommand = folder.path("command.lineage")
        for store in [viaPage, viaCommand] {
            #expect(try lineage(["init", store]).status == 0)
            #expect(try lineage(["add", store, "Graphs/benesse"]).status == 0)
        }
        let transfer = [
            "transfer", "--id", "t-sold", "--when", "2014-08", "--dataset", "list-js", "--from", "justsystems",
            "--to", "bunkensha", "--cite", "s-tsuhan:3", "--basis", "sale", "--price-amount", "1000",
            "--price-currency", "JPY", "--note", "paid per record",
        ]
        let identity = [
            "identity", "--id", "i-same", "--when", "2014-08", "--party", "bunkensha", "--same-as", "justsystems",
            "--cite", "s-tsuhan:3",
        ]
        for item in [transfer, identity] {
            let added = try lineage(["add", viaCommand] + item)
            #expect(added.status == 0, "\(added.error)")
        }

        let server = try ServedCase([viaPage, "--allow-writes", "--by", "server-test"])
        defer { server.stop() }
        let token = try #require(server.token)
        let headers = [
            ("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "http://127.0.0.1:\(server.port)"),
            ("X-Lineage-Token", token),
        ]
        for body in [
            "item=transfer&id=t-sold&when=2014-08&dataset=list-js&from=justsystems&to=bunkensha&cite=s-tsuhan"
                + "&credibility=3&basis=sale&price-amount=1000&price-currency=JPY&note=paid+per+record",
            "item=identity&id=i-same&when=2014-08&party=bunkensha&same-as=justsystems&cite=s-tsuhan&credibility=3",
        ] {
            let added = try server.client.send("POST", "/api/add", headers: headers, body: Data(body.utf8))
            #expect(added.status == 200, "\(added.text)")
        }
        let halfPrice = try server.client.send(
            "POST", "/api/add", headers: headers,
            body: Data("item=transfer&id=t-x&when=2014&dataset=list-js&from=justsystems&to=bunkensha&cite=s-tsuhan&credibility=3&price-amount=5".utf8))
        #expect(halfPrice.status == 400)
        #expect(halfPrice.text.contains("--price-amount and --price-currency go together"))

        for read in [["timeline", "--json"], ["timeline", "--json", "--merge-identities", "F6"]] {
            let page = try lineage(read + [viaPage])
            let command = try lineage(read + [viaCommand])
            #expect(page.status == 0)
            #expect(page.output == command.output, "\(read): the page's items differ from lineage add's")
        }
        #expect(try lineage(["timeline", "--json", viaPage]).output.contains("\"sale\""))
    }
}
