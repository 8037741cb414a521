public import LineageCore

/// A PROV document read into ListLineage's model, with everything that could not be mapped said out loud.
public struct ProvImport: Sendable {
    /// The case built from the document.
    public var evidence: EvidenceCase
    /// One line for each record or attribute that has no place in the model, and for each assumption made
    /// (such as the placeholder source that cites claims the document gives no source for).
    public var notes: [String]
}

extension ProvDocument {
    /// The name of the placeholder source that cites claims imported from a document that names no sources:
    /// every claim needs a cite, and "this PROV document, reliability cannot be judged" is the honest one.
    public static let importSourceID: SourceID = "prov-import"

    /// Reads the document into a case.
    ///
    /// Documents ListLineage exported map back exactly, by their `ll:` types and roles. Other PROV maps as far
    /// as it says enough: agents become parties, entities datasets, and an activity becomes
    /// - a derivation when it used entities and generated one, by its associated agent;
    /// - a transfer when it used one entity and has two agents whose roles say who sent and who received;
    /// - a use when it used one entity and has one agent.
    /// Anything else is listed in `notes`, never dropped silently.
    ///
    /// - Parameter name: the document's file name, for the placeholder source's title.
    public func importedCase(name: String) -> ProvImport {
        var mapper = ProvImportMapper(document: self, name: name)
        return mapper.run()
    }
}
