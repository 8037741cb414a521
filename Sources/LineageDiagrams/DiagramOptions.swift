public import LineageCore

/// What a diagram shows and how: the view, which part of the case, and what goes around it.
public struct DiagramOptions: Hashable, Sendable {
    /// The two pictures of a case.
    public enum View: String, Hashable, Sendable, CaseIterable {
        /// Parties are nodes, claims are edges: who passed what to whom, and when.
        case custody
        /// The W3C PROV picture: datasets as entities, claims as activities, parties as agents.
        case prov
    }

    public var view: View
    /// Event time, knowledge time and grade threshold, applied before anything is drawn.
    public var filter: CaseFilter
    /// Draw only this dataset (usually a batch) and everything downstream of it.
    public var batch: DatasetID?
    /// Draw only what lies within `depth` claims of this party, dataset or claim.
    public var focus: String?
    /// Draw only the paths by which this dataset came to be, or by which this party got what it holds: the
    /// claims `lineage trace` answers with.
    public var trace: String?
    /// How many claims away from `focus` to draw.
    public var depth: Int
    /// Which alias names a party (`ja`, `en`); nil for the main name.
    public var language: String?
    /// Merge parallel claims between the same two nodes into one edge.
    public var mergesParallel: Bool
    /// Add a legend of the line styles, colours and shapes.
    public var showsLegend: Bool
    /// Add a table of the sources the drawn claims cite.
    public var showsSources: Bool
    /// Give parties, datasets and claim edges `id`s a page can find and click (see `DiagramMarks`); never set by
    /// `lineage graph`, whose DOT stays as it is.
    public var marksElements = false

    public init(
        view: View = .custody, filter: CaseFilter = CaseFilter(), batch: DatasetID? = nil, focus: String? = nil,
        trace: String? = nil, depth: Int = 1, language: String? = nil, mergesParallel: Bool = false, showsLegend: Bool = false,
        showsSources: Bool = false
    ) {
        self.view = view
        self.filter = filter
        self.batch = batch
        self.focus = focus
        self.trace = trace
        self.depth = depth
        self.language = language
        self.mergesParallel = mergesParallel
        self.showsLegend = showsLegend
        self.showsSources = showsSources
    }

    /// Whether `text` is a BCP 47 language tag such as `ja`, `en` or `zh-Hant`, as `language` takes it.
    public static func isLanguageTag(_ text: String) -> Bool {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = subtags.first, (2...8).contains(primary.count), primary.allSatisfy(\.isLetter) else {
            return false
        }
        return subtags.allSatisfy {
            (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
