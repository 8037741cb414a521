import Foundation
import LineageCore
import Testing

/// A claim keeps its fields in a shared copy-on-write box so that a case's dictionary of claims holds one
/// reference a slot: these pin the size that buys, and that a claim is still a value.
@Suite("A claim's storage")
struct ClaimStorageTests {
    static let claim = Claim(
        id: "t1", when: .interval(from: .open, to: .open),
        action: .transfer(dataset: "l", from: "p", to: "q", records: RecordCount(5), price: nil),
        cites: [Cite(source: "s", credibility: .probable)])

    @Test func aClaimIsOneReferenceWide() {
        #expect(MemoryLayout<Claim>.size == MemoryLayout<AnyObject>.size)
    }

    @Test func changingACopyLeavesTheOriginalAsItWas() {
        let original = Self.claim
        var copy = original
        #expect(copy == original)
        copy.cites.append(Cite(source: "s2", credibility: .doubtful))
        copy.id = "t2"
        copy.action = .holding(dataset: "l", party: "q")
        #expect(original.id == "t1")
        #expect(original.cites.count == 1)
        #expect(original.action == .transfer(dataset: "l", from: "p", to: "q", records: RecordCount(5), price: nil))
        #expect(copy != original)
    }

    @Test func equalFieldsMakeEqualClaimsWithEqualHashes() {
        var rebuilt = Self.claim
        rebuilt.id = "other"
        rebuilt.id = "t1"
        #expect(rebuilt == Self.claim)
        #expect(rebuilt.hashValue == Self.claim.hashValue)
        #expect(Set([rebuilt, Self.claim]).count == 1)
    }

    @Test func aClaimsFieldsFitMallocs176ByteClass() {
        // 152 bytes of fields + a 16-byte object header = 168, which glibc serves from its 176-byte class; the
        // inline fields were 280 (a 304-byte block).
        #expect(Claim.storedFieldsSize == 152)
    }

    @Test func anEventTimeIsADozenBytes() {
        #expect(MemoryLayout<EDTFDate>.size == 5)
        #expect(MemoryLayout<EventTime>.size <= 13)
    }

    @Test func aLocationIsAFileAndTwo32BitNumbers() {
        #expect(MemoryLayout<LineageCore.SourceLocation?>.size == 24)
    }

    @Test func aCiteHoldsOneQuoteInlineIn80Bytes() {
        #expect(MemoryLayout<Cite>.stride == 80)
    }

    @Test func aPackedDateGivesBackWhatWasParsed() throws {
        for text in ["2014", "2014-05", "2014-05-11", "0001-12-31", "9999-02%", "2014-05?", "2014~"] {
            let time = try EventTime(parsing: text)
            #expect(time.description == text)
        }
        let time = try EventTime(parsing: "2014-05~/..")
        guard case .interval(from: .date(let date), to: .open) = time else {
            Issue.record("not an interval from a date: \(time)")
            return
        }
        #expect(date.year == 2014)
        #expect(date.month == 5)
        #expect(date.day == nil)
        #expect(date.qualifier == .approximate)
        #expect(date.precision == .month)
    }

    @Test func aLocationKeepsItsNumbersAndItsJSON() throws {
        var location = LineageCore.SourceLocation(file: "case.xml", line: 12, column: 7)
        #expect(location.description == "case.xml:12:7")
        location.column = 0
        location.line = 100_000_000
        #expect(location.description == "case.xml:100000000")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(location), as: UTF8.self)
        #expect(json == #"{"column":0,"file":"case.xml","line":100000000}"#)
        #expect(try JSONDecoder().decode(LineageCore.SourceLocation.self, from: Data(json.utf8)) == location)
    }

    @Test func changingACopysQuotesLeavesTheOriginalAsItWas() {
        let original = Cite(source: "s", credibility: .probable, quotes: [Cite.Quote("名簿を売却した。", language: "ja")])
        var copy = original
        copy.quotes.append(Cite.Quote("second"))
        #expect(original.quotes == [Cite.Quote("名簿を売却した。", language: "ja")])
        #expect(copy.quotes.map(\.text) == ["名簿を売却した。", "second"])
        copy.quotes.removeLast()
        #expect(copy == original)
        #expect(copy.hashValue == original.hashValue)
        copy.quotes = []
        #expect(copy.quotes.isEmpty)
        #expect(copy != original)
        var appended = Cite(source: "s", credibility: .probable)
        appended.quotes.append(Cite.Quote("名簿を売却した。", language: "ja"))
        #expect(appended == original)
    }

    @Test func aPageAndQuotesSurviveEveryChange() {
        let quote = Cite.Quote("sold the list", language: "en")
        var cite = Cite(source: "s", credibility: .probable, page: "p. 3", quotes: [quote])
        let original = cite
        #expect(cite.page == "p. 3")
        #expect(cite.quotes == [quote])
        cite.page = nil
        #expect(cite.quotes == [quote])
        #expect(original.page == "p. 3")
        cite.page = "p. 3"
        #expect(cite == original)
        #expect(cite.hashValue == original.hashValue)
        cite.quotes = [quote, quote]
        cite.page = nil
        #expect(cite.quotes == [quote, quote])
        #expect(cite.page == nil)
        #expect(cite != Cite(source: "s", credibility: .probable, quotes: [quote]))
        #expect(Cite(source: "s", credibility: .probable, page: "p. 3") != Cite(source: "s", credibility: .probable))
    }

    @Test func paymentAndNotesAreKeptApartAndCopiedOnChange() {
        let original = Self.claim
        var copy = original
        copy.payment = Price(amount: "1650", currency: "KRW")
        #expect(original.payment == nil)
        #expect(copy.payment == Price(amount: "1650", currency: "KRW"))
        #expect(copy.notes.isEmpty)
        copy.notes.append(Note("seen in the ledger"))
        #expect(copy.payment == Price(amount: "1650", currency: "KRW"))
        #expect(copy.notes == [Note("seen in the ledger")])
        #expect(original.notes.isEmpty)
        copy.payment = nil
        copy.notes = []
        #expect(copy == original)
        #expect(copy.hashValue == original.hashValue)
    }

    @Test func aClaimKeepsItsCitesWithoutSpareRoom() {
        var cites = [Cite(source: "s1", credibility: .probable)]
        cites.reserveCapacity(64)
        cites.append(Cite(source: "s2", credibility: .doubtful, stance: .disputes))
        let claim = Claim(id: "t1", when: .interval(from: .open, to: .open), action: Self.claim.action, cites: cites)
        #expect(claim.cites == cites)
        #expect(claim.cites.capacity < 64)
    }
}
