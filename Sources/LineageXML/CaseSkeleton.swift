/// The evidence a new case starts from: one file with one of each thing a leak's first hop needs (a source, two
/// parties, a database, an extraction, a transfer), commented so that an investigator can fill it in from the
/// comments alone. It checks without errors as written, so every error after an edit is the edit's.
package enum CaseSkeleton {
    /// The file `lineage new` writes into the new case's folder.
    package static let fileName = "evidence.xml"

    package static let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!--
          A new ListLineage case. Replace every value in this file with your own; keep the element and attribute
          names (they are the format: docs/evidence-format.md). Ids are yours to choose, unique across the case.
          Check your work at any time with:   lineage check .
          Split the case into several files when it grows (sources.xml, parties.xml, claims-*.xml, ...): a folder
          is read as one case, and references may point from one file into another.
        -->
        <evidence xmlns="urn:listlineage:evidence:1">

          <!-- A document that says something. date: when it was published (year, year-month or a day).
               reliability: A completely reliable ... E unreliable, F cannot be judged. -->
          <source id="s-first-report" title="Title of the press release, article or statement" date="2024-01"
                  publisher="Who published it" ref="URL, file name or exhibit number" reliability="B" lang="en"/>

          <!-- Who is involved. kind: organization or person. identified="false" for one known to exist but not
               yet named. <alias> for other spellings (another script, a trade name). -->
          <party id="company" kind="organization" name="The company whose customers' data leaked">
            <alias>Its name in another language</alias>
          </party>
          <party id="broker" kind="organization" name="The list broker who received the data"/>

          <!-- What data. kind: database (a system of record), batch (one copy taken out of a database) or list
               (a compilation someone made or sold). owner: whose customers the records describe. -->
          <dataset id="db-customers" kind="database" name="Customer database" owner="company" records="100000">
            <field>name</field>
            <field>address</field>
          </dataset>
          <dataset id="batch-1" kind="batch" name="The copy that left the company" owner="company"/>

          <!-- Claims: what happened, each with when (an EDTF date: 2024-01, 2023-12/2024-02, 2024-01~ for
               "about") and at least one <cite> naming the source that says so. credibility: 1 confirmed ...
               5 improbable, 6 cannot be judged. stance="disputes" for a source that denies it. -->
          <extraction id="x-1" dataset="batch-1" from="db-customers" by="company" when="2023-12">
            <cite source="s-first-report" credibility="2">
              <quote xml:lang="en">The sentence of the source that says the data was copied.</quote>
            </cite>
          </extraction>

          <transfer id="t-1" dataset="batch-1" from="company" to="broker" when="2024-01" records="100000">
            <cite source="s-first-report" credibility="3"/>
          </transfer>

        </evidence>

        """
}
