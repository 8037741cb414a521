/// Compares a recovered list with every registered record set and attributes it.
///
/// Each record set's fingerprints arrive sorted, a chunk at a time, and are merged against the list's sorted
/// fingerprints of the same key: one linear pass per record file and key, with nothing held but the list. A hit
/// sets the dataset's bit in the row's mask for that key (for a seed file, for that key's basis); the figures are
/// then counted from the masks, so a row matching a dataset on three keys, or through two of its files, counts
/// once.
public struct Attributor {
    private let list: ListFingerprints
    /// The datasets with records or seeds, in the order first registered; a dataset's bit is its index here.
    private let datasets: [String]
    private let words: Int
    /// For each key (in `list.keys` order), row-major masks: `words` 64-bit words a row.
    private var keyMasks: [[UInt64]]
    /// For seed files, one mask per basis (`RowMasks.bases` order); empty when no seeds are registered.
    private var seedMasks: [[UInt64]]

    public init(list: ListFingerprints, registered: [RegisteredRecords]) {
        var datasets: [String] = []
        for file in registered where !datasets.contains(file.dataset) { datasets.append(file.dataset) }
        self.list = list
        self.datasets = datasets
        words = max(1, (datasets.count + 63) / 64)
        let size = list.summary.rows * words
        keyMasks = list.keys.map { _ in [UInt64](repeating: 0, count: size) }
        seedMasks = registered.contains(where: \.isSeeds)
            ? RowMasks.bases.map { _ in [UInt64](repeating: 0, count: size) } : []
    }

    /// Compares one record file's fingerprints for `key`, which `chunks` passes in ascending order, chunk by chunk.
    public mutating func compare(
        _ file: RegisteredRecords, key: MatchKey,
        chunks: ((UnsafeBufferPointer<UInt64>) -> Void) throws -> Void
    ) rethrows {
        guard let keyIndex = list.keys.firstIndex(of: key), let bit = datasets.firstIndex(of: file.dataset) else {
            return
        }
        let (word, flag) = (bit / 64, UInt64(1) << UInt64(bit % 64))
        let column = list.columns[keyIndex]
        let basis = RowMasks.bases.firstIndex(of: key.basis)!  // the seed mask for the key's basis
        // Taken out and put back, so the mask is uniquely referenced while it is written (no copy on write).
        var masks: [UInt64]
        if file.isSeeds { (masks, seedMasks[basis]) = (seedMasks[basis], []) }
        else { (masks, keyMasks[keyIndex]) = (keyMasks[keyIndex], []) }
        defer { if file.isSeeds { seedMasks[basis] = masks } else { keyMasks[keyIndex] = masks } }
        var cursor = 0
        try column.fingerprints.withUnsafeBufferPointer { fingerprints in
            try column.rows.withUnsafeBufferPointer { rows in
                try masks.withUnsafeMutableBufferPointer { masks in
                    try chunks { chunk in
                        for value in chunk {
                            while cursor < fingerprints.count && fingerprints[cursor] < value { cursor += 1 }
                            if cursor == fingerprints.count { return }
                            var match = cursor
                            while match < fingerprints.count && fingerprints[match] == value {
                                masks[Int(rows[match]) * words + word] |= flag
                                match += 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// Counts the figures and draws each dataset's conclusion.
    ///
    /// - Parameter minimumUniqueRows: the fewest rows a dataset alone must hold to be called an origin.
    public func attribution(minimumUniqueRows: Int) -> Attribution {
        var tally = Tally(datasets: datasets.count, keys: list.keys.count)
        let available = Set(list.keys.map(\.basis))
        let needsCorroboration = MatchKey.needsCorroboration(available: available)
        let bases = list.keys.map(\.basis)
        var records = RowMasks(words: words)
        var seeds = RowMasks(words: words)
        for row in 0..<list.summary.rows {
            let base = row * words
            for word in 0..<words {
                var (birth, address, household): (UInt64, UInt64, UInt64) = (0, 0, 0)
                for key in keyMasks.indices {
                    let bits = keyMasks[key][base + word]
                    switch bases[key] {
                    case .nameAndBirthDate: birth |= bits
                    case .nameAndAddress: address |= bits
                    case .household: household |= bits
                    }
                }
                records.set(word, birth: birth, address: address, household: household, needsCorroboration)
                if !seedMasks.isEmpty {
                    seeds.set(
                        word, birth: seedMasks[0][base + word], address: seedMasks[1][base + word],
                        household: seedMasks[2][base + word], needsCorroboration)
                }
            }
            tally.count(records: records, seeds: seeds, keyMasks: keyMasks, at: base)
        }
        let results = datasets.indices.map { index in
            tally.result(
                for: index, dataset: datasets[index], keys: list.keys, rows: list.summary.rows,
                minimumUniqueRows: minimumUniqueRows)
        }.sorted {
            ($0.conclusion, -$0.seedRows, -$0.uniqueRows, -$0.rowsMatched, $0.dataset)
                < ($1.conclusion, -$1.seedRows, -$1.uniqueRows, -$1.rowsMatched, $1.dataset)
        }
        return Attribution(
            list: list.summary, keys: list.keys, minimumUniqueRows: minimumUniqueRows, results: results,
            unmatchedRows: tally.unmatched, unconfirmedRows: tally.unconfirmed, seedRows: tally.seedHits)
    }
}

/// What one row's matches show, per dataset bit, word by word: computed once from the per-basis bits.
///
/// ``set(_:birth:address:household:_:)`` is ``MatchKey/strength(of:available:)`` for 64 datasets at once; the
/// test `theBitFormAppliesTheSamePersonRule` checks it against the rule on every combination of bases.
package struct RowMasks {
    /// The bases in the order seed masks keep them.
    package static let bases: [MatchKey.Basis] = [.nameAndBirthDate, .nameAndAddress, .household]

    /// Datasets holding the same person.
    package private(set) var person: [UInt64]
    /// Datasets matching only on name and birth date, uncorroborated: perhaps a namesake born the same day.
    package private(set) var nameAndBirthDateOnly: [UInt64]
    /// Datasets matching only on the phone: perhaps a sibling.
    package private(set) var householdOnly: [UInt64]
    /// Whether any dataset matched on anything.
    package private(set) var matchedAnything = false

    package init(words: Int) {
        person = Array(repeating: 0, count: words)
        (nameAndBirthDateOnly, householdOnly) = (person, person)
    }

    package mutating func set(
        _ word: Int, birth: UInt64, address: UInt64, household: UInt64, _ needsCorroboration: Bool
    ) {
        let same = address | (needsCorroboration ? birth & household : birth)
        person[word] = same
        nameAndBirthDateOnly[word] = birth & ~same
        householdOnly[word] = household & ~birth & ~same
        if word == 0 { matchedAnything = false }
        matchedAnything = matchedAnything || (birth | address | household) != 0
    }
}

/// The running counts behind an `Attribution`.
private struct Tally {
    var matched: [Int]
    var unique: [Int]
    var nameAndBirthDateOnly: [Int]
    var householdOnly: [Int]
    var seeds: [Int]
    /// `[dataset][key]`
    var byKey: [[Int]]
    var unmatched = 0
    var unconfirmed = 0
    var seedHits = 0

    init(datasets: Int, keys: Int) {
        matched = Array(repeating: 0, count: datasets)
        (unique, nameAndBirthDateOnly, householdOnly, seeds) = (matched, matched, matched, matched)
        byKey = Array(repeating: Array(repeating: 0, count: keys), count: datasets)
    }

    mutating func count(records: RowMasks, seeds planted: RowMasks, keyMasks: [[UInt64]], at base: Int) {
        let personDatasets = records.person.reduce(0) { $0 + $1.nonzeroBitCount }
        let seeded = planted.person.contains { $0 != 0 }
        if seeded { seedHits += 1 }
        if personDatasets == 0 && !seeded {
            if records.matchedAnything { unconfirmed += 1 } else { unmatched += 1 }
        }
        for word in records.person.indices {
            forEachBit(records.person[word], word) {
                matched[$0] += 1
                if personDatasets == 1 { unique[$0] += 1 }
            }
            forEachBit(records.nameAndBirthDateOnly[word], word) { nameAndBirthDateOnly[$0] += 1 }
            forEachBit(records.householdOnly[word], word) { householdOnly[$0] += 1 }
            forEachBit(planted.person[word], word) { seeds[$0] += 1 }
            for key in keyMasks.indices { forEachBit(keyMasks[key][base + word], word) { byKey[$0][key] += 1 } }
        }
    }

    private func forEachBit(_ bits: UInt64, _ word: Int, _ body: (Int) -> Void) {
        var remaining = bits
        while remaining != 0 {
            body(word * 64 + remaining.trailingZeroBitCount)
            remaining &= remaining - 1
        }
    }

    func result(for index: Int, dataset: String, keys: [MatchKey], rows: Int, minimumUniqueRows: Int)
        -> Attribution.DatasetResult
    {
        let conclusion: Attribution.Conclusion =
            if seeds[index] > 0 { .seedFound }
            else if unique[index] >= max(1, minimumUniqueRows) { .origin }
            else if matched[index] > 0 { .overlapOnly }
            else if nameAndBirthDateOnly[index] + householdOnly[index] > 0 { .unconfirmed }
            else { .none }
        return Attribution.DatasetResult(
            dataset: dataset, rowsMatched: matched[index], uniqueRows: unique[index],
            nameAndBirthDateOnlyRows: nameAndBirthDateOnly[index], householdOnlyRows: householdOnly[index],
            seedRows: seeds[index], rowsByKey: Dictionary(uniqueKeysWithValues: zip(keys.map(\.name), byKey[index])),
            conclusion: conclusion, containment: rows == 0 ? 0 : Double(matched[index]) / Double(rows))
    }
}
