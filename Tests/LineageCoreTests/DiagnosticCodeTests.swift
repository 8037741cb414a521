import Foundation
import LineageCore
import Testing

/// Diagnostic codes come from one closed catalogue, and the names it prints are the ones scripts already match.
@Suite struct DiagnosticCodeTests {
    /// Every member and the name it prints, as `docs/errors.md` and the golden files know them.
    static let names: [(Diagnostic.Code, String)] = [
        (.malformedXML, "malformed-xml"), (.schema, "schema"), (.forbiddenDTD, "forbidden-dtd"),
        (.inputTooLarge, "input-too-large"), (.unreadable, "unreadable"), (.emptyFile, "empty-file"),
        (.encodingMismatch, "encoding-mismatch"), (.notEvidence, "not-evidence"), (.table, "table"),
        (.badDate, "bad-date"), (.badGrade, "bad-grade"), (.countTooLarge, "count-too-large"),
        (.duplicateID, "duplicate-id"), (.unknownReference, "unknown-reference"),
        (.wrongKindOfReference, "wrong-kind-of-reference"), (.missingCite, "missing-cite"),
        (.derivationCycle, "derivation-cycle"), (.containmentCycle, "containment-cycle"),
        (.beforeDatasetExists, "before-dataset-exists"), (.reportedBeforeEvent, "reported-before-event"),
        (.countUnitsDisagree, "count-units-disagree"), (.conflictingCounts, "conflicting-counts"),
        (.unexpectedDatasetKind, "unexpected-dataset-kind"), (.conflictingPrices, "conflicting-prices"),
        (.selfTransfer, "self-transfer"), (.alreadyInStore, "already-in-store"), (.alreadyAdded, "already-added"),
        (.notCovered, "not-covered"),
    ]

    @Test func everyMemberPrintsItsName() {
        for (code, name) in Self.names {
            #expect(code.description == name)
            #expect(Diagnostic.error(code, "m", at: nil).description == "<case>: error: m [\(name)]")
        }
        #expect(Set(Self.names.map(\.1)).count == Self.names.count, "two members print the same name")
    }

    @Test func theCatalogueHoldsExactlyTheMembers() {
        #expect(Set(Diagnostic.Code.catalogue) == Set(Self.names.map(\.0)))
        #expect(Diagnostic.Code.catalogue.count == Self.names.count)
    }

    @Test func aNameMapsOnlyToACodeTheCatalogueHolds() throws {
        #expect(Diagnostic.Code(named: "duplicate-id") == .duplicateID)
        #expect(Diagnostic.Code(named: "made-up-rule") == nil)
        let encoded = try JSONEncoder().encode(Diagnostic.Code.badDate)
        #expect(String(decoding: encoded, as: UTF8.self) == #""bad-date""#)
        #expect(try JSONDecoder().decode(Diagnostic.Code.self, from: encoded) == .badDate)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Diagnostic.Code.self, from: Data(#""made-up-rule""#.utf8))
        }
    }
}
