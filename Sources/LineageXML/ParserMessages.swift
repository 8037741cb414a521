import LineageCore

/// libxml2's messages in the evidence format's words, each with what to do: the parser says "EntityRef:
/// expecting ';'", an investigator needs "write & as &amp;".
enum ParserMessages {
    /// A well-formedness message, with the fix appended where there is one obvious fix.
    static func wellFormedness(_ message: String) -> String {
        if message.hasPrefix("EntityRef: expecting ';'") || message.hasPrefix("xmlParseEntityRef: no name") {
            return "a bare & (in XML, write & as &amp;, also inside URLs and quotes) [libxml2: \(message)]"
        }
        if message.hasPrefix("StartTag: invalid element name") {
            return "a bare < (in XML, write < as &lt;) [libxml2: \(message)]"
        }
        if message.hasPrefix("Extra content at the end of the document") {
            return "text after the closing </evidence> (an evidence file holds one <evidence> element; put every "
                + "item inside it) [libxml2: \(message)]"
        }
        return message
    }

    /// A schema violation of the element `element` (`transfer`, with id `t1` when it has one) in the format's
    /// words: the rule it breaks and the fix. Nil when there is no better wording than the validator's.
    static func schema(_ message: String, element: String?, id: String?) -> (code: Diagnostic.Code, message: String)? {
        guard let element else { return nil }
        let named = id.map { "\(element) '\($0)'" } ?? "<\(element)>"
        // A transfer may also begin with its <price> (format 1.1), so the validator lists both.
        let namespaced = "{\(EvidenceSchema.namespace)}"
        if message.contains("Missing child element(s). Expected is ( \(namespaced)cite )")
            || message.contains("Missing child element(s). Expected is ( cite )")
            || message.contains("Missing child element(s). Expected is one of ( \(namespaced)price, \(namespaced)cite )")
            || message.contains("Missing child element(s). Expected is one of ( price, cite )")
        {
            return (.missingCite, "\(named) has no <cite>: every claim needs at least one (<cite source=\"…\"/>)")
        }
        return nil
    }
}
