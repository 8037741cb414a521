extension ColumnSelection {
    /// Field → 0-based column index in a file whose header row is `header`.
    ///
    /// The errors count the header's columns but never show them: in a file without a header row, the "header" is
    /// the first customer's record, and no message may print one.
    func resolve(against header: [String], path: String) throws(RecordFileError) -> [RecordField: Int] {
        switch choice {
        case .headerNames:
            var columns: [RecordField: Int] = [:]
            for field in RecordField.allCases {
                if let index = try index(ofHeaderNamed: field.rawValue, in: header, path: path) {
                    columns[field] = index
                }
            }
            guard !columns.isEmpty else {
                let fields = RecordField.allCases.map(\.rawValue).joined(separator: ", ")
                throw RecordFileError(
                    path: path,
                    message: "no header is named after a field (\(fields)); \(Self.listing(header))"
                        + (option.map { "; choose columns with \($0)" } ?? ""))
            }
            return columns
        case .explicit(let chosen):
            var columns: [RecordField: Int] = [:]
            for (field, column) in chosen.sorted(by: { $0.key < $1.key }) {
                switch column {
                case .number(let number):
                    guard number <= header.count else {
                        throw RecordFileError(
                            path: path,
                            message: "\(field.rawValue) is column \(number), but the header has only \(header.count) "
                                + "column\(header.count == 1 ? "" : "s")")
                    }
                    columns[field] = number - 1
                case .named(let name):
                    guard let index = try index(ofHeaderNamed: name, in: header, path: path) else {
                        throw RecordFileError(
                            path: path,
                            message: "\(field.rawValue): no column is named \"\(name)\"; \(Self.listing(header))")
                    }
                    columns[field] = index
                }
            }
            return columns
        }
    }

    /// The column whose header is `name`, nil if none; two such columns are an error, since picking one would be
    /// a guess.
    private func index(ofHeaderNamed name: String, in header: [String], path: String) throws(RecordFileError) -> Int? {
        let matches = header.indices.filter { header[$0] == name }
        guard matches.count <= 1 else {
            let numbers = matches.map { String($0 + 1) }.joined(separator: " and ")
            throw RecordFileError(
                path: path,
                message: "columns \(numbers) are both named \"\(name)\""
                    + (option.map { "; choose one by number with \($0)" } ?? ""))
        }
        return matches.first
    }

    /// What an error says of the header: its width, and how to see it without this tool printing it.
    private static func listing(_ header: [String]) -> String {
        "the header has \(header.count) column\(header.count == 1 ? "" : "s") (not shown here, in case the file has "
            + "no header row and the first line is a record; see it with head -n 1)"
    }
}
