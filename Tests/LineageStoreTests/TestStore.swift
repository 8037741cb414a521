import Foundation
import GRDB
import LineageCore
import LineageStore
import LineageXML

/// A fresh case store in its own temporary folder, and the ways tests feed it evidence; the folder is removed
/// when the test lets go of it.
final class TestStore {
    let folder: URL
    let store: CaseStore

    var path: String { store.path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lineage-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try CaseStore.create(at: folder.appendingPathComponent("case.lineage").path)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes `body` (the children of `<evidence>`) to `name` in the folder, and adds that file.
    @discardableResult
    func add(_ name: String, _ body: String, by recorder: String = "tester") throws -> CaseStore.Addition {
        let file = folder.appendingPathComponent(name)
        try Self.document(body).write(to: file, atomically: true, encoding: .utf8)
        return try add(file: file.path, by: recorder)
    }

    /// Adds the evidence file or directory at `path`, as `lineage add` does.
    @discardableResult
    func add(file path: String, by recorder: String = "tester") throws -> CaseStore.Addition {
        try add(file: path, by: recorder, loader: CaseLoader(schema: try EvidenceSchema()))
    }

    /// Writes `evidence` to `name` in the folder, and adds that file with `loader` (property tests add thousands of
    /// cases and share one loader: building the schema is the slow part).
    @discardableResult
    func add(_ evidence: EvidenceCase, as name: String, loader: CaseLoader) throws -> CaseStore.Addition {
        let file = folder.appendingPathComponent(name).path
        try EvidenceWriter.document(evidence).write(toFile: file, atomically: true, encoding: .utf8)
        return try add(file: file, by: "tester", loader: loader)
    }

    private func add(file path: String, by recorder: String, loader: CaseLoader) throws -> CaseStore.Addition {
        try store.add(origin: path, digest: nil, by: recorder) { current in
            let result = loader.load([path], onto: current)
            return (result.evidence, result.diagnostics)
        }
    }

    /// Opens the store file with GRDB, for tests that edit it behind the store's back.
    func tamper(_ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            for table in ["entry", "source", "party", "alias", "dataset", "field", "claim", "cite", "quote"] {
                try db.execute(sql: "DROP TRIGGER IF EXISTS \(table)_no_update")
                try db.execute(sql: "DROP TRIGGER IF EXISTS \(table)_no_delete")
            }
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: sql)
        }
        try queue.close()
    }

    static func document(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <evidence xmlns="urn:listlineage:evidence:1">
        \(body)
        </evidence>
        """
    }

    /// Sources, parties and a dataset that the claims below refer to.
    static let basics = """
        <source id="s1" title="Press release" date="2014-07-09" reliability="B" lang="ja"/>
        <party id="broker" kind="organization" name="Broker"><alias xml:lang="ja">名簿業者</alias></party>
        <party id="buyer" kind="organization" name="Buyer"/>
        <dataset id="list" kind="list" name="Customer list" records="2570000"><field>name-kana</field></dataset>
        """

    /// A transfer of `list` from broker to buyer.
    static func transfer(_ id: String, records: Int = 2_570_000) -> String {
        """
        <transfer id="\(id)" dataset="list" from="broker" to="buyer" when="2014-05" records="\(records)">
          <cite source="s1" credibility="2"><quote xml:lang="ja">名簿を取得。</quote></cite>
        </transfer>
        """
    }
}
