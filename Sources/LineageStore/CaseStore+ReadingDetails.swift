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
            var itemCondition = ""
            var arguments: StatementArguments = []
            if let entry = filter.entry {
                itemCondition = """
                    WHERE item IN (SELECT id FROM source WHERE entry = ? UNION ALL SELECT id FROM party WHERE entry = ?
                        UNION ALL SELECT id FROM dataset WHERE entry = ? UNION ALL SELECT id FROM claim WHERE entry = ?)
                    """
                arguments = [entry, entry, entry, entry]
            }
            for row in try Row.fetchAll(
                db, sql: "SELECT item, position, text, lang FROM note \(itemCondition) ORDER BY item, position",
                arguments: arguments)
            {
                let columns = RowColumns(row, table: "note")
                notes[try columns.text(0), default: []].append(
                    Note(try columns.text(2), language: try columns.optionalText(3)))
            }
            var aliasCondition = ""
            arguments = []
            if let entry = filter.entry {
                aliasCondition = "WHERE dataset IN (SELECT id FROM dataset WHERE entry = ?)"
                arguments = [entry]
            }
            for row in try Row.fetchAll(
                db,
                sql: "SELECT dataset, position, text, lang FROM dataset_alias \(aliasCondition) ORDER BY dataset, position",
                arguments: arguments)
            {
                let columns = RowColumns(row, table: "dataset_alias")
                datasetAliases[try columns.text(0), default: []].append(
                    Party.Alias(try columns.text(2), language: try columns.optionalText(3)))
            }
        }
    }
}
