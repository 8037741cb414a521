import LineageCore
import LineageTestSupport
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

    /// An entry with evidence format 1.1 content: format 2, with the keys `docs/store.md` lists, each only when
    /// used. Written by Python as above, from a dictionary spelled out by hand from the documentation.
    @Test func anEntryWithFormatOneOneContentIsFormatTwo() throws {
        var items = EvidenceCase()
        _ = items.insert(
            Dataset(
                id: "d", kind: .batch, name: "D", owners: ["a", "b"], records: RecordCount(900, approx: true),
                aliases: [Party.Alias("디", language: "ko")], notes: [Note("why")]))
        _ = items.insert(
            Claim(
                id: "e", when: try EventTime(parsing: "2014-01"), action: .event(kind: .arrest, parties: ["a"], datasets: ["d"]),
                cites: [Cite(source: "s", credibility: .probable)], notes: [Note("note", language: "en")]))
        _ = items.insert(
            Claim(
                id: "t", when: try EventTime(parsing: "2014"),
                action: .transfer(dataset: "d", from: "a", to: "b", records: nil, price: nil),
                cites: [Cite(source: "s", credibility: .confirmed)], basis: .entrustment,
                payment: Price(amount: "1650", currency: "KRW")))
        let entry = CanonicalForm(
            sequence: 3, recordedBy: "tester", recordedAt: "2026-12-07T00:00:00Z",
            change: .addition(origin: "v11.xml", digest: nil, items: items))
        #expect(entry.formatNumber == 2)
        #expect(
            String(decoding: entry.json.bytes, as: UTF8.self)
                == #"{"at":"2026-12-07T00:00:00Z","by":"tester","format":2,"items":[{"aliases":[{"lang":"ko","text":"디"}],"approx":true,"fields":[],"id":"d","kind":"batch","name":"D","notes":[{"text":"why"}],"owner":["a","b"],"records":900,"type":"dataset","unit":"records"},{"cites":[{"credibility":2,"quotes":[],"source":"s","stance":"supports"}],"dataset":["d"],"id":"e","kind":"arrest","notes":[{"lang":"en","text":"note"}],"party":["a"],"type":"event","when":"2014-01"},{"basis":"entrustment","cites":[{"credibility":1,"quotes":[],"source":"s","stance":"supports"}],"dataset":"d","from":"a","id":"t","payment":{"amount":"1650","approx":false,"currency":"KRW"},"to":"b","type":"transfer","when":"2014"}],"kind":"add","origin":"v11.xml","sequence":3}"#
        )
        // The version 1 entry above keeps format 1.
        #expect(Self.entry.formatNumber == 1)
    }

    /// One claim of every kind, with counts in each unit, approximate and not: the canonical form takes a claim's
    /// attributes from its format description (`FormatElement`), and these bytes, written by the build before it
    /// did, must not change by one byte, since they are hashed into every store's chain.
    @Test func everyClaimKindKeepsItsBytes() throws {
        var items = EvidenceCase()
        let when = try EventTime(parsing: "2014-05~")
        let cites = [Cite(source: "s", credibility: .probable, page: "p. 1", quotes: [Cite.Quote("q", language: "ja")])]
        let actions = EveryClaimKind.actions
        for (id, action) in actions {
            _ = items.insert(Claim(id: id, when: when, action: action, cites: cites))
        }
        var sold = Claim(
            id: "c14", when: when, action: .transfer(dataset: "l", from: "q", to: "r", records: nil, price: nil),
            cites: cites, basis: .sale, payment: Price(amount: "1.5", currency: "JPY", isApproximate: true))
        sold.notes = [Note("n")]
        _ = items.insert(sold)
        let entry = CanonicalForm(
            sequence: 4, recordedBy: "tester", recordedAt: "2026-12-07T00:00:00Z",
            change: .addition(origin: "kinds.xml", digest: nil, items: items))
        #expect(
            String(decoding: entry.json.bytes, as: UTF8.self)
                == #"{"at":"2026-12-07T00:00:00Z","by":"tester","format":2,"items":[{"by":"q","cites":[{"credibility":2,"page":"p. 1","quotes":[{"lang":"ja","text":"q"}],"source":"s","stance":"supports"}],"dataset":"l","from":"db","id":"c01","medium":"USB","records":5,"type":"extraction","unit":"records","when":"2014-05~"},{"by":"q","cites":[{"credibility":2,"page":"p. 1","quotes":[{"lang":"ja","text":"q"}],"source":"s","stance":"supports"}],"dataset":"l","from":"db","id":"c02","type":"extraction","when":"2014-05~"},{"cites":[{"credibility":2,"page":"p. 1","quotes":[{"lang":"ja","text":"q"}],"source":"s","stance":"supports"}],"dataset":"l","from":"q","id":"c03","price":"¥1","records":7,"to":"r","type":"transfer","unit":"households","when":"2014-05~"},{"by":"r","cites":[{"credibility":2,"page":"p. 1","quotes":[{"lang":"ja","text":"q"}],"source":"s","stance":"supports"}],"dataset":"m","from":["l"],"id":"c04","operation":"subset","type":"derivation","when":"2014-05~"},{"approx":true,"by":"r","cites":[{"credibility":2,"page":"p. 1","quotes":[{"lang":"ja","text":"q"}],"source":"s","stance":"supports"}],"dataset":"m","from":["l","k"],"id":"c05","operation":"merge","records":9,"type":"derivation","unit":"persons","when":"2014-05~"},{"by":"r","cites":[{"credibility":2,"page":"p. 1","quotes":[{"lang":"ja","text":"q"}],"source":"s","stance":"supports"}],"dataset":"m","id":"c06","purpose":"mail","records":2,"type":"use","unit":"records","when":"2014-05~"},{"cites":[{"credibility":2,"page":"p. 1","quotes":[{"lang":"ja","text":"q"}],"source":"s","stance":"supports"}],"dataset":"m","id":"c07","party":"r","type":"holding","when":"2014-05~"},{"cites":[{"credibility":2,"page":"p. 1","quotes":[{"lang":"ja","text":"q"}],"source":"s","stance":"supports"}],"dataset":"m","id":"c08","party":"r","type":"deletion","when":"2014-05~"},{"agent":"q","cites":[{"credibility":2,"page":"p. 1","quotes":[{"lang":"ja","text":"q"}],"source":"s","stance":"supports"}],"id":"c09","principal":"p","relation":"subcontractor","type":"delegation","when":"2014-05~"},{"approx":true,"cites":[{"credibility":2,"page":"p. 1","quotes":[{"lang":"ja","text":"q"}],"source":"s","stance":"supports"}],"dataset":"l","id":"c10","records":3,"type":"containment","unit":"records","when":"2014-05~","within":"db"},{"cites":[{"credibility":2,"page":"p. 1","quotes":[{"lang":"ja","text":"q"}],"source":"s","stance":"supports"}],"id":"c11","kind":"arrest","party":["q","r"],"type":"event","when":"2014-05~"},{"cites":[{"credibility":2,"page":"p. 1","quotes":[{"lang":"ja","text":"q"}],"source":"s","stance":"supports"}],"dataset":["l"],"id":"c12","kind":"other","type":"event","when":"2014-05~"},{"cites":[{"credibility":2,"page":"p. 1","quotes":[{"lang":"ja","text":"q"}],"source":"s","stance":"supports"}],"id":"c13","party":"q","same-as":"r","type":"identity","when":"2014-05~"},{"basis":"sale","cites":[{"credibility":2,"page":"p. 1","quotes":[{"lang":"ja","text":"q"}],"source":"s","stance":"supports"}],"dataset":"l","from":"q","id":"c14","notes":[{"text":"n"}],"payment":{"amount":"1.5","approx":true,"currency":"JPY"},"to":"r","type":"transfer","when":"2014-05~"}],"kind":"add","origin":"kinds.xml","sequence":4}"#
        )
    }
}
