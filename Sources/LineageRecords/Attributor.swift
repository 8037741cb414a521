/// Compares a recovered list with every registered record set and attributes it.
///
/// Each record set's fingerprints arrive sorted, a chunk at a time, and are merged against the list's sorted
/// fingerprints of the same key: one linear pass per record file and key, with nothing held but the list. A hit
/// sets the dataset's bit in the row's mask for that key; the figures are then counted from the masks, so a row
/// matching a dataset on three keys, or through two of its files, counts once.
public struct Attributor {
    private let list: ListFingerprints
    /// The datasets with records or seeds, in the order first registered; a dataset's bit is its index here.
    private let datasets: [String]
    private let words: Int
    /// For each key (in `list.keys` order), row-major masks: `words` 64-bit words a row.
    private var keyMasks: [[UInt64]]
    private var seedMask: [UInt64]

    public init(list: ListFingerprints, registered: [RegisteredRecords]) {
        var datasets: [String] = []
        for file in registered where !datasets.contains(file.dataset) { datasets.append(file.dataset) }
        self.list = list
        self.datasets = datasets
        words = max(1, (datasets.count + 63) / 64)
        let size = list.summary.rows * words
        keyMasks = list.keys.map { _ in [UInt64](repeating: 0, count: size) }
        seedMask = [UInt64](repeating: 0, count: size)
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
        var masks = file.isSeeds ? seedMask : keyMasks[keyIndex]
        // Swapped out and back so the mask is uniquely referenced while it is written (no copy on write).
        if file.isSeeds { seedMask = [] } else { keyMasks[keyIndex] = [] }
        defer { if file.isSeeds { seedMask = masks } else { keyMasks[keyIndex] = masks } }
        var cursor = 0
        try column.fingerprints.withUnsafeBufferPointer { fingerprints in
            try column.rows.withUnsafeBufferPointer { rows in
                try masks.withUnsafeMutableBufferPointer { masks in
                    try chunks { chunk in
                        for value in chunk {
                            while cursor < fingerprints.count && fingerprints[cursor] < value { cursor += 1 }
                            var match = cursor
                            while match < fingerprints.count && fingerprints[match] == value {
                                masks[Int(rows[match]) * words + word] |= flag
                                match += 1
                            }
                            if cursor == fingerprints.count { return }
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
        let personKeys = list.keys.indices.filter { list.keys[$0].scope == .person }
        let householdKeys = list.keys.indices.filter { list.keys[$0].scope == .household }
        var person = [UInt64](repeating: 0, count: words)
        var household = [UInt64](repeating: 0, count: words)
        for row in 0..<list.summary.rows {
            let base = row * words
            for word in 0..<words {
                person[word] = personKeys.reduce(0) { $0 | keyMasks[$1][base + word] }
                household[word] = householdKeys.reduce(0) { $0 | keyMasks[$1][base + word] }
            }
            tally.count(row: base, person: person, household: household, keyMasks: keyMasks, seeds: seedMask)
        }
        let results = datasets.indices.map { index in
            tally.result(for: index, dataset: datasets[index], keys: list.keys, rows: list.summary.rows,
                minimumUniqueRows: minimumUniqueRows)
        }.sorted { ($0.conclusion, -$0.seedRows, -$0.uniqueRows, -$0.rowsMatched, $0.dataset)
            < ($1.conclusion, -$1.seedRows, -$1.uniqueRows, -$1.rowsMatched, $1.dataset) }
        return Attribution(
            list: list.summary, keys: list.keys, minimumUniqueRows: minimumUniqueRows, results: results,
            unmatchedRows: tally.unmatched, householdOnlyRows: tally.householdOnly, seedRows: tally.seedHits)
    }
}

/// The running counts behind an `Attribution`.
private struct Tally {
    var matched: [Int]
    var unique: [Int]
    var householdOnlyByDataset: [Int]
    var seeds: [Int]
    /// `[dataset][key]`
    var byKey: [[Int]]
    var unmatched = 0
    var householdOnly = 0
    var seedHits = 0

    init(datasets: Int, keys: Int) {
        matched = Array(repeating: 0, count: datasets)
        unique = matched
        householdOnlyByDataset = matched
        seeds = matched
        byKey = Array(repeating: Array(repeating: 0, count: keys), count: datasets)
    }

    mutating func count(
        row base: Int, person: [UInt64], household: [UInt64], keyMasks: [[UInt64]], seeds seedMask: [UInt64]
    ) {
        let words = person.count
        let personBits = person.reduce(0) { $0 + $1.nonzeroBitCount }
        let anyHousehold = household.contains { $0 != 0 }
        let anySeed = seedMask[base..<base + words].contains { $0 != 0 }
        if personBits == 0 && anyHousehold { householdOnly += 1 }
        if personBits == 0 && !anyHousehold && !anySeed { unmatched += 1 }
        if anySeed { seedHits += 1 }
        for word in 0..<words {
            forEachBit(person[word], word) { matched[$0] += 1; if personBits == 1 { unique[$0] += 1 } }
            forEachBit(household[word] & ~person[word], word) { householdOnlyByDataset[$0] += 1 }
            forEachBit(seedMask[base + word], word) { seeds[$0] += 1 }
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
            else if householdOnlyByDataset[index] > 0 { .householdOnly }
            else { .none }
        return Attribution.DatasetResult(
            dataset: dataset, rowsMatched: matched[index], uniqueRows: unique[index],
            householdOnlyRows: householdOnlyByDataset[index], seedRows: seeds[index],
            rowsByKey: Dictionary(uniqueKeysWithValues: zip(keys.map(\.name), byKey[index])),
            conclusion: conclusion, containment: rows == 0 ? 0 : Double(matched[index]) / Double(rows))
    }
}
