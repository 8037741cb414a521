import GRDB
import LineageCore

extension CaseStore {
    /// Writes what a 1.1 claim says beyond the version 1 columns into `claim_detail`, when it says any of it: a
    /// version 1 claim gets no row there, so its rows are exactly what an older build wrote.
    func insertDetails(of claim: Claim, _ db: Database) throws {
        var detail = ClaimDetail()
        detail.basis = claim.basis?.rawValue
        detail.approx = claim.records?.isApproximate ?? false
        if let payment = claim.payment {
            (detail.priceAmount, detail.priceCurrency, detail.priceApprox) =
                (payment.amount, payment.currency, payment.isApproximate)
        }
        switch claim.action {
        case .containment(_, let within, _):
            detail.within = within.rawValue
        case .event(let kind, let parties, let datasets):
            detail.eventKind = kind.rawValue
            detail.parties = parties.map(\.rawValue).joined(separator: " ")
            detail.datasets = datasets.map(\.rawValue).joined(separator: " ")
        case .identity(_, let sameAs):
            detail.sameAs = sameAs.rawValue
        default:
            break
        }
        guard detail != ClaimDetail() else { return }
        let priceApprox = detail.priceAmount == nil ? nil : (detail.priceApprox ? 1 : 0)
        try db.cachedStatement(
            sql: """
                INSERT INTO claim_detail (claim, basis, within, same_as, event_kind, parties, datasets, approx,
                    price_amount, price_currency, price_approx)
                VALUES (:claim, :basis, :within, :same_as, :event_kind, :parties, :datasets, :approx,
                    :price_amount, :price_currency, :price_approx)
                """
        ).execute(arguments: [
            "claim": claim.id.rawValue, "basis": detail.basis, "within": detail.within, "same_as": detail.sameAs,
            "event_kind": detail.eventKind, "parties": detail.parties, "datasets": detail.datasets,
            "approx": detail.approx ? 1 : 0, "price_amount": detail.priceAmount, "price_currency": detail.priceCurrency,
            "price_approx": priceApprox,
        ])
    }

    /// Writes a dataset's several owners, `approx` and aliases, when it has any.
    func insertDetails(of dataset: Dataset, _ db: Database) throws {
        let owners = dataset.owners.count > 1 ? dataset.owners.map(\.rawValue).joined(separator: " ") : nil
        let approx = dataset.records?.isApproximate ?? false
        if owners != nil || approx {
            try db.cachedStatement(
                sql: """
                    INSERT INTO dataset_detail (dataset, owners, approx)
                    VALUES (:dataset, :owners, :approx)
                    """
            ).execute(arguments: ["dataset": dataset.id.rawValue, "owners": owners, "approx": approx ? 1 : 0])
        }
        for (position, name) in dataset.aliases.enumerated() {
            try db.cachedStatement(
                sql: """
                    INSERT INTO dataset_alias (dataset, position, text, lang)
                    VALUES (:dataset, :position, :text, :lang)
                    """
            ).execute(arguments: [
                "dataset": dataset.id.rawValue, "position": position, "text": name.text, "lang": name.language,
            ])
        }
        try insertNotes(dataset.notes, of: dataset.id.rawValue, db)
    }

    /// Writes the notes of the item `id`, in order.
    func insertNotes(_ notes: [Note], of id: String, _ db: Database) throws {
        for (position, note) in notes.enumerated() {
            try db.cachedStatement(
                sql: """
                    INSERT INTO note (item, position, text, lang)
                    VALUES (:item, :position, :text, :lang)
                    """
            ).execute(arguments: ["item": id, "position": position, "text": note.text, "lang": note.language])
        }
    }
}

/// The `claim_detail` columns of one claim; all empty for a version 1 claim.
private struct ClaimDetail: Equatable {
    var basis: String?
    var within: String?
    var sameAs: String?
    var eventKind: String?
    var parties: String?
    var datasets: String?
    var approx = false
    var priceAmount: String?
    var priceCurrency: String?
    var priceApprox = false
}
