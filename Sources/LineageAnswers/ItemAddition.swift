package import LineageCore
package import LineageStore

/// The one way items typed in, on the command line (`lineage add <case> party ...`), by `lineage match --record`
/// or in the page of `lineage serve`, are added to a store: checked by the format's value rules where they are
/// made (`FormatElement.schemaProblems`, the schema's rules and words) and by the case's checks as any file's items
/// are, without being written to a file and read back.
package enum ItemAddition {
    package struct Outcome: Sendable {
        /// The entry the items were added as; nil when they were refused.
        package var entry: Int?
        /// Every error, and the items' warnings, in the compiler form, their place named `origin`.
        package var messages: [String]
    }

    /// Adds the items of `items` to `store` in one entry recorded by `recorder`, all or none.
    ///
    /// - Parameter origin: how messages and the store's log name where the items came from (`command line`).
    /// - Throws: `StoreError` when the store cannot be written.
    package static func add(_ items: EvidenceCase, to store: CaseStore, by recorder: String, origin: String) throws
        -> Outcome
    {
        let place = SourceLocation(file: origin, line: 0)
        let addition = try store.add(origin: origin, digest: nil, by: recorder) { current in
            let (evidence, diagnostics) = read(items, onto: current, at: place)
            return (evidence, diagnostics.sorted(by: Diagnostic.byPlace))
        }
        let messages = addition.diagnostics
            .filter { $0.severity == .error || $0.files.contains(origin) }
            .map(\.description)
        return Outcome(entry: addition.entry?.sequence, messages: messages)
    }

    /// `items` put onto `base` as a file's items are read onto it, in the order a file written from them would
    /// hold them, each placed at `place`; then the checks `lineage add` runs. An item the format's value rules
    /// refuse leaves `base` as it was.
    static func read(_ items: EvidenceCase, onto base: EvidenceCase, at place: SourceLocation)
        -> (EvidenceCase, [Diagnostic])
    {
        var elements: [FormatElement] = items.sources.keys.sorted().map { FormatElement(items.sources[$0]!) }
        elements += items.parties.keys.sorted().map { FormatElement(items.parties[$0]!) }
        elements += items.datasets.keys.sorted().map { FormatElement(items.datasets[$0]!) }
        elements += items.sortedClaimIDs.map { FormatElement(items.claims[$0]!) }
        let problems = elements.flatMap { $0.schemaProblems() }
        guard problems.isEmpty else {
            return (base, problems.map { Diagnostic.error($0.code, $0.message, at: place) })
        }
        var evidence = base
        var diagnostics: [Diagnostic] = []
        func placed<Item>(_ item: Item, _ location: WritableKeyPath<Item, SourceLocation?>) -> Item {
            var item = item
            item[keyPath: location] = place
            return item
        }
        func note(_ duplicate: Diagnostic?) { if let duplicate { diagnostics.append(duplicate) } }
        for id in items.sources.keys.sorted() { note(evidence.insert(placed(items.sources[id]!, \.location))) }
        for id in items.parties.keys.sorted() { note(evidence.insert(placed(items.parties[id]!, \.location))) }
        for id in items.datasets.keys.sorted() { note(evidence.insert(placed(items.datasets[id]!, \.location))) }
        for id in items.sortedClaimIDs { note(evidence.insert(placed(items.claims[id]!, \.location))) }
        diagnostics += evidence.check(added: evidence.subtracting(base))
        return (evidence, diagnostics)
    }
}

extension Diagnostic {
    /// The files a diagnostic or its notes point into.
    package var files: Set<String> {
        Set(([location] + notes.map(\.location)).compactMap { $0?.file })
    }
}
