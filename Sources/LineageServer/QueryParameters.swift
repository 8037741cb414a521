import LineageCore
import LineageDiagrams

/// A request's query, read with the command line's option names (`as-of`, `known-by`, `min-grade`, `batch`,
/// ...) and refused with the command line's words when a value is wrong.
struct QueryParameters: Sendable {
    private var values: [String: String]

    /// - Parameter pairs: the query's name-value pairs, in order. An empty value counts as absent, as a form
    ///   sends an empty field.
    init(_ pairs: [(String, String)]) {
        values = [:]
        for (name, value) in pairs where !value.isEmpty { values[name] = value }
    }

    subscript(name: String) -> String? { values[name] }

    /// Refuses a parameter the route does not take: a misspelt `knownby` would otherwise be ignored silently and
    /// the answer would look like one for the whole case.
    func only(_ allowed: Set<String>) throws(BadRequest) {
        if let unknown = values.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw BadRequest("Unknown option '--\(unknown)'")
        }
    }

    /// The parameters every read takes.
    static let filterNames: Set<String> = ["as-of", "known-by", "min-grade", "merge-identities"]

    /// `as-of`, `known-by`, `min-grade` and `merge-identities`.
    func filter() throws(BadRequest) -> CaseFilter {
        CaseFilter(
            asOf: try day("as-of"), knownBy: try day("known-by"), minimumGrade: try grade(),
            mergingIdentities: try grade("merge-identities"))
    }

    /// A date as the command line takes it: `2014-07-09`, or `2014-07` / `2014` meaning the end of that month or
    /// year.
    func day(_ name: String) throws(BadRequest) -> CalendarDay? {
        guard let text = values[name] else { return nil }
        guard let day = try? CalendarDay(endOf: text) else { throw invalid(text, name, "date") }
        return day
    }

    func grade(_ name: String = "min-grade") throws(BadRequest) -> Grade? {
        guard let text = values[name] else { return nil }
        guard let grade = Grade(text) else { throw invalid(text, name, "grade") }
        return grade
    }

    /// A flag: present and empty, `1`, `true` or `on` set it; `0`, `false`, `off` or absent leave it unset.
    func flag(_ name: String) throws(BadRequest) -> Bool {
        guard let text = values[name] else { return false }
        switch text.lowercased() {
        case "1", "true", "on", "yes": return true
        case "0", "false", "off", "no": return false
        default: throw invalid(text, name, "true|false")
        }
    }

    func integer(_ name: String, valueName: String) throws(BadRequest) -> Int? {
        guard let text = values[name] else { return nil }
        guard let number = Int(text) else { throw invalid(text, name, valueName) }
        return number
    }

    /// A required argument, named as the command's usage names it (`<dataset>`).
    func argument(_ name: String) throws(BadRequest) -> String {
        guard let value = values[name] else { throw BadRequest("Missing expected argument '<\(name)>'") }
        return value
    }

    /// The command line's message for a value its option cannot take.
    func invalid(_ value: String, _ name: String, _ valueName: String) -> BadRequest {
        BadRequest("The value '\(value)' is invalid for '--\(name) <\(valueName)>'")
    }

    /// The names `/api/graph` and the page take besides the filter.
    static let diagramNames: Set<String> = [
        "view", "batch", "focus", "depth", "trace", "lang", "merge-parallel", "legend", "sources", "ids", "events",
        "exhibit", "no-delegations",
    ]

    /// What `lineage graph` would draw with these options, checked as it checks them.
    func diagramOptions() throws(BadRequest) -> DiagramOptions {
        let view: DiagramOptions.View
        switch values["view"] {
        case nil: view = .custody
        case let text?:
            guard let chosen = DiagramOptions.View(rawValue: text) else { throw invalid(text, "view", "view") }
            view = chosen
        }
        let depth = try integer("depth", valueName: "depth")
        if depth != nil, values["focus"] == nil { throw BadRequest("--depth needs --focus.") }
        if let lang = values["lang"], !DiagramOptions.isLanguageTag(lang) { throw invalid(lang, "lang", "lang") }
        var options = DiagramOptions(
            view: view, filter: try filter(), batch: values["batch"].map { DatasetID($0) }, focus: values["focus"],
            trace: values["trace"], depth: depth ?? 1, language: values["lang"],
            mergesParallel: try flag("merge-parallel"), showsLegend: try flag("legend"),
            showsSources: try flag("sources"), showsIDs: try flag("ids"),
            showsDelegations: !(try flag("no-delegations")))
        options.showsEvents = try flag("events")
        if try flag("exhibit") {
            // The exhibit's labels, legend, sources and ids; a browser has no paper page to fit.
            options.makeExhibit()
            options.page = nil
        }
        return options
    }
}

/// A request the server refuses with 400, and the command line's message for the same mistake.
struct BadRequest: Error, Sendable {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
