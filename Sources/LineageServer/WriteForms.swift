import LineageCore

/// The forms that add evidence, shown only when the server accepts writes. Field names are the options of
/// `lineage add`; the script sends them with the token the user types in, which never enters the address.
enum WriteForms {
    static func html(evidence: EvidenceCase) -> String {
        let parties = evidence.parties.keys.sorted().map(\.rawValue)
        let datasets = evidence.datasets.keys.sorted().map(\.rawValue)
        let sources = evidence.sources.keys.sorted().map(\.rawValue)
        func list(_ id: String, _ values: [String]) -> String {
            "<datalist id=\"\(id)\">" + values.map { "<option value=\"\(HTML.escape($0))\">" }.joined() + "</datalist>"
        }
        func field(_ name: String, _ label: String, list: String? = nil, required: Bool = false) -> String {
            "<label>\(label) <input name=\"\(name)\"\(list.map { " list=\"\($0)\"" } ?? "")\(required ? " required" : "")></label>"
        }
        func select(_ name: String, _ label: String, _ values: [String], optional: Bool = false) -> String {
            let choices = (optional ? [(value: "", label: "—")] : []) + values.map { ($0, $0) }
            return "<label>\(label) <select name=\"\(name)\">\(HTML.options(choices, selected: nil))</select></label>"
        }
        let claimKinds = Claim.Kind.allCases.map(\.rawValue)
        return """
            <section id="add"><h2>Add evidence</h2>
            <p>Checked as <code>lineage add</code> checks it. <label>token <input type="password" id="token" autocomplete="off"></label>
            <label>your name <input id="by" autocomplete="name"></label></p>
            \(list("party-ids", parties))\(list("dataset-ids", datasets))\(list("source-ids", sources))
            <form class="add-form" data-item="source"><input type="hidden" name="item" value="source"><strong>source</strong>
            \(field("id", "id", required: true))\(field("title", "title", required: true))\(field("date", "date (EDTF)", required: true))
            \(select("reliability", "reliability", Reliability.allCases.map(\.rawValue)))\(field("publisher", "publisher"))\(field("ref", "ref"))\(field("lang", "language"))
            <button type="submit">Add source</button><span class="result" role="status"></span></form>
            <form class="add-form" data-item="party"><input type="hidden" name="item" value="party"><strong>party</strong>
            \(field("id", "id", required: true))\(select("kind", "kind", Party.Kind.allCases.map(\.rawValue)))\(field("name", "name", required: true))
            <label><input type="checkbox" name="unidentified" value="1"> unidentified</label>\(field("location", "location"))\(field("alias", "alias"))\(field("alias-lang", "alias language"))
            <button type="submit">Add party</button><span class="result" role="status"></span></form>
            <form class="add-form" data-item="dataset"><input type="hidden" name="item" value="dataset"><strong>dataset</strong>
            \(field("id", "id", required: true))\(select("kind", "kind", Dataset.Kind.allCases.map(\.rawValue)))\(field("name", "name", required: true))
            \(field("owner", "owner", list: "party-ids"))\(field("records", "records"))\(select("unit", "unit", CountUnit.allCases.map(\.rawValue)))\(field("field", "fields (comma-separated)"))
            <button type="submit">Add dataset</button><span class="result" role="status"></span></form>
            <form class="add-form" data-item="claim"><strong>claim</strong>
            \(select("item", "kind", claimKinds))\(field("id", "id", required: true))\(field("when", "when (EDTF)", required: true))
            \(field("dataset", "dataset", list: "dataset-ids"))\(field("from", "from", list: "party-ids"))\(field("to", "to", list: "party-ids"))
            \(field("by-party", "by party", list: "party-ids"))\(field("party", "party", list: "party-ids"))
            \(field("agent", "agent", list: "party-ids"))\(field("principal", "principal", list: "party-ids"))
            \(select("relation", "relation", Claim.Relation.allCases.map(\.rawValue), optional: true))\(select("operation", "operation", Claim.Operation.allCases.map(\.rawValue), optional: true))
            \(field("records", "records"))\(select("unit", "unit", CountUnit.allCases.map(\.rawValue)))\(field("price", "price"))\(field("medium", "medium"))\(field("purpose", "purpose"))
            \(field("within", "within", list: "dataset-ids"))\(field("same-as", "same as", list: "party-ids"))\(select("kind", "event kind", Claim.EventKind.allCases.map(\.rawValue), optional: true))
            \(select("basis", "basis", Claim.Basis.allCases.map(\.rawValue), optional: true))\(field("price-amount", "price amount"))\(field("price-currency", "price currency"))\(field("note", "note"))
            \(field("cite", "cite source", list: "source-ids", required: true))\(select("credibility", "credibility", Credibility.allCases.map { String($0.rawValue) }))
            \(select("stance", "stance", ["supports", "disputes"]))\(field("quote", "quote"))\(field("quote-lang", "quote language"))\(field("page", "page"))
            <button type="submit">Add claim</button><span class="result" role="status"></span></form>
            </section>
            """
    }
}
