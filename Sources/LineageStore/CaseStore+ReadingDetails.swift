import GRDB
import LineageCore

extension CaseStore {
    /// What the 1.1 tables hold for the items a read loads: notes by item id, dataset aliases by dataset id, and
    /// whether the tables exist at all (a store no write has upgraded has none, and the read asks for none).
    struct Details {
        var present = false
        var notes: [String: [Note]] = [:]
        var datasetAliases: [String: [Party.Alias]] = [:]

        init(_ db: Database, _ filter: Filter) throws {
            guard try CaseStore.hasDetailTables(db) else { return }
            present = true
            var itemCondition: SQL = ""
            if let entry = filter.entry {
                itemCondition = """
                    WHERE item IN (SELECT id FROM source WHERE entry = \(entry)
                        UNION ALL SELECT id FROM party WHERE entry = \(entry)
                        UNION ALL SELECT id FROM dataset WHERE entry = \(entry)
                        UNION ALL SELECT id FROM claim WHERE entry = \(entry))
                    """
            } else if let ids = filter.ids {
                itemCondition = "WHERE item IN (SELECT value FROM json_each(\(ids)))"
            }
            for row in try SQLRequest<Row>(
                "SELECT item, position, text, lang FROM note \(itemCondition) ORDER BY item, position"
            ).fetchAll(db) {
                let columns = RowColumns(row, table: "note")
                notes[try columns.text("item"), default: []].append(
                    Note(try columns.text("text"), language: try columns.optionalText("lang")))
            }
            var aliasCondition: SQL = ""
            if let entry = filter.entry {
                aliasCondition = "WHERE dataset IN (SELECT id FROM dataset WHERE entry = \(entry))"
            } else if let ids = filter.ids {
                aliasCondition = "WHERE dataset IN (SELECT value FROM json_each(\(ids)))"
            }
            for row in try SQLRequest<Row>(
                "SELECT dataset, position, text, lang FROM dataset_alias \(aliasCondition) ORDER BY dataset, position"
            ).fetchAll(db) {
                let columns = RowColumns(row, table: "dataset_alias")
                datasetAliases[try columns.text("dataset"), default: []].append(
                    Party.Alias(try columns.text("text"), language: try columns.optionalText("lang")))
            }
        }
    }
}
