import LineageCore
import Testing

@testable import LineageStore

/// The canonical form is a contract with every store ever written: a change to its bytes breaks `verify` on all
/// of them. These tests pin it, and check that Python's standard library writes the same bytes (see
/// `docs/store.md`), so a store can be checked without this program.
@Suite("The canonical form of an entry")
struct CanonicalFormTests {
    static var entry: CanonicalForm {
        var items = EvidenceCase()
        _ = items.insert(
            Party(
                id: "p", kind: .person, name: "tab\tnl\ncr\rbell\u{7} é", isIdentified: false,
                aliases: [Party.Alias("名簿業者", language: "ja")]))
        _ = items.insert(
            Claim(
                id: "t", when: try! EventTime(parsing: "2014-05~"),
                action: .transfer(
                    dataset: "l", from: "p", to: "q", records: RecordCount(UInt64.max, unit: .households), price: nil),
                cites: [
                    Cite(
                        source: "s", credibility: .probable, stance: .disputes, page: "p. 4", quotes: [Cite.Quote("引用")]
                    )
                ]))
        return CanonicalForm(
            sequence: 1, recordedBy: "ali\"ce\\", recordedAt: "2026-11-23T09:41:07Z",
            change: .addition(origin: "claims/新聞.xml", digest: "ab", items: items))
    }

    /// Written by `json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)` in Python 3.11.
    static let pythonBytes = #"""
        {"at":"2026-11-23T09:41:07Z","by":"ali\"ce\\","digest":"ab","format":1,"items":[{"aliases":[{"lang":"ja","text":"名簿業者"}],"id":"p","identified":false,"kind":"person","name":"tab\tnl\ncr\rbell\u0007 é","type":"party"},{"cites":[{"credibility":2,"page":"p. 4","quotes":[{"text":"引用"}],"source":"s","stance":"disputes"}],"dataset":"l","from":"p","id":"t","records":18446744073709551615,"to":"q","type":"transfer","unit":"households","when":"2014-05~"}],"kind":"add","origin":"claims/新聞.xml","sequence":1}
        """#

    @Test func isTheJSONPythonWritesForTheSameValues() {
        #expect(String(decoding: Self.entry.json.bytes, as: UTF8.self) == Self.pythonBytes)
    }

    @Test func hashesToTheValuePythonsHashlibGives() {
        // hashlib.sha256(bytes(32) + data).hexdigest()
        #expect(
            Self.entry.hash(after: CanonicalForm.genesis)
                == "d15d6e5d5d5769cbe4490dac606fbedee31efc23b6b1755defd4abc5055a016e")
    }

    @Test func aRetractionCoversItsClaimAndReason() {
        let retraction = CanonicalForm(
            sequence: 7, recordedBy: "bob", recordedAt: "2026-11-24T00:00:00Z",
            change: .retraction(claim: "t-x", reason: "the invoice was forged"))
        #expect(
            String(decoding: retraction.json.bytes, as: UTF8.self)
                == #"{"at":"2026-11-24T00:00:00Z","by":"bob","claim":"t-x","format":1,"kind":"retract","reason":"the invoice was forged","sequence":7}"#
        )
        #expect(
            retraction.hash(after: CanonicalForm.genesis)
                != retraction.hash(after: Self.entry.hash(after: CanonicalForm.genesis)))
    }
}
