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

    /// Which picture to draw.
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
    package var marksElements = false
    /// Draw the case's events (`<event>`) as notes on the parties they concern.
    public var showsEvents: Bool = false
    /// Name each edge's claims by id, so the picture can be matched to the text answers.
    public var showsIDs: Bool
    /// Write every name and every piece of evidence text in full, wrapped, never cut with `…`: for exhibits.
    public var showsFullLabels: Bool
    /// Draw who worked for whom (delegations): as shaded boxes and a side table in the custody view.
    public var showsDelegations: Bool
    /// The page the picture must fit, landscape; nil for no limit.
    public var page: Page?
    /// A title over the picture, such as the case's name; nil for the view's own title only.
    public var title: String?

    /// A landscape page the picture is scaled down to fit, with a margin.
    public enum Page: String, Hashable, Sendable, CaseIterable {
        case a4, a3

        /// Width and height of what may be drawn on the page, landscape, in inches: the page (A4 11.69 × 8.27,
        /// A3 16.54 × 11.69) less a margin of a quarter inch all round.
        public var drawing: (width: Double, height: Double) {
            switch self {
            case .a4: (11.19, 7.77)
            case .a3: (16.04, 11.19)
            }
        }
    }

    /// Options for a diagram; by default the whole case's custody picture, without legend, sources or ids.
    public init(
        view: View = .custody, filter: CaseFilter = CaseFilter(), batch: DatasetID? = nil, focus: String? = nil,
        trace: String? = nil, depth: Int = 1, language: String? = nil, mergesParallel: Bool = false, showsLegend: Bool = false,
        showsSources: Bool = false, showsIDs: Bool = false, showsFullLabels: Bool = false,
        showsDelegations: Bool = true, page: Page? = nil, title: String? = nil
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
        self.showsIDs = showsIDs
        self.showsFullLabels = showsFullLabels
        self.showsDelegations = showsDelegations
        self.page = page
        self.title = title
    }

    /// The preset for reports and court: legend, source table, full labels and claim ids, on a page (A4 unless
    /// `page` says otherwise), with the other options as given.
    public mutating func makeExhibit(page: Page? = nil) {
        showsLegend = true
        showsSources = true
        showsIDs = true
        showsFullLabels = true
        self.page = page ?? self.page ?? .a4
    }

    /// Whether `text` is a BCP 47 language tag such as `ja`, `en` or `zh-Hant`, as `language` takes it.
    package static func isLanguageTag(_ text: String) -> Bool {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = subtags.first, (2...8).contains(primary.count), primary.allSatisfy(\.isLetter) else {
            return false
        }
        return subtags.allSatisfy {
            (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
