extension Diagnostic {
    /// The rule a diagnostic comes from: a stable name for scripts and `--json`, printed in brackets at the end of
    /// every diagnostic (`[duplicate-id]`).
    ///
    /// The catalogue is closed: every code is a named member of this file, and a library user cannot make one
    /// from a string, so a rule's name is written once and a typo cannot compile. It stays a struct rather than an
    /// enum so that a rule added in a later release breaks no client's `switch`. `docs/errors.md` explains each
    /// rule to users.
    public struct Code: Hashable, Sendable, Codable, CustomStringConvertible {
        /// The rule's name as printed: lowercase words joined by hyphens.
        public var rawValue: String { name.rawValue }

        private let name: Name

        private init(_ name: Name) { self.name = name }

        /// The catalogue's code named `rawValue`, or nil for a name it does not hold; for readers that meet rule
        /// names as text.
        package init?(named rawValue: String) {
            guard let name = Name(rawValue: rawValue) else { return nil }
            self.name = name
        }

        public var description: String { rawValue }

        /// Decodes only a name the catalogue holds, so decoding cannot mint a code either.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let known = Self(named: text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "'\(text)' is not a diagnostic code")
            }
            self = known
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        /// Every code in the catalogue, in the order of this file.
        package static var catalogue: [Code] { Name.allCases.map(Code.init) }

        // MARK: Reading a file

        /// The bytes are not well-formed XML (an unclosed tag, a stray `&`, an undefined entity).
        public static let malformedXML = Code(.malformedXML)
        /// Well-formed XML that the evidence schema rejects (an unknown element, a missing attribute, an id of the
        /// wrong shape).
        public static let schema = Code(.schema)
        /// A `<!DOCTYPE>`: refused, so that no entity is ever expanded or fetched.
        public static let forbiddenDTD = Code(.forbiddenDTD)
        /// An input larger than the bound for its kind (file size, element depth, attribute length).
        public static let inputTooLarge = Code(.inputTooLarge)
        /// A file that cannot be opened or read (missing, permission denied, a directory).
        public static let unreadable = Code(.unreadable)
        /// An evidence file with no bytes at all (often an empty standard input).
        public static let emptyFile = Code(.emptyFile)
        /// A file whose XML declaration names an encoding its bytes contradict (UTF-8 text declared ISO-8859-1).
        public static let encodingMismatch = Code(.encodingMismatch)
        /// A `.xml` file in a folder whose root is not `<evidence>`: skipped, with a note.
        public static let notEvidence = Code(.notEvidence)
        /// A row of a case table that does not read as the table's columns say (a missing id, an unknown value).
        public static let table = Code(.table)

        // MARK: Values

        /// A date that is not one of the EDTF forms the format accepts (`2014`, `2014-06`, `2014-06-27`, ...).
        public static let badDate = Code(.badDate)
        /// A grade that is not a reliability letter A-F followed by a credibility digit 1-6 (`B2`).
        public static let badGrade = Code(.badGrade)
        /// A record count larger than a case store can hold (a signed 64-bit integer).
        public static let countTooLarge = Code(.countTooLarge)

        // MARK: References between items

        /// Two items share an id; ids are unique across the whole case, and a retracted claim's id is never reused.
        public static let duplicateID = Code(.duplicateID)
        /// A reference names an id the case does not have.
        public static let unknownReference = Code(.unknownReference)
        /// A reference names an item of another kind (a party where a dataset belongs).
        public static let wrongKindOfReference = Code(.wrongKindOfReference)
        /// A claim that cites no source: every claim needs one.
        public static let missingCite = Code(.missingCite)
        /// Datasets derived from each other in a circle.
        public static let derivationCycle = Code(.derivationCycle)
        /// Datasets contained in each other in a circle.
        public static let containmentCycle = Code(.containmentCycle)

        // MARK: Evidence that contradicts itself (warnings)

        /// A claim dated before the dataset it moves was made.
        public static let beforeDatasetExists = Code(.beforeDatasetExists)
        /// A source dated before the event it reports.
        public static let reportedBeforeEvent = Code(.reportedBeforeEvent)
        /// Claims about one dataset count it in different units (records and persons).
        public static let countUnitsDisagree = Code(.countUnitsDisagree)
        /// Claims about one dataset give different counts in the same unit.
        public static let conflictingCounts = Code(.conflictingCounts)
        /// A dataset of a kind the claim does not expect (an extraction from a list).
        public static let unexpectedDatasetKind = Code(.unexpectedDatasetKind)
        /// Claims about one sale give different prices.
        public static let conflictingPrices = Code(.conflictingPrices)
        /// A transfer from a party to itself: it moves nothing, and the queries leave it out.
        public static let selfTransfer = Code(.selfTransfer)

        // MARK: Case stores

        /// A file given beside a case store that already holds it, byte for byte: read once, from the store.
        public static let alreadyInStore = Code(.alreadyInStore)
        /// A file added to a store that already holds it (same SHA-256): nothing is added again.
        public static let alreadyAdded = Code(.alreadyAdded)
        /// Part of a case store that `verify` cannot vouch for: record files registered, or a record key made,
        /// before registrations were entries of the hash chain.
        public static let notCovered = Code(.notCovered)

        /// The rule names: the one place each is spelled. Private, so the members above are the only codes.
        private enum Name: String, CaseIterable, Sendable {
            case malformedXML = "malformed-xml"
            case schema = "schema"
            case forbiddenDTD = "forbidden-dtd"
            case inputTooLarge = "input-too-large"
            case unreadable = "unreadable"
            case emptyFile = "empty-file"
            case encodingMismatch = "encoding-mismatch"
            case notEvidence = "not-evidence"
            case table = "table"
            case badDate = "bad-date"
            case badGrade = "bad-grade"
            case countTooLarge = "count-too-large"
            case duplicateID = "duplicate-id"
            case unknownReference = "unknown-reference"
            case wrongKindOfReference = "wrong-kind-of-reference"
            case missingCite = "missing-cite"
            case derivationCycle = "derivation-cycle"
            case containmentCycle = "containment-cycle"
            case beforeDatasetExists = "before-dataset-exists"
            case reportedBeforeEvent = "reported-before-event"
            case countUnitsDisagree = "count-units-disagree"
            case conflictingCounts = "conflicting-counts"
            case unexpectedDatasetKind = "unexpected-dataset-kind"
            case conflictingPrices = "conflicting-prices"
            case selfTransfer = "self-transfer"
            case alreadyInStore = "already-in-store"
            case alreadyAdded = "already-added"
            case notCovered = "not-covered"
        }
    }
}
