import GRDB
public import LineageCore

extension CaseStore {
    /// Withdraws a claim: appends a retraction entry with the reason. The claim leaves every case loaded from the
    /// store from then on, and stays in its rows and in the log; its id is never used again.
    ///
    /// Throws `.cannotRetract` when the store holds no such claim (or the id names a source, party or dataset),
    /// or the claim was already retracted.
    public func retract(_ claim: ClaimID, reason: String, by recorder: String) throws(StoreError) -> StoreEntry {
        let entry = try write { db -> (StoreEntry, Database.TransactionCompletion) in
            guard try SQLRequest<Int>("SELECT entry FROM claim WHERE id = \(claim.rawValue)").fetchOne(db) != nil
            else {
                for table in ["source", "party", "dataset"] {
                    if try SQLRequest<Int>("SELECT entry FROM \(identifier: table) WHERE id = \(claim.rawValue)")
                        .fetchOne(db) != nil
                    {
                        throw StoreError(
                            .cannotRetract, "'\(claim)' is a \(table), not a claim; only claims can be retracted",
                            path: path)
                    }
                }
                throw StoreError(.cannotRetract, "the store holds no claim '\(claim)'", path: path)
            }
            if let earlier = try SQLRequest<Int>(
                "SELECT sequence FROM entry WHERE kind = 'retract' AND claim = \(claim.rawValue)"
            ).fetchOne(db) {
                throw StoreError(
                    .cannotRetract, "claim '\(claim)' was already retracted in entry \(earlier)", path: path)
            }
            let entry = try appendEntry(
                .retraction(claim: claim, reason: reason), after: try head(db), by: recorder, db)
            return (entry, .commit)
        }
        cache = nil
        return entry
    }
}
