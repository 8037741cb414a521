public import LineageCore

/// A PROV document read into ListLineage's model, with everything that could not be mapped said out loud.
public struct ProvImport: Sendable {
    /// The case built from the document.
    public var evidence: EvidenceCase
    /// One entry for each record, argument, time or attribute that has no place in the model, for each assumption
    /// made (a placeholder item, the placeholder source) and for each id that is not its name's plain spelling.
    public var notes: [Note]
    /// What became of every record of the document: the account a reader can check that nothing was lost silently.
    /// Package access: `lineage import --report` prints it; a library caller reads `notes`.
    package var records: [RecordAccount]

    /// One line of the import report.
    public struct Note: Hashable, Sendable, CustomStringConvertible {
        public enum Kind: String, Hashable, Sendable {
            /// Something the document says that the case does not hold.
            case unmapped
            /// Something the case holds that the document did not say (a placeholder).
            case assumed
            /// An id that differs from the qualified name it stands for.
            case renamed
        }

        /// What sort of note: unmapped, assumed or renamed.
        public var kind: Kind
        /// The record concerned, as a PROV-N-like signature (`wasStartedBy(ex:a, ex:e, -)`), if any.
        public var record: String?
        /// The part of the record concerned (`attribute ex:note`, `time`, `argument plan`), or nil for all of it.
        public var part: String?
        /// What happened, in a sentence.
        public var message: String

        package init(_ kind: Kind, record: String?, part: String? = nil, _ message: String) {
            self.kind = kind
            self.record = record
            self.part = part
            self.message = message
        }

        /// The note as the import report prints it: `record part: message`.
        public var description: String {
            [record, part].compactMap { $0 }.joined(separator: " ") + (record == nil && part == nil ? "" : ": ") + message
        }
    }

    /// What became of one record: the item it was mapped into (nil when it was not), and the names of its
    /// attributes that were kept and reported.
    package struct RecordAccount: Hashable, Sendable {
        package var kind: ProvRecord.Kind
        package var id: QualifiedName?
        package var arguments: [String: QualifiedName]
        package var signature: String
        /// `dataset 'ex.list'`, `claim 'ex.sale'`, or nil when the record was reported instead.
        package var item: String?
        package var keptAttributes: [QualifiedName]
        package var reportedAttributes: [QualifiedName]
    }
}

extension ProvDocument {
    /// The name of the placeholder source that cites claims imported from a document that names no sources:
    /// every claim needs a cite, and "this PROV document, reliability cannot be judged" is the honest one.
    package static let importSourceID: SourceID = "prov-import"

    /// Reads the document into a case.
    ///
    /// Documents ListLineage exported map back exactly, by their `ll:` types and roles. Other PROV maps as far
    /// as it says enough: agents become parties, entities datasets, and an activity (declared or only named by
    /// its relations) becomes
    /// - a derivation when it used entities and generated one, by its associated agent;
    /// - a transfer when it used one entity and has two agents whose roles say who sent and who received;
    /// - a use when it used one entity and has one agent.
    /// An entity or agent a mapped relation names without declaring it becomes a placeholder dataset or party.
    /// Every record, argument, time and attribute that is not mapped is listed in `notes`, never dropped
    /// silently: the mapper keeps a ledger of what it used, and reports the rest.
    ///
    /// - Parameter name: the document's file name, for the placeholder source's title.
    public func importedCase(name: String) -> ProvImport {
        var mapper = ProvImportMapper(document: self, name: name)
        return mapper.run()
    }
}

extension ProvRecord {
    /// `kind(id; argument, argument, -)`: the record's identity and formal arguments in PROV-N order, `-` for an
    /// absent one, without its attributes. Names the record in import notes.
    package var signature: String {
        let arguments = kind.arguments.map { self.arguments[$0]?.description ?? "-" }
        if kind.isElement { return "\(kind.rawValue)(\(id?.description ?? "-"))" }
        let prefix = id.map { "\($0); " } ?? ""
        return "\(kind.rawValue)(\(prefix)\(arguments.joined(separator: ", ")))"
    }
}
