/// The names ListLineage uses in PROV documents: W3C's `prov:` terms, our own `ll:` vocabulary for what PROV
/// has no term for (grades, counts, EDTF dates, stances), and the `case:` prefix for the case's own ids.
public enum ProvVocabulary {
    /// W3C PROV's own namespace.
    public static let prov = ProvDocument.Namespace("prov", "http://www.w3.org/ns/prov#")
    /// XML Schema's namespace, without a trailing `#`: PROV-XML's `xsi:type="xsd:long"` names a type of the schema
    /// namespace itself, and the W3C PROV-XML schema rejects any other binding.
    public static let xsd = ProvDocument.Namespace("xsd", "http://www.w3.org/2001/XMLSchema")
    /// ListLineage's vocabulary for what PROV has no term for.
    public static let lineage = ProvDocument.Namespace("ll", "urn:listlineage:prov:1#")
    /// The prefix of the case's own item ids (`case:benesse.db`).
    public static let caseItems = ProvDocument.Namespace("case", "urn:listlineage:case:")

    static func prov(_ local: String) -> QualifiedName { QualifiedName("prov", local) }
    static func ll(_ local: String) -> QualifiedName { QualifiedName("ll", local) }
    static func item(_ id: String) -> QualifiedName { QualifiedName("case", id) }

    static let type = prov("type")
    static let label = prov("label")
    static let role = prov("role")
}
