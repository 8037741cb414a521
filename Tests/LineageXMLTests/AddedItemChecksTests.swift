import Foundation
import LineageCore
import LineageXML
import Testing

/// `check(added:)` must find what `check()` finds about the added items, on any case that checked without errors
/// before they were added.
@Suite("Checking only what added items can break")
struct AddedItemChecksTests {
    static let benesse: EvidenceCase = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return CaseLoader(schema: try! EvidenceSchema()).load([root.appendingPathComponent("Graphs/benesse").path])
            .evidence
    }()

    /// The diagnostics that point at `locations`, by their text.
    static func touching(_ locations: Set<LineageCore.SourceLocation>, in diagnostics: [Diagnostic]) -> Set<String> {
        Set(
            diagnostics.filter { diagnostic in
                ([diagnostic.location] + diagnostic.notes.map(\.location)).contains {
                    $0.map(locations.contains) ?? false
                }
            }.map(\.description))
    }

    @Test(
        "each Benesse claim, added last, gets the warnings the whole case gives it", arguments: benesse.sortedClaimIDs)
    func findsWhatTheWholeCheckFindsAboutEachClaim(_ id: ClaimID) throws {
        let union = Self.benesse
        let claim = try #require(union.claims[id])
        var added = EvidenceCase()
        _ = added.insert(claim)
        let scoped = union.check(added: added)
        let whole = union.check()
        #expect(!scoped.contains { $0.severity == .error })
        let locations = Set([claim.location].compactMap { $0 } + claim.cites.compactMap(\.location))
        #expect(Self.touching(locations, in: scoped) == Self.touching(locations, in: whole))
    }
}
