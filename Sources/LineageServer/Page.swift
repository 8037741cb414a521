import LineageAnswers
import LineageCore
import LineageDiagrams
import LineageXML

/// The page: the controls, the diagram (or, for a big case, a summary and a search), the details of what was
/// clicked, an answer panel, and the forms that add evidence when writes are allowed. Rendered on the server
/// from the query, which holds the whole state, so a view can be bookmarked and sent.
struct Page {
    let query: QueryParameters
    let snapshot: LiveCase.Snapshot
    let prepared: PreparedCase
    let options: DiagramOptions
    /// The diagram, or nil when the case is too big to draw whole and the query narrows nothing.
    let svg: String?
    let writable: Bool
    let title: String

    /// Above this many claims the page opens on a summary and a search box: Graphviz takes long and draws an
    /// unreadable hairball.
    static let drawingLimit = 300

    /// The names the page's query takes besides those of `/api/graph`.
    static let pageNames: Set<String> = ["select", "panel", "dataset", "subject", "search"]

    var evidence: EvidenceCase { prepared.evidence }
    var whole: EvidenceCase { snapshot.loaded.evidence }

    func html() -> String {
        var highlight: [String] = []
        var details = ""
        if let selection = query["select"] {
            let panel = DetailsPanel(prepared: prepared, whole: whole).html(for: selection)
            details = panel.html
            highlight += panel.claims
        }
        let answer = answerPanel()
        highlight += answer.claims
        let marks = highlight.map(DiagramMarks.encoded).joined(separator: ",")
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) — lineage</title>
            <link rel="stylesheet" href="/assets/app.css">
            <script src="/assets/app.js" defer></script>
            </head>
            <body data-head="\(HTML.escape(snapshot.head))">
            <header><h1>\(HTML.escape(title))</h1>
            <p class="counts">\(counts())</p><p id="live" aria-live="polite"></p></header>
            <form id="state" method="get" action="/">
            \(controls())
            <main>
            <section id="diagram" data-highlight="\(HTML.escape(marks))" data-selected="\(HTML.escape(query["select"].map { Self.mark(of: $0) } ?? ""))">
            \(svg ?? summary())
            </section>
            <aside id="side">
            <section id="details">\(details.isEmpty ? "<p class=\"hint\">Click an arrow to read its sources, or a party or dataset to see what it holds and how.</p>" : details)</section>
            <section id="answers"><h2>Answers</h2>\(answer.controls)\(answer.html)</section>
            </aside>
            </main>
            </form>
            \(writable ? WriteForms.html(evidence: whole) : "")
            </body></html>

            """
    }

    /// `claim:ID` as the diagram marks it (`claims:ID`), for the page to outline what is selected.
    static func mark(of selection: String) -> String {
        let parts = selection.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return "" }
        let prefix = parts[0] == "claim" ? "claims" : parts[0]
        return prefix + ":" + DiagramMarks.encoded(parts[1])
    }

    private func counts() -> String {
        var text = "\(whole.parties.count) parties · \(whole.datasets.count) datasets · \(whole.claims.count) claims · "
            + "\(whole.sources.count) sources"
        let omitted = whole.claims.count - evidence.claims.count
        if omitted > 0 { text += " · \(omitted) claims left out by the filter" }
        return HTML.escape(text)
    }

    // MARK: Controls

    private func controls() -> String {
        let datasets = whole.datasets.values.sorted { $0.id < $1.id }
        let parties = whole.parties.values.sorted { $0.id < $1.id }
        let none = [(value: "", label: "—")]
        let items = none + parties.map { ($0.id.rawValue, "\($0.name) (\($0.id))") }
            + datasets.map { ($0.id.rawValue, "\($0.name) (\($0.id))") }
        let languages = Set(whole.parties.values.flatMap { $0.aliases.compactMap(\.language) }).sorted()
        let grades = Reliability.allCases.flatMap { reliability in
            Credibility.allCases.map { Grade(reliability, $0).description }
        }
        let days = caseDays().map(\.description)
        return """
            <fieldset id="controls"><legend>Diagram</legend>
            <label>view <select name="view">\(HTML.options([("custody", "custody"), ("prov", "PROV")], selected: query["view"] ?? "custody"))</select></label>
            <label>batch <select name="batch">\(HTML.options(none + datasets.map { ($0.id.rawValue, "\($0.name) (\($0.id))") }, selected: query["batch"]))</select></label>
            <label>focus <select name="focus">\(HTML.options(items, selected: query["focus"]))</select></label>
            <label>depth <input type="number" name="depth" min="0" max="20" value="\(HTML.escape(query["depth"] ?? ""))" placeholder="1"></label>
            <label>trace <select name="trace">\(HTML.options(items, selected: query["trace"]))</select></label>
            \(dateControl("as-of", "as of (event time)", days))
            \(dateControl("known-by", "known by (knowledge time)", days))
            <label>min grade <select name="min-grade">\(HTML.options(none + grades.map { ($0, $0) }, selected: query["min-grade"]))</select></label>
            <label>language <select name="lang">\(HTML.options(none + languages.map { ($0, $0) }, selected: query["lang"]))</select></label>
            <label><input type="checkbox" name="merge-parallel" value="1"\(query["merge-parallel"] != nil ? " checked" : "")> merge parallel claims</label>
            <label><input type="checkbox" name="legend" value="1"\(query["legend"] != nil ? " checked" : "")> legend</label>
            <input type="hidden" name="select" value="\(HTML.escape(query["select"] ?? ""))">
            <button type="submit">Draw</button> <a href="/">reset</a>
            </fieldset>
            """
    }

    /// A date input, and a slider over the case's own dates that sets it (the slider needs the script).
    private func dateControl(_ name: String, _ label: String, _ days: [String]) -> String {
        let value = query[name] ?? ""
        let index = days.firstIndex(of: value) ?? max(days.count - 1, 0)
        return """
            <label class="date">\(HTML.escape(label)) <input type="date" name="\(name)" value="\(HTML.escape(value))"\
             min="\(days.first ?? "")" max="\(days.last ?? "")">\
            <input type="range" class="days" data-for="\(name)" min="0" max="\(max(days.count - 1, 0))" \
            value="\(index)" data-days="\(days.joined(separator: " "))" aria-label="\(HTML.escape(label)) slider"></label>
            """
    }

    /// Every day the case names: the first and last day of each claim's and each source's date.
    private func caseDays() -> [CalendarDay] {
        var days: Set<CalendarDay> = []
        for claim in whole.claims.values {
            if let day = claim.when.earliest { days.insert(day) }
            if let day = claim.when.latest { days.insert(day) }
        }
        for source in whole.sources.values {
            if let day = source.date.earliest { days.insert(day) }
            if let day = source.date.latest { days.insert(day) }
        }
        return days.sorted()
    }

    // MARK: Answers

    private func answerPanel() -> (controls: String, html: String, claims: [String]) {
        let panel = query["panel"] ?? ""
        let datasets = whole.datasets.keys.sorted().map { ($0.rawValue, $0.rawValue) }
        let subjects = whole.parties.keys.sorted().map { ($0.rawValue, $0.rawValue) } + datasets
        let none = [(value: "", label: "—")]
        let controls = """
            <div class="panel-controls">
            <label>answer <select name="panel">\(HTML.options(none + ReadCommand.allCases.map { ($0.rawValue, $0.rawValue) }, selected: panel))</select></label>
            <label>received: dataset <select name="dataset">\(HTML.options(none + datasets, selected: query["dataset"]))</select></label>
            <label>trace: subject <select name="subject">\(HTML.options(none + subjects, selected: query["subject"]))</select></label>
            <button type="submit">Show</button>
            </div>
            """
        guard let command = ReadCommand(rawValue: panel) else { return (controls, "", []) }
        do {
            let answer = try ReadAnswer(command, query, prepared)
            return (controls, HTML.element("pre", answer.text, attributes: [("class", "answer"), ("id", "answer")]), answer.claims)
        } catch {
            return (controls, HTML.element("p", error.message, attributes: [("class", "notice")]), [])
        }
    }

    // MARK: Big cases

    /// For a case too big to draw whole: what it holds, and a search whose results narrow the diagram.
    private func summary() -> String {
        var html = "<div class=\"summary\"><p>This case has \(evidence.claims.count) claims, more than the "
            + "\(Self.drawingLimit) a readable drawing holds. Pick a batch, a focus or a trace above, or search:</p>"
        html += "<label>search <input type=\"search\" name=\"search\" value=\"\(HTML.escape(query["search"] ?? ""))\"></label> "
        html += "<button type=\"submit\">Search</button>"
        if let search = query["search"]?.lowercased() {
            var results: [String] = []
            for party in whole.parties.values.sorted(by: { $0.id < $1.id })
            where party.id.rawValue.lowercased().contains(search) || party.name.lowercased().contains(search)
                || party.aliases.contains(where: { $0.text.lowercased().contains(search) })
            {
                results.append(HTML.pageLink([("focus", party.id.rawValue), ("select", "party:\(party.id)")], text: "\(party.name) (\(party.id))"))
            }
            for dataset in whole.datasets.values.sorted(by: { $0.id < $1.id })
            where dataset.id.rawValue.lowercased().contains(search) || dataset.name.lowercased().contains(search) {
                results.append(HTML.pageLink([("batch", dataset.id.rawValue), ("select", "dataset:\(dataset.id)")], text: "\(dataset.name) (\(dataset.id))"))
            }
            html += "<ul class=\"results\">" + results.prefix(100).map { "<li>\($0)</li>" }.joined() + "</ul>"
            if results.isEmpty { html += HTML.element("p", "nothing matches") }
        }
        return html + "</div>"
    }
}
