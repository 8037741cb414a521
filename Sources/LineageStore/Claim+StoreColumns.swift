import LineageCore

/// Where the store keeps each field of a claim (`Claim.Field`), so that rows are written and read through the
/// claim kinds' one description (`Claim.Kind.attributes`) and name no claim kind's attributes themselves.
///
/// The version 1 fields have a column of `claim` under their format name; what evidence format 1.1 added has a
/// column of `claim_detail` (schema version 3, `CaseStore+DetailSchema.swift`).
enum ClaimColumn: Equatable {
    /// A text column of `claim`.
    case claim(String)
    /// A text column of `claim_detail`.
    case detail(String)
    /// A space-separated id list in `claim_detail`, written `''` when empty, as every build has written it.
    case detailList(String)
    /// `records`, `unit` and `approx`: the claim's count (`Claim.records`), stored as an integer with its unit
    /// always named, and `approx` as 0 or 1 in `claim_detail`.
    case count
    /// `when` and `basis`: the claim's own, which every claim row has (`claim."when"`, `claim_detail.basis`).
    case claimsOwn
}

extension Claim.Field {
    var column: ClaimColumn {
        switch self {
        case .dataset: .claim("dataset")
        case .from: .claim("from")
        case .to: .claim("to")
        case .by: .claim("by")
        case .party: .claim("party")
        case .agent: .claim("agent")
        case .principal: .claim("principal")
        case .medium: .claim("medium")
        case .price: .claim("price")
        case .purpose: .claim("purpose")
        case .operation: .claim("operation")
        case .relation: .claim("relation")
        case .within: .detail("within")
        case .sameAs: .detail("same_as")
        case .eventKind: .detail("event_kind")
        case .parties: .detailList("parties")
        case .datasets: .detailList("datasets")
        case .records, .unit, .approx: .count
        case .when, .basis: .claimsOwn
        }
    }
}

extension ClaimColumn {
    /// The column's name, for a column that holds one field as text.
    var name: String? {
        switch self {
        case .claim(let name), .detail(let name), .detailList(let name): name
        case .count, .claimsOwn: nil
        }
    }
}
