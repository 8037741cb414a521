package import LineageRecords
package import LineageStore

/// Which registered datasets hold one person, and on which keys: the first half of `lineage lookup`.
package struct PersonLookup {
    /// One dataset holding the person, with the keys that matched.
    package struct Dataset {
        package let dataset: String
        package var keys: [MatchKey]

        /// What the keys that matched show, given the keys the values allowed (the same-person rule).
        package func strength(given available: [MatchKey]) -> MatchStrength {
            MatchKey.strength(of: Set(keys.map(\.basis)), available: Set(available.map(\.basis)))
        }
    }

    /// The keys the values given allowed.
    package let keys: [MatchKey]
    /// The datasets with a record matching on at least one key, in the order their files were registered.
    package private(set) var datasets: [Dataset] = []

    /// Looks the person up in every record file `store` has registered.
    ///
    /// - Parameters:
    ///   - values: the person's normalised fields (`FieldNormaliser`); never stored or printed.
    ///   - secret: the case's fingerprint secret (`CaseStore.recordSecret(creating:)`).
    /// - Complexity: one chunk read per record file and key (the store keeps fingerprints sorted in chunks).
    package init(_ values: [RecordField: [UInt8]], in store: CaseStore, secret: [UInt8]) throws(StoreError) {
        let fingerprinter = Fingerprinter(secret: secret)
        keys = MatchKey.available(with: values.keys)
        for file in try store.recordFiles() where file.role == .records {
            for key in keys where file.fingerprintCounts[key.name] != nil {
                guard let fingerprint = fingerprinter.fingerprint(of: key, values: values) else { continue }
                if try store.contains(fingerprint, inFile: file.id, key: key.name) {
                    add(key, dataset: file.dataset)
                }
            }
        }
    }

    private mutating func add(_ key: MatchKey, dataset: String) {
        if let index = datasets.firstIndex(where: { $0.dataset == dataset }) {
            if !datasets[index].keys.contains(key) { datasets[index].keys.append(key) }
        } else {
            datasets.append(Dataset(dataset: dataset, keys: [key]))
        }
    }
}
