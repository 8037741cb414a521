import Foundation
import GRDB
import LineageCore
import LineageStore
import LineageTestSupport
import Testing

/// A claim's rows are written and read through its kind's description (`Claim.Kind.attributes`, each field's
/// column in `Claim+StoreColumns.swift`): every kind reads back as added, into exactly the rows older builds wrote,
/// so old stores read and verify as before.
@Suite("Claim rows")
struct ClaimRowsTests {
    @Test func everyClaimKindReadsBackAsAddedAndVerifies() throws {
        let test = try TestStore()
        let items = try EveryClaimKind.evidence()
        let added = try test.store.add(origin: "kinds.xml", digest: nil, by: "tester") { _ in (items, []) }
        #expect(added.isAdded, "\(added.diagnostics)")
        #expect(try test.store.loadCase().claims.mapValues(\.withoutLocation) == items.claims)
        #expect(try test.store.verify().isIntact)
    }

    /// The `claim` and `claim_detail` rows of every kind, exactly as the build before this description wrote them
    /// (its per-kind writer, checked row by row): an old store's rows and a new one's are alike.
    @Test func everyClaimKindKeepsItsRows() throws {
        let test = try TestStore()
        let items = try EveryClaimKind.evidence()
        _ = try test.store.add(origin: "kinds.xml", digest: nil, by: "tester") { _ in (items, []) }
        let queue = try DatabaseQueue(path: test.path)
        defer { try? queue.close() }
        let (claims, details) = try queue.read { db in
            (
                try Row.fetchAll(db, sql: "SELECT * FROM claim ORDER BY id").map(\.description),
                try Row.fetchAll(db, sql: "SELECT * FROM claim_detail ORDER BY claim").map(\.description)
            )
        }
        #expect(claims == Self.claimRows)
        #expect(details == Self.detailRows)
    }

    static let claimRows: [String] = [
        #"[id:"c01" entry:1 kind:"extraction" when:"2014-05~" dataset:"l" from:"db" to:NULL by:"q" party:NULL agent:NULL principal:NULL medium:"USB" price:NULL purpose:NULL operation:NULL relation:NULL records:5 unit:"records"]"#,
        #"[id:"c02" entry:1 kind:"extraction" when:"2014-05~" dataset:"l" from:"db" to:NULL by:"q" party:NULL agent:NULL principal:NULL medium:NULL price:NULL purpose:NULL operation:NULL relation:NULL records:NULL unit:NULL]"#,
        #"[id:"c03" entry:1 kind:"transfer" when:"2014-05~" dataset:"l" from:"q" to:"r" by:NULL party:NULL agent:NULL principal:NULL medium:NULL price:"¥1" purpose:NULL operation:NULL relation:NULL records:7 unit:"households"]"#,
        #"[id:"c04" entry:1 kind:"derivation" when:"2014-05~" dataset:"m" from:"l" to:NULL by:"r" party:NULL agent:NULL principal:NULL medium:NULL price:NULL purpose:NULL operation:"subset" relation:NULL records:NULL unit:NULL]"#,
        #"[id:"c05" entry:1 kind:"derivation" when:"2014-05~" dataset:"m" from:"l k" to:NULL by:"r" party:NULL agent:NULL principal:NULL medium:NULL price:NULL purpose:NULL operation:"merge" relation:NULL records:9 unit:"persons"]"#,
        #"[id:"c06" entry:1 kind:"use" when:"2014-05~" dataset:"m" from:NULL to:NULL by:"r" party:NULL agent:NULL principal:NULL medium:NULL price:NULL purpose:"mail" operation:NULL relation:NULL records:2 unit:"records"]"#,
        #"[id:"c07" entry:1 kind:"holding" when:"2014-05~" dataset:"m" from:NULL to:NULL by:NULL party:"r" agent:NULL principal:NULL medium:NULL price:NULL purpose:NULL operation:NULL relation:NULL records:NULL unit:NULL]"#,
        #"[id:"c08" entry:1 kind:"deletion" when:"2014-05~" dataset:"m" from:NULL to:NULL by:NULL party:"r" agent:NULL principal:NULL medium:NULL price:NULL purpose:NULL operation:NULL relation:NULL records:NULL unit:NULL]"#,
        #"[id:"c09" entry:1 kind:"delegation" when:"2014-05~" dataset:NULL from:NULL to:NULL by:NULL party:NULL agent:"q" principal:"p" medium:NULL price:NULL purpose:NULL operation:NULL relation:"subcontractor" records:NULL unit:NULL]"#,
        #"[id:"c10" entry:1 kind:"containment" when:"2014-05~" dataset:"l" from:NULL to:NULL by:NULL party:NULL agent:NULL principal:NULL medium:NULL price:NULL purpose:NULL operation:NULL relation:NULL records:3 unit:"records"]"#,
        #"[id:"c11" entry:1 kind:"event" when:"2014-05~" dataset:NULL from:NULL to:NULL by:NULL party:NULL agent:NULL principal:NULL medium:NULL price:NULL purpose:NULL operation:NULL relation:NULL records:NULL unit:NULL]"#,
        #"[id:"c12" entry:1 kind:"event" when:"2014-05~" dataset:NULL from:NULL to:NULL by:NULL party:NULL agent:NULL principal:NULL medium:NULL price:NULL purpose:NULL operation:NULL relation:NULL records:NULL unit:NULL]"#,
        #"[id:"c13" entry:1 kind:"identity" when:"2014-05~" dataset:NULL from:NULL to:NULL by:NULL party:"q" agent:NULL principal:NULL medium:NULL price:NULL purpose:NULL operation:NULL relation:NULL records:NULL unit:NULL]"#,
        #"[id:"c14" entry:1 kind:"transfer" when:"2014-05~" dataset:"l" from:"q" to:"r" by:NULL party:NULL agent:NULL principal:NULL medium:NULL price:NULL purpose:NULL operation:NULL relation:NULL records:NULL unit:NULL]"#,
    ]
    static let detailRows: [String] = [
        #"[claim:"c05" basis:NULL within:NULL same_as:NULL event_kind:NULL parties:NULL datasets:NULL approx:1 price_amount:NULL price_currency:NULL price_approx:NULL]"#,
        #"[claim:"c10" basis:NULL within:"db" same_as:NULL event_kind:NULL parties:NULL datasets:NULL approx:1 price_amount:NULL price_currency:NULL price_approx:NULL]"#,
        #"[claim:"c11" basis:NULL within:NULL same_as:NULL event_kind:"arrest" parties:"q r" datasets:"" approx:0 price_amount:NULL price_currency:NULL price_approx:NULL]"#,
        #"[claim:"c12" basis:NULL within:NULL same_as:NULL event_kind:"other" parties:"" datasets:"l" approx:0 price_amount:NULL price_currency:NULL price_approx:NULL]"#,
        #"[claim:"c13" basis:NULL within:NULL same_as:"r" event_kind:NULL parties:NULL datasets:NULL approx:0 price_amount:NULL price_currency:NULL price_approx:NULL]"#,
        #"[claim:"c14" basis:"sale" within:NULL same_as:NULL event_kind:NULL parties:NULL datasets:NULL approx:0 price_amount:"1.5" price_currency:"JPY" price_approx:1]"#,
    ]
}
