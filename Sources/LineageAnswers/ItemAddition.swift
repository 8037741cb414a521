import Foundation
package import LineageCore
package import LineageStore
import LineageXML

/// The one way a single item typed in, on the command line (`lineage add <case> party ...`) or in the page of
/// `lineage serve`, is added to a store: written as a one-item evidence file and added like any other file, so it
/// meets exactly the rules a file meets.
package enum ItemAddition {
    package struct Outcome: Sendable {
        /// The entry the item was added as; nil when it was refused.
        package var entry: Int?
        /// Every error, and the item's warnings, in the compiler form, its place named `origin`.
        package var messages: [String]
    }

    /// Adds the one item `items` holds to `store` in one entry recorded by `recorder`.
    ///
    /// - Parameter origin: how messages and the store's log name where the item came from (`command line`).
    /// - Throws: `StoreError` when the store cannot be written; an error writing the temporary file.
    package static func add(_ items: EvidenceCase, to store: CaseStore, by recorder: String, origin: String) throws
        -> Outcome
    {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("lineage-item-\(UUID().uuidString).xml").path
        try EvidenceWriter.document(items).write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let loader = CaseLoader(schema: try EvidenceSchema())
        let addition = try store.add(origin: origin, digest: nil, by: recorder) { current in
            let result = loader.load([file], onto: current, checks: .addedItems)
            return (result.evidence, result.diagnostics)
        }
        let messages = addition.diagnostics
            .filter { $0.severity == .error || $0.files.contains(file) }
            .map { DiagnosticNaming.render($0, names: [file: origin]) }
        return Outcome(entry: addition.entry?.sequence, messages: messages)
    }
}

/// Diagnostics about files the user never saw (a typed-in item's temporary file), named as the user knows them.
package enum DiagnosticNaming {
    /// The compiler form of `diagnostic`, each place in a file of `names` named by its name there, without the
    /// line and column of a file the user cannot open (a location on line 0 is written as its file alone).
    package static func render(_ diagnostic: Diagnostic, names: [String: String]) -> String {
        var diagnostic = diagnostic
        func rename(_ location: inout SourceLocation?) {
            guard let file = location?.file, let name = names[file] else { return }
            location = SourceLocation(file: name, line: 0)
        }
        rename(&diagnostic.location)
        for index in diagnostic.notes.indices { rename(&diagnostic.notes[index].location) }
        return diagnostic.description
    }
}

extension Diagnostic {
    /// The files a diagnostic or its notes point into.
    package var files: Set<String> {
        Set(([location] + notes.map(\.location)).compactMap { $0?.file })
    }
}
