import GRDB
import LineageCore

extension CaseStore {
    /// Writes what a 1.1 claim says beyond the version 1 columns into `claim_detail`, when it says any of it: a
    /// version 1 claim gets no row there, so its rows are exactly what an older build wrote. `fields` holds the
    /// claim's fields whose column is in `claim_detail` (`Claim.Field.column`), by column.
    func insertDetails(of claim: Claim, _ fields: [String: String], _ db: Database) throws {
        let approx = claim.records?.isApproximate ?? false
        guard claim.basis != nil || !fields.isEmpty || approx || claim.payment != nil else { return }
        var arguments: [String: (any DatabaseValueConvertible)?] = [
            "claim": claim.id.rawValue, "basis": claim.basis?.rawValue, "approx": approx ? 1 : 0,
            "price_amount": claim.payment?.amount, "price_currency": claim.payment?.currency,
            "price_approx": claim.payment.map { $0.isApproximate ? 1 : 0 },
        ]
        for name in Self.detailColumnNames { arguments.updateValue(fields[name], forKey: name) }
        try db.cachedStatement(
            sql: """
                INSERT INTO claim_detail (claim, basis, within, same_as, event_kind, parties, datasets, approx,
                    price_amount, price_currency, price_approx)
                VALUES (:claim, :basis, :within, :same_as, :event_kind, :parties, :datasets, :approx,
                    :price_amount, :price_currency, :price_approx)
                """
        ).execute(arguments: StatementArguments(arguments))
    }

    /// The `claim_detail` columns that hold a claim's fields: a kind sets those it has, the rest are NULL.
    private static let detailColumnNames: [String] = Claim.Field.allCases.compactMap { field in
        switch field.column {
        case .detail(let name), .detailList(let name): name
        case .claim, .count, .claimsOwn: nil
        }
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
