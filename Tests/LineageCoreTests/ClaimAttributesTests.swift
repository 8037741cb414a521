import LineageCore
import LineageTestSupport
import Testing

/// The one description of each claim kind's attributes (`Claim+Attributes.swift`), which the evidence reader and
/// writer, the store's rows and the canonical form all go through.
@Suite("Claim attributes")
struct ClaimAttributesTests {
    static let when = try! EventTime(parsing: "2014-05~")

    /// Every kind, with every optional value set and unset: its fields make the same action again, so a form
    /// that writes a claim's fields and one that reads them agree for every kind.
    @Test func everyClaimKindsFieldsMakeItsActionAgain() throws {
        for (id, action) in EveryClaimKind.actions {
            let claim = Claim(id: id, when: Self.when, action: action, cites: [])
            #expect(try Claim.Action(claim.kind, values: claim.fieldValues) == action, "\(id)")
        }
    }

    /// A kind's description names each of its fields once, and every field the claim carries has an attribute:
    /// a value `fieldValues` sets that no attribute lists would be written by nothing.
    @Test func everyFieldAClaimCarriesIsOneOfItsKindsAttributes() {
        var described: Set<Claim.Field> = []
        for (id, action) in EveryClaimKind.actions {
            var claim = Claim(id: id, when: Self.when, action: action, cites: [])
            if claim.kind.carriesPayment { claim.basis = .sale }
            let attributes = claim.kind.attributes
            #expect(Set(attributes.map(\.name)).count == attributes.count, "\(claim.kind) names an attribute twice")
            #expect(Set(attributes.map(\.field)).count == attributes.count, "\(claim.kind) lists a field twice")
            let values = claim.fieldValues
            let set = Claim.Field.allCases.filter { values[$0] != nil }
            #expect(Set(set).isSubset(of: attributes.map(\.field)), "\(id)")
            described.formUnion(set)
        }
        #expect(described == Set(Claim.Field.allCases), "every field is used by some kind")
    }

    @Test func theWriterWritesTheKindsAttributesInItsOrder() {
        let action = Claim.Action.derivation(
            dataset: "m", from: ["l", "k"], by: "r", operation: .merge,
            records: RecordCount(9, unit: .persons, approx: true))
        let element = FormatElement(Claim(id: "c", when: Self.when, action: action, cites: []))
        #expect(element.attributes.map(\.name) == ["id", "dataset", "from", "by", "when", "operation", "records", "unit", "approx"])
        #expect(element.attributes.map(\.value) == ["c", "m", "l k", "r", "2014-05~", "merge", "9", "persons", "true"])
    }

    @Test func aMissingOrUnreadableFieldIsNamed() {
        var values = Claim.FieldValues()
        (values[.agent], values[.principal]) = ("q", "p")
        #expect(throws: Claim.FieldProblem(field: .relation, text: nil)) {
            try Claim.Action(.delegation, values: values)
        }
        values[.relation] = "boss"
        #expect(throws: Claim.FieldProblem(field: .relation, text: "boss")) {
            try Claim.Action(.delegation, values: values)
        }
        (values[.dataset], values[.within], values[.records]) = ("l", "db", "many")
        #expect(throws: Claim.FieldProblem(field: .records, text: "many")) {
            try Claim.Action(.containment, values: values)
        }
        values[.records] = "3"
        values[.unit] = "heads"
        #expect(throws: Claim.FieldProblem(field: .unit, text: "heads")) {
            try Claim.Action(.containment, values: values)
        }
    }

    @Test func aCountsUnitAndApproxHaveTheFormatsDefaults() throws {
        var values = Claim.FieldValues()
        (values[.dataset], values[.within], values[.records]) = ("l", "db", "3")
        #expect(try Claim.Action(.containment, values: values) == .containment(dataset: "l", within: "db", records: RecordCount(3)))
        (values[.unit], values[.approx]) = ("households", " 1 ")
        #expect(
            try Claim.Action(.containment, values: values)
                == .containment(dataset: "l", within: "db", records: RecordCount(3, unit: .households, approx: true)))
    }
}
