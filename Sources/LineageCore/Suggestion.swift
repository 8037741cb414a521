/// "Did you mean …?": the known name closest to one that was mistyped.
///
/// Investigators type ids by hand (`justsystem` for `justsystems`, `db-synform` for `db-synfrom`); naming the
/// near miss turns an unknown id into a one-keystroke fix.
package enum Suggestion {
    /// The candidate nearest to `name` by edit distance, when it is near enough to be a slip of the hand: at most
    /// one edit for names up to four characters, two up to eight, three beyond. Ties go to the smallest candidate,
    /// so the answer does not depend on the order of `candidates`.
    ///
    /// - Complexity: O(*n* · *m*²) for *n* candidates of length about *m*; candidates whose length alone rules
    ///   them out are skipped.
    package static func nearest(to name: String, in candidates: some Sequence<String>) -> String? {
        // Unicode scalars, not Characters: comparing Characters (grapheme clusters) is many times slower, and ids
        // are short identifiers where the two agree.
        let target = Array(name.lowercased().unicodeScalars)
        let allowed = target.count <= 4 ? 1 : target.count <= 8 ? 2 : 3
        var best: (distance: Int, candidate: String)?
        let bytes = name.utf8.count
        for candidate in candidates where candidate != name {
            // A UTF-8 character is at most four bytes: a length this far off cannot be within `allowed` edits.
            guard abs(candidate.utf8.count - bytes) <= 4 * allowed else { continue }
            let other = Array(candidate.lowercased().unicodeScalars)
            guard abs(other.count - target.count) <= allowed else { continue }
            let distance = editDistance(target, other)
            guard distance <= allowed else { continue }
            if best == nil || (distance, candidate) < (best!.distance, best!.candidate) {
                best = (distance, candidate)
            }
        }
        return best?.candidate
    }

    /// Levenshtein distance, counting a swap of two neighbours as one edit (`synfrom` → `synform`).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }

    /// ` (did you mean 'x'?)`, or nothing when there is no near miss: for appending to a message.
    package static func phrase(for name: String, in candidates: some Sequence<String>) -> String {
        nearest(to: name, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }
}

extension EvidenceCase {
    /// Every id the case defines, of every kind: what a mistyped id is compared against.
    package var allIDs: [String] {
        sources.keys.map(\.rawValue) + parties.keys.map(\.rawValue) + datasets.keys.map(\.rawValue)
            + claims.keys.map(\.rawValue)
    }
}

/// Near-miss suggestions for the unknown references of one check, bounded: a case missing a whole file can have a
/// million unknown references, and comparing each with every id would take hours. Each distinct id is looked up
/// once; after `limit` lookups, or among more than `maximumCandidates` ids of a kind, references go without a
/// suggestion (a typo is what a suggestion is for, and the first ones are what a reader fixes first).
final class Suggester {
    private let evidence: EvidenceCase
    private var candidates: [String: [String]] = [:]
    private var answers: [String: String?] = [:]
    private let limit: Int
    private let maximumCandidates: Int

    /// - Complexity: at most `limit` × `maximumCandidates` edit distances over one check.
    init(_ evidence: EvidenceCase, limit: Int = 20, maximumCandidates: Int = 20_000) {
        self.evidence = evidence
        self.limit = limit
        self.maximumCandidates = maximumCandidates
    }

    /// ` (did you mean 'x'?)` for `id`, compared with the ids of `kind` (a noun: "party", "dataset", "source").
    func phrase(for id: String, kind: String) -> String {
        let key = kind + "\u{0}" + id
        if answers[key] == nil {
            let ids = ids(of: kind)
            guard answers.count < limit, ids.count <= maximumCandidates else { return "" }
            answers[key] = Suggestion.nearest(to: id, in: ids)
        }
        return answers[key]!.map { " (did you mean '\($0)'?)" } ?? ""
    }

    private func ids(of kind: String) -> [String] {
        if let cached = candidates[kind] { return cached }
        let ids: [String] =
            switch kind {
            case PartyKindTag.noun: evidence.parties.keys.map(\.rawValue)
            case DatasetKindTag.noun: evidence.datasets.keys.map(\.rawValue)
            case SourceKind.noun: evidence.sources.keys.map(\.rawValue)
            default: evidence.allIDs
            }
        candidates[kind] = ids
        return ids
    }
}
