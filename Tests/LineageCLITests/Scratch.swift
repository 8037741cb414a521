import Foundation

/// A temporary folder for one test, removed when the test lets go of it.
final class Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-scratch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `text` to `path` (relative to the folder), creating folders on the way.
    @discardableResult
    func write(_ path: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return path
    }

    /// Copies the fixture at `fixture` (relative to the fixtures folder) to `path`.
    @discardableResult
    func copy(fixture: String, to path: String) throws -> String {
        try write(path, String(contentsOf: LineageBinary.fixtures.appendingPathComponent(fixture), encoding: .utf8))
    }

    /// Runs `lineage arguments...` in this folder.
    func run(_ arguments: [String], input: Data? = nil) throws -> LineageBinary.Outcome {
        try LineageBinary.run(arguments, in: url, input: input)
    }
}

/// A small evidence file: one source, three parties, two datasets, an extraction and a transfer, with `extra`
/// inserted before the end.
func evidence(_ extra: String = "") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <evidence xmlns="urn:listlineage:evidence:1">
      <source id="s-police" title="Police statement" date="2014-07-17" reliability="B"/>
      <party id="company" kind="organization" name="Company"/>
      <party id="insider" kind="person" name="Insider"/>
      <party id="broker" kind="organization" name="Broker"/>
      <dataset id="db-customers" kind="database" name="Customers" owner="company"/>
      <dataset id="batch-1" kind="batch" name="Batch" owner="company"/>
      <extraction id="x1" dataset="batch-1" from="db-customers" by="insider" when="2014-06">
        <cite source="s-police" credibility="2"/>
      </extraction>
      <transfer id="t1" dataset="batch-1" from="insider" to="broker" when="2014-06">
        <cite source="s-police" credibility="2"/>
      </transfer>
    \(extra)</evidence>

    """
}
